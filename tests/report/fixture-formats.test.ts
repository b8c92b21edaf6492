/**
 * Every format from a real fixture (seed 000) has as many findings as the json output; a hostile
 * copy (sheet named `<img src=x onerror=alert(1)>`, a cell `=HYPERLINK(...)`) gives an HTML report
 * with no markup from the document and a CSV with nothing executable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { XMLParser } from 'fast-xml-parser';
import { parseString } from '@fast-csv/parse';
import { lintRun } from '../../src/index';
import type { LintRun } from '../../src/engine/lint';
import type { FormatContext } from '../../src/report/types';
import { builtinRules } from '../../rules';
import { formatters } from '../../src/report';

const SEED = path.join(__dirname, '../../fixtures/seed-000');
const HOSTILE = '<img src=x onerror=alert(1)>';

function fctx(run: LintRun, cwd: string): FormatContext {
  return { lang: 'zh', color: false, cwd, rulesMeta: new Map([...builtinRules].map(([id, r]) => [id, r.meta])), sources: run.sources };
}

const csvRows = (text: string): Promise<string[][]> =>
  new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { headers: false }).on('data', (r: string[]) => rows.push(r)).on('error', reject).on('end', () => resolve(rows));
  });

describe('formats from the seed-000 fixture', () => {
  let run: LintRun;
  let n: number;
  beforeAll(async () => {
    run = await lintRun([path.join(SEED, '000.xlsx'), path.join(SEED, '000.md')], { cwd: SEED, config: {} });
    n = run.results.reduce((k, r) => k + r.messages.length, 0);
  });

  it('has findings to show', () => expect(n).toBeGreaterThan(0));

  it('sarif, junit, html, csv, markdown all carry every finding', async () => {
    const ctx = fctx(run, SEED);
    const sarif = JSON.parse(formatters.sarif()(run.results, ctx) as string);
    expect(sarif.runs[0].results).toHaveLength(n);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(formatters.junit()(run.results, ctx) as string);
    // One failure per (file, rule) with error findings.
    const failingRules = run.results.reduce((k, r) => k + new Set(r.messages.filter((m) => m.severity === 2 && !m.fatal).map((m) => m.ruleId)).size, 0);
    expect(Number(junit.testsuites['@_failures'])).toBe(failingRules);
    const html = formatters.html()(run.results, ctx) as string;
    expect(html.match(/data-finding="/g)).toHaveLength(n);
    expect(html).toContain('class="grid"');
    const csv = await csvRows((formatters.csv()(run.results, ctx) as string).slice(1));
    expect(csv.length - 1).toBe(n);
    const md = formatters.markdown()(run.results, ctx) as string;
    expect(md.split('\n').filter((l) => /^\| .* \| (❌|⚠️) /.test(l))).toHaveLength(n);
  });
});

describe('hostile workbook', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-hostile-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('html renders document text as text; csv neutralises formulas', async () => {
    const wb = XLSX.readFile(path.join(SEED, '000.xlsx'));
    const i = wb.SheetNames.indexOf('收入决算表');
    const ws = wb.Sheets['收入决算表'];
    ws.C12 = { t: 'n', v: 204.61 };
    ws.B12 = { t: 's', v: '=HYPERLINK("http://x","y")' };
    wb.SheetNames[i] = HOSTILE;
    wb.Sheets[HOSTILE] = ws;
    delete wb.Sheets['收入决算表'];
    const file = path.join(dir, 'hostile.xlsx');
    XLSX.writeFile(wb, file);
    const run = await lintRun([file], { cwd: dir, config: {} });
    const onHostile = run.results[0].messages.filter((m) => m.sheet === HOSTILE);
    expect(onHostile.length).toBeGreaterThan(0);

    const ctx = fctx(run, dir);
    const html = formatters.html()(run.results, ctx) as string;
    expect(html).not.toContain('<img');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    fs.writeFileSync(path.join(dir, 'hostile.html'), html);

    const rows = await csvRows((formatters.csv()(run.results, ctx) as string).slice(1));
    for (const row of rows.slice(1)) for (const i2 of [0, 1, 2, 5, 6, 7]) expect(row[i2]).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((r) => r[1] === HOSTILE)).toBe(true);
  });
});
