/**
 * One document's findings and coverage from a run's results. The JSON contract gives each input
 * file its own result (a narrative's is linked to its document by `document`); tests that speak of
 * a document as a whole read both together.
 */
import type { LintResult } from '../../src/types';

export function documentResult(results: LintResult[], tableFile?: string): LintResult {
  const tables = results.filter((r) => !r.document);
  const main = tableFile ? tables.find((r) => r.filePath === tableFile) : tables[0];
  if (!main) throw new Error(`no document result among ${results.map((r) => r.filePath).join(', ')}`);
  const texts = results.filter((r) => r.document === main.filePath);
  const all = [main, ...texts];
  const sum = (key: 'sentencesWithNumbers' | 'claimsChecked'): number => all.reduce((n, r) => n + r.coverage[key], 0);
  const messages = all.flatMap((r) => r.messages);
  return {
    ...main,
    messages,
    errorCount: all.reduce((n, r) => n + r.errorCount, 0),
    warningCount: all.reduce((n, r) => n + r.warningCount, 0),
    coverage: {
      ...main.coverage,
      sentencesWithNumbers: sum('sentencesWithNumbers'),
      claimsChecked: sum('claimsChecked'),
      claimsNotUnderstood: all.flatMap((r) => r.coverage.claimsNotUnderstood),
    },
  };
}
