#!/usr/bin/env node
/**
 * node bench/pdf.js — a 30-page published 部门决算 PDF (fixtures/corpus/sh-plan.pdf) through the
 * whole CLI (no --cache) against pdfjs-dist's bare getTextContent + getOperatorList over the same
 * pages (this file with --bare: pdfjs-dist alone, the reader's document options), medians of alternating runs in fresh processes, peak RSS of each.
 * Goals: ≤ 1.5 s, within 1.3× of the bare pass, ≤ 400 MiB. Options: --runs N (default 11).
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
  return { a: median(A.map((x) => x.ms)), b: median(B.map((x) => x.ms)), aRss: Math.max(...A.map((x) => x.rssMiB)), bRss: Math.max(...B.map((x) => x.rssMiB)) };
}

/** The baseline, in a fresh process: load pdfjs-dist, getTextContent + getOperatorList on every page. */
async function barePass(file) {
  const { createRequire } = require('node:module');
  const nodeRequire = createRequire(__filename);
  const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
  globalThis.pdfjsWorker = nodeRequire(path.join(dir, 'legacy/build/pdf.worker.mjs'));
  const pdfjs = nodeRequire(path.join(dir, 'legacy/build/pdf.mjs'));
  const data = new Uint8Array(fs.readFileSync(file));
  const doc = await pdfjs.getDocument({ data, cMapUrl: path.join(dir, 'cmaps') + path.sep, cMapPacked: true, standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep, isEvalSupported: false, disableFontFace: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
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
  console.log(`\nPDF: ${path.relative(ROOT, PDF)} (30 pages) — node ${process.version}, ${os.cpus().length} cpus, runs ${runs}`);
  console.log(`   budget-lint CLI          median ${fmt(r.a)}   peak RSS ${r.aRss.toFixed(0)} MiB`);
  console.log(`   bare pdfjs-dist pass     median ${fmt(r.b)}   peak RSS ${r.bRss.toFixed(0)} MiB`);
  console.log(`   ratio ${(r.a / r.b).toFixed(2)}×  (goals: ≤ 1.5 s, ≤ 1.3×, ≤ 400 MiB)`);
}

if (require.main === module) {
  if (args[0] === '--bare') barePass(args[1]);
  else report();
}

module.exports = { run, report };
