#!/usr/bin/env node
/**
 * npm run bench — budget-lint against the cost of merely reading the workbook.
 * Every figure is a median over alternating runs in the same process tree (noisy machines), and
 * a ratio against a baseline measured in the same loop:
 *   1. one typical 决算 workbook through the whole CLI vs a bare SheetJS load + parse (fresh node)
 *   2. 200 workbooks with --jobs 2 vs a bare parse loop over the same files (throughput ratio)
 *   3. peak RSS for the typical workbook, and time + RSS for a generated 50,000-row workbook
 * Options: --runs N (default 11), --many N (default 200), --quick (fewer runs, 40 workbooks),
 * --sections 1,2,3 (which of the three to run; default all).
 */
const path = require('node:path');
const os = require('node:os');
const { copies, bigWorkbook } = require('./make-inputs');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const quick = args.includes('--quick');
const SECTIONS = new Set((args.includes('--sections') ? args[args.indexOf('--sections') + 1] : '1,2,3').split(','));
const RUNS = opt('--runs', quick ? 5 : 11);
const MANY = opt('--many', quick ? 40 : 200);
const BIN = path.join(ROOT, 'bin/budget-lint');
const { timed, median } = require('./measure');
const TYPICAL = path.join(ROOT, 'fixtures/seed-000/000.xlsx');
const WORK = path.join(os.tmpdir(), 'budget-lint-bench');


/** Alternate A and B `runs` times (after one warm-up each); medians of both. */
function pair(a, b, runs) {
  timed(a);
  timed(b);
  const A = [];
  const B = [];
  for (let i = 0; i < runs; i++) {
    A.push(timed(a));
    B.push(timed(b));
  }
  return { a: median(A.map((x) => x.ms)), b: median(B.map((x) => x.ms)), aRss: median(A.map((x) => x.rssMiB)), bRss: median(B.map((x) => x.rssMiB)) };
}

const fmt = (ms) => `${(ms / 1000).toFixed(3)} s`;
console.log(`budget-lint bench — node ${process.version}, ${os.cpus().length} cpus, runs ${RUNS}`);

if (SECTIONS.has('1')) {
  const one = pair([BIN, '-f', 'json', '--jobs', '1', TYPICAL], [path.join(__dirname, 'bare-parse.js'), TYPICAL], RUNS);
  console.log(`\n1. typical workbook (seed 000, ${path.basename(TYPICAL)})`);
  console.log(`   budget-lint CLI      median ${fmt(one.a)}   peak RSS ${one.aRss.toFixed(0)} MiB`);
  console.log(`   bare SheetJS parse   median ${fmt(one.b)}   peak RSS ${one.bRss.toFixed(0)} MiB`);
  console.log(`   ratio ${(one.a / one.b).toFixed(2)}×  (goal ≤ 1.25×);  RSS goal ≤ 150 MiB`);
}

if (SECTIONS.has('2')) {
  // One directory per count: the CLI is given the directory, so it must hold exactly MANY files
  // (a --quick run after a full one would otherwise lint 200 files against a 40-file parse loop).
  const manyDir = path.join(WORK, `many-${MANY}`);
  const files = copies(manyDir, MANY, TYPICAL);
  const many = pair([BIN, '-f', 'json', '--jobs', '2', manyDir], [path.join(__dirname, 'bare-parse.js'), ...files], Math.max(5, Math.ceil(RUNS / 2)));
  console.log(`\n2. ${MANY} workbooks`);
  console.log(`   budget-lint --jobs 2 median ${fmt(many.a)}  (${(MANY / (many.a / 1000)).toFixed(1)} workbooks/s)`);
  console.log(`   bare parse loop      median ${fmt(many.b)}  (${(MANY / (many.b / 1000)).toFixed(1)} workbooks/s)`);
  console.log(`   throughput ratio ${(many.b / many.a).toFixed(2)}×  (${MANY === 200 ? 'goal ≥ 0.8×' : 'the goal of ≥ 0.8× is set for 200 workbooks; start-up weighs more here'})`);
}

if (SECTIONS.has('3')) {
  const big = bigWorkbook(path.join(WORK, 'rows-50000.xlsx'), 50000);
  const large = pair([BIN, '-f', 'json', '--jobs', '1', big], [path.join(__dirname, 'bare-parse.js'), big], Math.max(5, Math.ceil(RUNS / 2)));
  console.log('\n3. generated 50,000-row workbook');
  console.log(`   budget-lint CLI      median ${fmt(large.a)}   peak RSS ${large.aRss.toFixed(0)} MiB  (goal ≤ 3 s, ≤ 400 MiB)`);
  console.log(`   bare SheetJS parse   median ${fmt(large.b)}   peak RSS ${large.bRss.toFixed(0)} MiB`);
  console.log(`   ratio ${(large.a / large.b).toFixed(2)}×`);
}

if (SECTIONS.has('pdf')) require('./pdf').report(RUNS); // --sections pdf: bench/pdf.js
if (SECTIONS.has('4')) require('./narrative').run(); // 4. the narrative parser on one sentence of 2,000 / 10,000 / 20,000 items (--sections 4)
