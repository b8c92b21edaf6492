/**
 * End to end on the seed-000 fixture: a copy with one amount changed, and a copy with a row
 * inserted, linted with the built-in rules and diffed. Both copies are written by SheetJS from the
 * same source so nothing but the edit differs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { lintRun } from '../../src/index';
import { diffDocuments } from '../../src/diff';

const SEED = path.join(__dirname, '../../fixtures/seed-000/000.xlsx');
const SHEET = '收入决算表';
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-diff-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function lintOne(file: string) {
  const run = await lintRun([file], { cwd: dir, config: {} });
  return { doc: run.documents[0], result: run.results[0] };
}

function rebuilt(insertAfterCode?: string): XLSX.WorkBook {
  const wb = XLSX.readFile(SEED);
  const out = XLSX.utils.book_new();
  for (const n of wb.SheetNames) {
    const aoa = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[n], { header: 1, raw: false, defval: '' });
    if (insertAfterCode && n === SHEET) {
      const i = aoa.findIndex((r) => String(r[0]).trim() === insertAfterCode);
      aoa.splice(i + 1, 0, aoa[i].map((_v, j) => (j === 0 ? '2013799' : j === 1 ? '其他网信事务支出' : '')));
    }
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    ws['!merges'] = wb.Sheets[n]['!merges'];
    XLSX.utils.book_append_sheet(out, ws, n);
  }
  return out;
}

describe('diff on the seed-000 fixture', () => {
  it('one amount changed: that cell, and the findings it adds / removes, nothing else', async () => {
    const wb = XLSX.readFile(SEED, { cellFormula: true, cellNF: true });
    XLSX.writeFile(wb, path.join(dir, 'old.xlsx'));
    const cell = wb.Sheets[SHEET].C12 as XLSX.CellObject;
    expect(cell.v).toBe(214.61);
    cell.v = 204.61;
    delete cell.w;
    XLSX.writeFile(wb, path.join(dir, 'new.xlsx'));
    const a = await lintOne(path.join(dir, 'old.xlsx'));
    const b = await lintOne(path.join(dir, 'new.xlsx'));
    const d = diffDocuments(a.doc, b.doc, a.result, b.result);
    expect(d.values).toHaveLength(1);
    expect(d.values[0]).toMatchObject({ type: 'changed', table: 'final-02', row: 'code:2013702', column: 'total', old: '214.61', new: '204.61' });
    expect(d.rows).toEqual({ added: [], removed: [] });
    expect(d.tables).toEqual({ added: [], removed: [] });
    expect(d.findings.introduced.length).toBeGreaterThan(0);
    for (const m of [...d.findings.introduced, ...d.findings.resolved]) expect(m.sheet).toBe(SHEET);
    expect(d.newErrors).toBeGreaterThan(0);
  });

  it('a row inserted: only that row, findings all matched despite moved addresses', async () => {
    XLSX.writeFile(rebuilt(), path.join(dir, 'old2.xlsx'));
    XLSX.writeFile(rebuilt('2013702'), path.join(dir, 'new2.xlsx'));
    const a = await lintOne(path.join(dir, 'old2.xlsx'));
    const b = await lintOne(path.join(dir, 'new2.xlsx'));
    const d = diffDocuments(a.doc, b.doc, a.result, b.result);
    expect(d.values).toEqual([]);
    expect(d.rows.added.map((r) => r.row)).toEqual(['code:2013799']);
    expect(d.rows.removed).toEqual([]);
    expect(d.findings.introduced).toEqual([]);
    expect(d.findings.resolved).toEqual([]);
    expect(d.findings.unchanged).toBe(a.result.messages.length);
  });
});
