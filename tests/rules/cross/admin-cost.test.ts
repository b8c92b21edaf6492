import rule from '../../../rules/cross/admin-cost';
import { ruleTester, lintWith } from '../../helpers/rule-tester';
import { runRules, TAIL_RULE_ID } from '../../../src/engine/engine';
import type { Rule } from '../../../src/engine/rule';
import { doc } from '../../helpers/ledger';
import { t06, t10 } from '../sum/seed-000';

// 10: column C; 行政单位 row 12, 参公 row 13.
ruleTester.run(rule, {
  valid: [
    { name: '种子000 机关运行经费 71.20 = 公用经费合计 71.20', doc: doc({ tables: [t06(), t10()] }) },
    { name: '参公单位填在第二行且一致', doc: doc({ tables: [t06(), t10({ 'adminCost.admin': { amount: '' }, 'adminCost.civil': { amount: '71.20' } })] }) },
  ],
  invalid: [
    {
      name: '机关运行经费（行政单位）71.02 ≠ 71.20（错误）',
      doc: doc({ tables: [t06(), t10({ 'adminCost.admin': { amount: '71.02' } })] }),
      errors: [{ messageId: 'adminCostMismatch', tail: false, severity: 2, sheet: 'final-10', cell: 'C12', actual: '71.02', expected: '71.20' }],
    },
    {
      name: '只填参公一行且不一致：警告',
      doc: doc({ tables: [t06(), t10({ 'adminCost.admin': { amount: '' }, 'adminCost.civil': { amount: '70.20' } })] }),
      errors: [{ messageId: 'civilCostMismatch', tail: false, severity: 1, sheet: 'final-10', cell: 'C13', actual: '70.20', expected: '71.20' }],
    },
    {
      name: '机关运行经费 71.21 vs 71.20 是尾差',
      doc: doc({ tables: [t06(), t10({ 'adminCost.admin': { amount: '71.21' } })] }),
      errors: [{ messageId: 'adminCostMismatch', tail: true, sheet: 'final-10', cell: 'C12', actual: '71.21', expected: '71.20' }],
    },
  ],
});

describe('cross/admin-cost coverage', () => {
  it('两行都空（事业单位不填）：不报，记为未核对', () => {
    const d = doc({ tables: [t06(), t10({ 'adminCost.admin': { amount: '' } })] });
    expect(() => lintWith(rule as Rule<string>, d)).toThrow(/skipped/);
    const r = runRules(d, {
      rules: new Map([[rule.meta.id, rule as Rule<string>]]),
      settings: new Map([[rule.meta.id, { severity: 2, options: {} }], [TAIL_RULE_ID, { severity: 1, options: {} }]]),
      lang: 'zh',
      strict: true,
    });
    expect(r.messages).toEqual([]);
    expect(r.coverage.rulesSkipped).toEqual([{ ruleId: 'cross/admin-cost', reason: expect.stringContaining('未填机关运行经费') }]);
  });
});
