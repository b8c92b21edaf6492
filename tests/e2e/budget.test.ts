/**
 * lint() on seed 001 (a 单位预算) in its four renditions: exactly one error-level finding — the blank
 * 资产总额 row whose lines add up to 1.385 (truth 001-001) — and every table in coverage.
 */
import path from 'node:path';
import { lint } from '../../src/index';
import type { LintResult } from '../../src/types';

const FX = path.join(__dirname, '../../fixtures/seed-001');

const RENDITIONS: [string, string[]][] = [
  ['Word (docx package)', [path.join(FX, '001.docx')]],
  ['Word (LibreOffice from HTML)', [path.join(FX, '001-libreoffice.docx')]],
  ['workbook + Markdown narrative', [path.join(FX, '001.xlsx'), path.join(FX, '001.md')]],
  // Header merges lost (group labels over their first column only, data rows wider than the header).
  ['Word with its header merges lost', [path.join(FX, '001-merges-lost.docx')]],
];

const KINDS = ['budget-assets', 'budget-expense', 'budget-fiscal-summary', 'budget-fund', 'budget-gpb-basic', 'budget-gpb-expense', 'budget-income', 'budget-procurement', 'budget-sangong', 'budget-soe', 'budget-summary'];

describe.each(RENDITIONS)('seed 001 as %s', (_name, files) => {
  let result: LintResult;
  beforeAll(async () => {
    const results = await lint(files);
    // One result per input file: the narrative's own result is linked to its document.
    expect(results).toHaveLength(files.length);
    const [doc, ...narratives] = results;
    expect(narratives.map((n) => n.document)).toEqual(narratives.map(() => doc.filePath));
    result = {
      ...doc,
      messages: [...doc.messages, ...narratives.flatMap((n) => n.messages)],
      errorCount: results.reduce((n, r) => n + r.errorCount, 0),
      coverage: { ...doc.coverage, claimsChecked: results.reduce((n, r) => n + r.coverage.claimsChecked, 0) },
    };
  });

  it('finds exactly the blank 资产总额 (actual 0, expected 1.385) at error level', () => {
    const errors = result.messages.filter((m) => m.severity === 2);
    expect(errors.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([['sum/budget-assets', '0', '1.385']]);
    expect(result.errorCount).toBe(1);
    expect(errors[0].related?.map((r) => r.value)).toEqual(['0', '0', '0', '1.385']);
  });

  it('raises no warnings or tails on the consistent rest of the document', () => {
    expect(result.messages.filter((m) => m.severity === 1)).toEqual([]);
  });

  it('lists every table in coverage and checks the narrative', () => {
    const kinds = [...new Set(result.coverage.tables.map((t) => t.kind))].sort();
    expect(kinds).toEqual([...KINDS, 'budget-perf-target'].sort());
    expect(result.coverage.tables.filter((t) => t.kind === 'budget-perf-target')).toHaveLength(6);
    expect(result.coverage.unrecognised).toEqual([]);
    expect(result.coverage.claimsChecked).toBeGreaterThanOrEqual(20);
    expect(result.coverage.rulesSkipped.filter((s) => /budget|target|empty-table/.test(s.ruleId))).toEqual([]);
  });
});
