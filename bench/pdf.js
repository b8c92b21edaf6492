#!/usr/bin/env node
/**
 * node bench/pdf.js — a 30-page published 部门决算 PDF (fixtures/corpus/sh-plan.pdf) through the
 * whole CLI (no --cache) against pdfjs-dist's bare getTextContent + getOperatorList over the same
 * pages (this file with --bare: pdfjs-dist alone, loaded by the reader's own loader — the same build,
 * the same natives restored, the same document options — so the ratio is the reader's and rules'
 * cost alone), medians of alternating runs in fresh processes: wall time, CPU time (user + system,
 * steadier when others share the machine) and peak RSS of each, with the load average.
 * Goals: ≤ 1.5 s, within 1.3× of the bare pass, ≤ 400 MiB. Options: --runs N (default 11).
 * Needs a build (npx tsc -p tsconfig.json): the CLI and the bare pass both run dist/.
 */
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 11;
const BIN = path.join(ROOT, 'bin/budget-lint');
const { timed, median } = require('./measure');
const PDF = path.join(ROOT, 'fixtures/corpus/sh-plan.pdf');


function run(runs = RUNS) {
  const cli = [BIN, '-f', 'json', '--jobs', '1', PDF];
  const bare = [__filename, '--bare', PDF];
  timed(cli);
  timed(bare);
  const A = [];
  const B = [];
  for (let i = 0; i < runs; i++) {
    A.push(timed(cli));
    B.push(timed(bare));
  }
  return {
    a: median(A.map((x) => x.ms)), b: median(B.map((x) => x.ms)),
    aCpu: median(A.map((x) => x.cpuMs)), bCpu: median(B.map((x) => x.cpuMs)),
    aRss: Math.max(...A.map((x) => x.rssMiB)), bRss: Math.max(...B.map((x) => x.rssMiB)),
  };
}

/**
 * The baseline, in a fresh process: pdfjs-dist through the reader's loader (src/read/pdf/load.ts:
 * the same build and document options), getTextContent + getOperatorList on every page.
 */
async function barePass(file) {
  const load = require(path.join(ROOT, 'dist/src/read/pdf/load.js'));
  const pdfjs = load.pdfjs();
  const data = new Uint8Array(fs.readFileSync(file));
  const doc = await pdfjs.getDocument(load.documentOptions(data)).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await Promise.all([page.getTextContent({ includeMarkedContent: true }), page.getOperatorList()]);
    page.cleanup();
  }
  await doc.destroy();
}

function report(runs = RUNS) {
  const r = run(runs);
  const fmt = (ms) => `${(ms / 1000).toFixed(3)} s`;
  const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
  const before = load();
  console.log(`\nPDF: ${path.relative(ROOT, PDF)} (30 pages) — node ${process.version}, ${os.cpus().length} cpus, runs ${runs}, load average ${before}`);
  console.log(`   budget-lint CLI          median ${fmt(r.a)}  cpu ${fmt(r.aCpu)}   peak RSS ${r.aRss.toFixed(0)} MiB`);
  console.log(`   bare pdfjs-dist pass     median ${fmt(r.b)}  cpu ${fmt(r.bCpu)}   peak RSS ${r.bRss.toFixed(0)} MiB`);
  console.log(`   ratio ${(r.a / r.b).toFixed(2)}× wall, ${(r.aCpu / r.bCpu).toFixed(2)}× cpu  (goals: ≤ 1.5 s, ≤ 1.3×, ≤ 400 MiB); load average after ${load()}`);
}

if (require.main === module) {
  if (args[0] === '--bare') barePass(args[1]);
  else report();
}

module.exports = { run, report };
