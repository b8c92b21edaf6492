/**
 * Seed 000 end to end through every sum/* and cross/* rule: no error, no warning other than the
 * ten rounding tails of truth/000.json (000-001 … 000-010), and no check skipped.
 */
import type { Rule } from '../../../src/engine/rule';
import { runRules, TAIL_RULE_ID, type RuleSetting } from '../../../src/engine/engine';
import tail from '../../../rules/rounding/tail';
import { sumRules } from '../../../rules/sum';
import { crossRules } from '../../../rules/cross';
import { seedDoc } from './seed-000';

describe('seed 000 tables 公开01–10 through sum/* and cross/*', () => {
  const rules = [...sumRules, ...crossRules];
  const settings = new Map<string, RuleSetting>([...rules.map((r): [string, RuleSetting] => [r.meta.id, { severity: r.meta.defaultSeverity === 'warn' ? 1 : 2, options: {} }]), [TAIL_RULE_ID, { severity: 1, options: {} }]]);
  const result = runRules(seedDoc(), { rules: new Map([...rules, tail as Rule<string>].map((r) => [r.meta.id, r])), settings, lang: 'zh', strict: true });

  it('reports only the ten tails of the answer key', () => {
    const found = result.messages.map((m) => `${m.tail ? 'tail' : m.severity} ${m.tailOf ?? m.ruleId} ${m.sheet}!${m.cell} ${m.actual}/${m.expected}`);
    expect(found).toEqual([
      'tail sum/subject-hierarchy final-02!C10 411.00/411.01', // 000-001
      'tail sum/subject-hierarchy final-02!D10 411.00/411.01', // 000-002
      'tail sum/column-identity final-03!C8 502.98/502.99', // 000-003
      'tail sum/column-identity final-03!C9 448.64/448.65', // 000-004
      'tail sum/column-identity final-03!C10 448.64/448.65', // 000-005
      'tail sum/subject-hierarchy final-03!C10 448.64/448.65', // 000-006
      'tail sum/column-identity final-05!C8 502.98/502.99', // 000-007
      'tail sum/column-identity final-05!C9 448.64/448.65', // 000-008
      'tail sum/column-identity final-05!C10 448.64/448.65', // 000-009
      'tail sum/subject-hierarchy final-05!C10 448.64/448.65', // 000-010
    ]);
    expect(result.errorCount).toBe(0);
  });

  it('runs every check (nothing skipped)', () => {
    expect(result.coverage.rulesSkipped).toEqual([]);
  });
});
