import { diffDocuments } from '../../src/diff';
import { formatDiff } from '../../src/diff/format';
import { table, doc, FILE } from '../helpers/ledger';
import type { LintMessage, LintResult } from '../../src/types';

const res = (messages: LintMessage[]): LintResult => ({
  filePath: FILE, inputs: [FILE], messages, errorCount: messages.filter((m) => m.severity === 2).length, warningCount: 0, fatalErrorCount: 0,
  coverage: { tables: [], unrecognised: [], rulesSkipped: [], evaluations: 0, sentencesWithNumbers: 0, claimsChecked: 0, claimsNotUnderstood: [] },
});

const HOSTILE = '<img src=x onerror=alert(1)>';
const t = (v: string, extra = false) =>
  table('final-02', {
    sheet: HOSTILE, title: '收入决算表', columns: ['total'],
    rows: [{ code: '201', name: HOSTILE, cells: { total: v } }, ...(extra ? [{ code: '208', name: '社保 | [x](http://e)', cells: { total: '1.00' } }] : [])],
  });
const finding: LintMessage = { ruleId: 'sum/x', messageId: 'm', severity: 2, message: '=HYPERLINK("http://x","y")', line: 8, column: 3, sheet: HOSTILE, cell: 'C8', actual: '12.00', expected: '13.00' };
const d = diffDocuments(doc({ tables: [t('12.00')] }), doc({ tables: [t('13.00', true)] }), res([]), res([finding]));
const ctx = { lang: 'zh' as const, cwd: '/' };

describe('diff formatters', () => {
  it('stylish lists the change, the row added and the new finding', () => {
    const out = formatDiff(d, 'stylish', ctx);
    expect(out).toContain('12.00 → 13.00');
    expect(out).toContain('新增的行 (1)');
    expect(out).toContain('新出现的问题 (1)');
    expect(out).toContain('1 处数值变化');
  });

  it('markdown escapes document text', () => {
    const out = formatDiff(d, 'markdown', ctx);
    expect(out).not.toContain('<img');
    expect(out).toContain('\\[x\\](http://e)');
    expect(out).toContain('| 12.00 | 13.00 |');
  });

  it('html is escaped and self-contained', () => {
    const out = formatDiff(d, 'html', ctx);
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/<script/);
    expect(out).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('json round-trips', () => {
    const back = JSON.parse(formatDiff(d, 'json', ctx));
    expect(back.values).toHaveLength(1);
    expect(back.newErrors).toBe(1);
  });

  it('english', () => {
    expect(formatDiff(d, 'stylish', { ...ctx, lang: 'en' })).toContain('Findings introduced (1)');
  });
});
