import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import * as XLSX from 'xlsx';
import { annotateWorkbook } from '../../src/report/annotate';
import { UsageError } from '../../src/errors';
import type { LintResult } from '../../src/types';
import { coverage, HOSTILE_SHEET } from './fixtures';

const sha = (p: string): string => createHash('sha256').update(fs.readFileSync(p)).digest('hex');

let dir: string;
let input: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-annotate-'));
  input = path.join(dir, '决算.xlsx');
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet([['收入决算表'], ['科目编码', '科目名称', '合计'], ['20101', '人大事务', 12], ['2010101', '行政运行', 6], ['2010102', '一般行政管理事务', 7]]);
  XLSX.utils.book_append_sheet(wb, ws, '公开02表');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), HOSTILE_SHEET.slice(0, 31).replace(/[\\/?*[\]:]/g, '_'));
  XLSX.writeFile(wb, input);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function result(): LintResult {
  return {
    filePath: input,
    inputs: [input],
    errorCount: 2,
    warningCount: 1,
    fatalErrorCount: 0,
    coverage: coverage(),
    messages: [
      { ruleId: 'sum/subject-hierarchy', severity: 2, message: '款 20101 合计 12.00 不等于各项之和 13.00', line: 3, column: 3, sheet: '公开02表', cell: 'C3', actual: '12.00', expected: '13.00', related: [{ label: '2010101', sheet: '公开02表', cell: 'C4', value: '6.00' }] },
      { ruleId: 'rounding/tail', severity: 1, message: '尾差', line: 3, column: 3, sheet: '公开02表', cell: 'C3', actual: '12.00', expected: '12.01', tail: true },
      { ruleId: 'doc/missing', severity: 2, message: '空单元格', line: 9, column: 5, sheet: '公开02表', cell: 'E9' },
      { ruleId: 'narrative/amount', severity: 1, message: '情况说明', line: 4, column: 1, file: path.join(dir, '决算.md'), source: 'narrative' },
    ],
  };
}

describe('annotateWorkbook', () => {
  it('writes comments on the offending cells of a copy; the input is unchanged', () => {
    const before = sha(input);
    const out = path.join(dir, 'annotated.xlsx');
    const summary = annotateWorkbook(input, result(), out, 'zh');
    expect(summary).toEqual({ comments: 3, cells: 2, skipped: 1 });
    expect(sha(input)).toBe(before);
    const wb = XLSX.readFile(out);
    const ws = wb.Sheets['公开02表'];
    expect(ws.C3.v).toBe(12);
    const texts = (ws.C3.c ?? []).map((c: { a?: string; t: string }) => c.t);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('[sum/subject-hierarchy]');
    expect(texts[0]).toContain('实际: 12.00');
    expect(texts[0]).toContain('应为: 13.00');
    expect(ws.C3.c![0].a).toBe('budget-lint');
    expect(ws.E9?.c?.[0].t).toContain('空单元格');
    expect(ws.C4.c).toBeUndefined();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('english comment labels', () => {
    const out = path.join(dir, 'en.xlsx');
    annotateWorkbook(input, result(), out, 'en');
    expect(XLSX.readFile(out).Sheets['公开02表'].C3.c![0].t).toContain('Expected: 13.00');
  });

  it('refuses to write over an input, by any spelling of its path', () => {
    const before = sha(input);
    expect(() => annotateWorkbook(input, result(), input, 'zh')).toThrow(UsageError);
    const rel = path.relative(process.cwd(), input);
    expect(() => annotateWorkbook(input, result(), rel, 'zh')).toThrow(UsageError);
    expect(() => annotateWorkbook(input, result(), path.join(dir, '.', 'x', '..', '决算.xlsx'), 'zh')).toThrow(UsageError);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(input, link);
    expect(() => annotateWorkbook(input, result(), link, 'zh')).toThrow(UsageError);
    const hard = path.join(dir, 'hard.xlsx');
    fs.linkSync(input, hard);
    expect(() => annotateWorkbook(input, result(), hard, 'zh')).toThrow(UsageError);
    expect(sha(input)).toBe(before);
  });

  it('refuses a non-xlsx output', () => {
    expect(() => annotateWorkbook(input, result(), path.join(dir, 'out.csv'), 'zh')).toThrow(UsageError);
  });

  it('overwrites an existing (non-input) output atomically', () => {
    const out = path.join(dir, 'annotated.xlsx');
    fs.writeFileSync(out, 'old');
    annotateWorkbook(input, result(), out, 'zh');
    expect(XLSX.readFile(out).Sheets['公开02表'].C3.c).toHaveLength(2);
  });
});
