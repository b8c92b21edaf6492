#!/usr/bin/env node
/**
 * The narrative parser's cost on one long sentence: a 其中 list of N items
 * ("支出合计X万元，其中：第1项支出0.01万元、第2项支出0.01万元、…"), N = 2,000 / 10,000 / 20,000.
 * The parser is linear in a sentence's length, so the time per item should stay flat as N grows.
 * Usage: node bench/narrative.js [--runs N], or npm run bench -- --sections 4 (needs `npm run build` first).
 * Before the parser was rebuilt: 1.1 s / 6.7 s / 21 s for the plain sentences.
 */
const path = require('node:path');
const { extractNarrative } = require(path.join(__dirname, '../dist/src/narrative'));

const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const SIZES = [2000, 10000, 20000];

/** Plain items, or items that each state a share and a change (more claims per item). */
function sentence(n, rich = false) {
  const items = [];
  for (let i = 1; i <= n; i++) items.push(rich ? `甲${i}号工作经费0.01万元，占0.01%，比上年增加0.01万元，增长1.00%` : `甲${i}号工作经费0.01万元`);
  return `本年支出合计${(n / 100).toFixed(2)}万元，其中：${items.join(rich ? '；' : '、')}。`;
}

function documentWith(text) {
  return {
    id: 'bench.md', inputs: ['bench.md'], kind: 'final', meta: {}, tables: [], evaluations: [], deptEvaluations: [],
    narrative: [{ text: '三、支出决算情况说明', ref: { file: 'bench.md', line: 1, column: 1 } }, { text, ref: { file: 'bench.md', line: 2, column: 1 } }],
    claims: [], narrativeStats: { sentencesWithNumbers: 0, notUnderstood: [] }, unrecognised: [],
  };
}

/** Median milliseconds to extract the claims of one N-item sentence. */
function measure(n, rich = false) {
  const doc = documentWith(sentence(n, rich));
  const times = [];
  let claims = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    claims = extractNarrative(doc).claims.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { n, rich, ms: times[times.length >> 1], claims };
}

function run() {
  console.log('\n4. narrative parser, one sentence listing N items (linear: µs/item stays flat)');
  const rows = [...SIZES.map((n) => measure(n)), ...SIZES.map((n) => measure(n, true))];
  for (const r of rows) console.log(`   ${r.rich ? 'items with 占比 and 增减' : 'plain items          '}  N = ${r.n.toLocaleString('en').padStart(6)}  ${(r.ms / 1000).toFixed(3)} s  (${(r.ms / r.n * 1000).toFixed(1)} µs/item, ${r.claims} claims)`);
  return rows;
}

module.exports = { run, sentence, documentWith, measure };
if (require.main === module) run();
