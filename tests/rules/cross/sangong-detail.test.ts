import rule from '../../../rules/cross/sangong-detail';
import { ruleTester } from '../../helpers/rule-tester';
import { runRules, TAIL_RULE_ID } from '../../../src/engine/engine';
import type { Rule } from '../../../src/engine/rule';
import { doc } from '../../helpers/ledger';
import { t06, t09 } from '../sum/seed-000';

// 09: row 8; final.carBuy L, final.carRun M, final.reception N. 06: 30217 row 28, 30913 row 38, 31013 row 41.
ruleTester.run(rule, {
  valid: [
    { name: '种子000 公开09 接待 0.05，公开06 30217 为空（项目支出列支，正常）', doc: doc({ tables: [t06(), t09()] }) },
    { name: '公开06 30217 0.05 = 公开09 0.05', doc: doc({ tables: [t06({ '30217': { amount: '0.05' } }), t09()] }) },
  ],
  invalid: [
    {
      name: '公开06 30217 公务接待费 0.35 大于公开09 决算数 0.05（警告）',
      doc: doc({ tables: [t06({ '30217': { amount: '0.35' } }), t09()] }),
      errors: [{ messageId: 'detailExceedsSangong', tail: false, sheet: 'final-09', cell: 'N8', actual: '0.05', expected: '0.35', data: { column: '公务接待费', items: '30217 公务接待费' } }],
    },
    {
      name: '公开06 31013 公务用车购置 20.00，公开09 购置费为空（警告）',
      doc: doc({ tables: [t06({ '31013': { amount: '20.00' } }), t09()] }),
      errors: [{ messageId: 'detailExceedsSangong', tail: false, sheet: 'final-09', cell: 'L8', actual: '0.00', expected: '20.00', data: { items: '31013 公务用车购置 + 30913 公务用车购置' } }],
    },
    {
      name: '公开06 30217 0.06 vs 公开09 0.05 是尾差',
      doc: doc({ tables: [t06({ '30217': { amount: '0.06' } }), t09()] }),
      errors: [{ messageId: 'detailExceedsSangong', tail: true, sheet: 'final-09', cell: 'N8', actual: '0.05', expected: '0.06' }],
    },
  ],
});

describe('cross/sangong-detail severity', () => {
  it('is a warning by default (三公 may be paid from project funds)', () => {
    expect(rule.meta.defaultSeverity).toBe('warn');
  });
});

describe('cross/sangong-detail units', () => {
  it('公开09 以元为单位而公开06 为万元：不比较，记为未核对', () => {
    const t = t09({ sangong: { 'final.total': '500.00', 'final.reception': '500.00' } });
    const d = doc({ tables: [t06({ '30217': { amount: '0.35' } }), { ...t, unit: '元' }] });
    const r = runRules(d, {
      rules: new Map([[rule.meta.id, rule as Rule<string>]]),
      settings: new Map([[rule.meta.id, { severity: 1, options: {} }], [TAIL_RULE_ID, { severity: 1, options: {} }]]),
      lang: 'zh',
      strict: true,
    });
    expect(r.messages).toEqual([]);
    expect(r.coverage.rulesSkipped).toEqual([{ ruleId: 'cross/sangong-detail', reason: expect.stringContaining('金额单位不同') }]);
  });
});
