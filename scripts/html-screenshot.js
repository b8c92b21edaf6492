#!/usr/bin/env node
/**
 * Renders an HTML report in Debian's headless chromium: a screenshot, and a DOM dump that proves
 * (1) the report's own script ran (it sets <html data-report-ready="1">; the CSP pins it by hash)
 * and (2) nothing from the document became markup: no <img>, no extra <script>, no on* handler.
 *
 *   node scripts/html-screenshot.js report.html [out.png] [--hash f0]
 *
 * Needs /usr/bin/chromium (apt-get install -y chromium). Exit 0 when the checks pass, 1 otherwise.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars', '--virtual-time-budget=3000'];

function chromium(args) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-chromium-'));
  try {
    return execFileSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function available() {
  return fs.existsSync(CHROMIUM);
}

function fileUrl(htmlPath, hash) {
  return `file://${encodeURI(path.resolve(htmlPath))}${hash ? `#${hash}` : ''}`;
}

/** Dump the DOM after scripts ran and check that the report executed nothing from the document. */
function checkDom(htmlPath) {
  const dom = chromium(['--dump-dom', fileUrl(htmlPath)]);
  const problems = [];
  if (!/<html[^>]*data-report-ready="1"/.test(dom)) problems.push("the report's own script did not run (CSP hash or syntax)");
  if (/<img\b/i.test(dom)) problems.push('an <img> element exists');
  const scripts = dom.match(/<script\b/gi) || [];
  if (scripts.length !== 2) problems.push(`expected 2 <script> elements, found ${scripts.length}`);
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(dom)) problems.push('an element carries an on* event handler');
  if (/<iframe|<object|<embed/i.test(dom)) problems.push('an embedded frame/object exists');
  if (!/<title>budget-lint/.test(dom)) problems.push('document.title was changed');
  return { ok: problems.length === 0, problems, dom };
}

function screenshot(htmlPath, outPng, hash) {
  chromium([`--screenshot=${path.resolve(outPng)}`, '--window-size=1400,1000', fileUrl(htmlPath, hash)]);
  return fs.existsSync(outPng) && fs.statSync(outPng).size > 0;
}

module.exports = { available, checkDom, screenshot };

if (require.main === module) {
  const args = process.argv.slice(2);
  const hashAt = args.indexOf('--hash');
  const hash = hashAt >= 0 ? args.splice(hashAt, 2)[1] : undefined;
  const [html, png = html.replace(/\.html?$/i, '') + '.png'] = args;
  if (!html) {
    console.error('usage: node scripts/html-screenshot.js report.html [out.png] [--hash f0]');
    process.exit(2);
  }
  if (!available()) {
    console.error(`${CHROMIUM} not found: apt-get update && apt-get install -y chromium`);
    process.exit(2);
  }
  const result = checkDom(html);
  for (const p of result.problems) console.error(`✖ ${p}`);
  const shot = screenshot(html, png, hash);
  console.log(`${result.ok ? '✔ DOM checks passed' : '✖ DOM checks failed'}; screenshot ${shot ? png : 'FAILED'}`);
  process.exit(result.ok && shot ? 0 : 1);
}
