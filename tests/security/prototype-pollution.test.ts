/**
 * A workbook from another office may carry a prototype-pollution payload: sheet names `__proto__`,
 * `constructor`, `prototype`; cells and header labels `__proto__`, `constructor`, `toString`;
 * defined names; a CSV folder called `__proto__`. Linting it end to end (every format, --annotate,
 * the baseline) must leave Object.prototype untouched and give the same findings as the clean file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { lint } from '../../src';
import { run, ROOT, SEED } from '../helpers/cli';
import { writeBaseline, applyBaseline, pruneBaseline, parseBaseline } from '../../src/engine/baseline';
import type { LintResult } from '../../src/types';

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

function protoSnapshot(): string {
  const describe = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
  return [describe(Object.prototype), describe(Array.prototype), describe(Function.prototype), describe(String.prototype)].join('|');
}

function assertClean(before: string): void {
  expect(protoSnapshot()).toBe(before);
  const probe: Record<string, unknown> = {};
  for (const k of ['polluted', 'C10', 'count', 'places', ...HOSTILE.filter((h) => h !== '__proto__')]) {
    if (k in Object.prototype && !['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'].includes(k)) throw new Error(`Object.prototype.${k} was set`);
  }
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(typeof probe.toString).toBe('function');
}

let dir: string;
let hostile: string;

/** seed 000 plus hostile sheets, hostile header labels and texts, and defined names. */
function makeHostileWorkbook(file: string): void {
  const wb = XLSX.read(fs.readFileSync(SEED), { type: 'buffer' });
  const rows = [
    ['__proto__', 'constructor', 'toString', 'prototype'],
    ['项目', '__proto__', '本年收入合计', 'constructor'],
    ['科目代码', '科目名称', 'toString', 'valueOf'],
    ['__proto__', 'constructor', 12.5, 7.25],
    ['合计', '__proto__', 19.75, '{"__proto__":{"polluted":1}}'],
  ];
  for (const name of ['__proto__', 'constructor', 'prototype']) {
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  }
  wb.Workbook ??= {};
  wb.Workbook.Names = [
    { Name: '__proto__', Ref: "'__proto__'!$A$1" },
    { Name: 'constructor', Ref: "'constructor'!$A$1:$B$2" },
    { Name: 'toString', Ref: '收入决算表!$A$1' },
  ];
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-lint-proto-'));
  hostile = path.join(dir, 'hostile.xlsx');
  makeHostileWorkbook(hostile);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const key = (r: LintResult) => r.messages.map((m) => `${m.ruleId} ${m.sheet} ${m.cell} ${m.actual} ${m.expected}`).sort();

describe('prototype pollution', () => {
  it('the hostile workbook really has the hostile sheets (the test tests something)', () => {
    const wb = XLSX.read(fs.readFileSync(hostile), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
  });

  it('linting it leaves Object.prototype untouched and gives the clean file\'s findings', async () => {
    const before = protoSnapshot();
    const [clean] = await lint([SEED], { config: {} });
    const [dirty] = await lint([hostile], { config: {} });
    assertClean(before);
    expect(dirty.fatalErrorCount).toBe(0);
    expect(key({ ...dirty, messages: dirty.messages.filter((m) => !HOSTILE.includes(m.sheet ?? '')) })).toEqual(key(clean));
  });

  it('every output format, --annotate, the baseline and the cache: no pollution, normal exit codes', async () => {
    const before = protoSnapshot();
    for (const f of ['stylish', 'json', 'sarif', 'junit', 'html', 'csv', 'markdown']) {
      const out = await run(['-f', f, '--jobs', '1', hostile], { cwd: dir });
      expect([f, out.code]).toEqual([f, 1]);
    }
    expect((await run(['--jobs', '1', '--annotate', path.join(dir, 'annotated.xlsx'), hostile], { cwd: dir })).code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'annotated.xlsx'))).toBe(true);
    expect((await run(['--jobs', '1', '--write-baseline', path.join(dir, 'baseline.json'), hostile], { cwd: dir })).code).toBeLessThan(2);
    expect((await run(['--jobs', '1', '--baseline', path.join(dir, 'baseline.json'), hostile], { cwd: dir })).code).toBe(0);
    expect((await run(['--jobs', '1', '--cache', '--cache-location', path.join(dir, 'cache.json'), hostile], { cwd: dir })).code).toBe(1);
    expect((await run(['diff', SEED, hostile], { cwd: dir })).code).toBeLessThan(2);
    assertClean(before);
  });

  it('a CSV folder named __proto__ and a hand-edited baseline with __proto__ keys stay data', async () => {
    const before = protoSnapshot();
    const folder = path.join(dir, '__proto__');
    fs.mkdirSync(folder, { recursive: true });
    for (const f of fs.readdirSync(path.join(ROOT, 'fixtures/seed-000-csv'))) fs.copyFileSync(path.join(ROOT, 'fixtures/seed-000-csv', f), path.join(folder, f));
    const results = await lint([folder], { config: {} });
    expect(results[0].fatalErrorCount).toBe(0);
    // The folder's path relative to cwd is literally "__proto__": a plain-object map would have
    // written the rule counts onto Object.prototype.
    const baseline = writeBaseline(results, dir);
    expect(Object.keys(baseline.files)).toEqual(['__proto__']);
    assertClean(before);
    const text = JSON.stringify(baseline);
    const parsed = parseBaseline(text);
    expect(applyBaseline(results, parsed, dir).results[0].messages).toHaveLength(0);
    pruneBaseline(parsed, results, dir);
    const edited = parseBaseline('{"version":1,"files":{"__proto__":{"__proto__":{"count":1,"places":["x"]},"constructor":{"count":2}}}}');
    applyBaseline(results, edited, dir);
    pruneBaseline(edited, results, dir);
    assertClean(before);
  });
});
