import { applyBaseline, parseBaseline, pruneBaseline, writeBaseline } from '../../src/engine/baseline';
import type { LintMessage, LintResult } from '../../src/types';

const CWD = '/w';
const msg = (ruleId: string, cell: string, severity: 1 | 2 = 2): LintMessage => ({ ruleId, messageId: 'm', severity, message: ruleId, line: Number(cell.slice(1)), column: 3, sheet: 'S', cell });
const res = (file: string, messages: LintMessage[]): LintResult => ({
  filePath: `${CWD}/${file}`, messages, errorCount: messages.filter((m) => m.severity === 2).length, warningCount: messages.filter((m) => m.severity === 1).length,
  fatalErrorCount: messages.filter((m) => m.fatal).length,
  coverage: { tables: [], unrecognised: [], rulesSkipped: [], evaluations: 0, sentencesWithNumbers: 0, claimsChecked: 0, claimsNotUnderstood: [] },
});

const before = [res('a.xlsx', [msg('sum/a', 'C1'), msg('sum/a', 'C2'), msg('rounding/tail', 'C3', 1)]), res('b.xlsx', [msg('perf/x', 'C9')])];

describe('baseline', () => {
  it('records counts per file and rule (relative paths, sorted)', () => {
    const b = writeBaseline(before, CWD);
    expect(b.version).toBe(1);
    expect(Object.keys(b.files)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(b.files['a.xlsx']['sum/a'].count).toBe(2);
    expect(b.files['a.xlsx']['rounding/tail'].count).toBe(1);
    expect(parseBaseline(JSON.stringify(b))).toEqual(b);
  });

  it('round trip: same results → nothing reported, nothing unmatched', () => {
    const b = writeBaseline(before, CWD);
    const { results, unmatched, suppressed } = applyBaseline(before, b, CWD);
    expect(results.map((r) => r.messages.length)).toEqual([0, 0]);
    expect(results.map((r) => [r.errorCount, r.warningCount])).toEqual([[0, 0], [0, 0]]);
    expect(unmatched).toEqual([]);
    expect(suppressed).toBe(4);
  });

  it('a new finding of a recorded rule is reported (the one at a new place)', () => {
    const b = writeBaseline(before, CWD);
    const now = [res('a.xlsx', [msg('sum/a', 'C1'), msg('sum/a', 'C5'), msg('sum/a', 'C2'), msg('rounding/tail', 'C3', 1)]), before[1]];
    const { results } = applyBaseline(now, b, CWD);
    expect(results[0].messages.map((m) => m.cell)).toEqual(['C5']);
    expect(results[0].errorCount).toBe(1);
  });

  it('a recorded finding that disappeared is unmatched until pruned', () => {
    const b = writeBaseline(before, CWD);
    const now = [res('a.xlsx', [msg('sum/a', 'C1'), msg('rounding/tail', 'C3', 1)]), before[1]];
    const { results, unmatched } = applyBaseline(now, b, CWD);
    expect(results[0].messages).toEqual([]);
    expect(unmatched).toEqual([{ file: 'a.xlsx', ruleId: 'sum/a', recorded: 2, found: 1 }]);
    const pruned = pruneBaseline(b, now, CWD);
    expect(pruned.files['a.xlsx']['sum/a']).toEqual({ count: 1, places: ['m@S!C1'] });
    expect(applyBaseline(now, pruned, CWD).unmatched).toEqual([]);
  });

  it('prune drops rules and files that reached zero, keeps files not linted this time', () => {
    const b = writeBaseline(before, CWD);
    const pruned = pruneBaseline(b, [res('a.xlsx', [])], CWD);
    expect(pruned.files['a.xlsx']).toBeUndefined();
    expect(pruned.files['b.xlsx']['perf/x'].count).toBe(1);
  });

  it('never suppresses fatal results', () => {
    const fatal = res('a.xlsx', [{ ruleId: null, fatal: true, severity: 2, message: 'x', line: 0, column: 0 }]);
    const { results } = applyBaseline([fatal], writeBaseline(before, CWD), CWD);
    expect(results[0].fatalErrorCount).toBe(1);
    expect(results[0].messages).toHaveLength(1);
  });

  it('rejects what is not a baseline', () => {
    expect(() => parseBaseline('{"a":1}')).toThrow();
  });
});
