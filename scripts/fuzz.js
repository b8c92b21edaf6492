#!/usr/bin/env node
/**
 * npm run fuzz — every property of scripts/fuzz-targets.js against the built dist/ (run
 * `npm run build` first), ≥ 10,000 cases each. A failure prints the target, the shrunk failing
 * input, the seed and path to replay it, and the exit code is 1.
 * Options: --runs N (default 10000), --only SUBSTRING, --seed N.
 */
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const fc = require('fast-check');
const { targets, loadLib, cleanup } = require('./fuzz-targets');

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(opt('--runs') ?? 10000);
const ONLY = opt('--only');
const SEED = opt('--seed') === undefined ? undefined : Number(opt('--seed'));

const dist = path.join(__dirname, '../dist/src');
if (!fs.existsSync(path.join(dist, 'index.js'))) {
  console.error('fuzz: dist/ not found — run `npm run build` first');
  process.exit(2);
}

async function main() {
  const lib = loadLib(dist);
  let failed = 0;
  let total = 0;
  for (const t of targets) {
    if (ONLY && !t.name.includes(ONLY)) continue;
    const t0 = Date.now();
    const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
    const details = t.async ? await fc.check(t.property(lib, fc), params) : fc.check(t.property(lib, fc), params);
    total += details.numRuns;
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (details.failed) {
      failed++;
      console.log(`✗ ${t.name}  (${details.numRuns} cases, ${secs} s)`);
      console.log(`  failing input: ${fc.stringify(details.counterexample)}`);
      if (details.errorInstance) console.log(`  error: ${details.errorInstance instanceof Error ? details.errorInstance.stack : String(details.errorInstance)}`);
      console.log(`  replay: node scripts/fuzz.js --only "${t.name.slice(0, 30)}" --seed ${details.seed}  (path ${details.counterexamplePath})`);
    } else {
      console.log(`✓ ${t.name}  (${details.numRuns} cases, ${secs} s)`);
    }
  }
  cleanup();
  console.log(`\n${total} cases, ${failed} target(s) failing`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  cleanup();
  console.error(err);
  process.exit(1);
});
