import rule from '../../../rules/cross/summary-income';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t01, t02 } from '../sum/seed-000';

// 01: column C; income.gpb row 8, business 12, total 16. 02: 合计 row 8; total C, fiscal D, business F.
ruleTester.run(rule, {
  valid: [
    { name: '种子000 公开01 收入 465.34 = 公开02 合计 465.34', doc: doc({ tables: [t01(), t02()] }) },
    {
      name: '有事业收入的单位：两表事业收入均为 10.00',
      doc: doc({ tables: [t01({ 'income.business': { amount: '10.00' }, 'income.total': { amount: '475.34' } }), t02({ total: { total: '475.34', business: '10.00' } })] }),
    },
  ],
  invalid: [
    {
      name: '公开02 合计本年收入合计 456.34，公开01 465.34（错误）',
      doc: doc({ tables: [t01(), t02({ total: { total: '456.34' } })] }),
      errors: [{ messageId: 'incomeMismatch', tail: false, severity: 2, sheet: 'final-01', cell: 'C16', actual: '465.34', expected: '456.34', data: { line: '本年收入合计', column: '本年收入合计' } }],
    },
    {
      name: '公开01 事业收入 10.00，公开02 事业收入为空（错误）',
      doc: doc({ tables: [t01({ 'income.business': { amount: '10.00' } }), t02()] }),
      errors: [{ messageId: 'incomeMismatch', tail: false, sheet: 'final-01', cell: 'C12', actual: '10.00', expected: '0.00', data: { column: '事业收入' } }],
    },
    {
      name: '公开02 财政拨款收入 465.34 ≠ 公开01 三类财政拨款收入之和 455.34（错误）',
      doc: doc({ tables: [t01({ 'income.gpb': { amount: '455.34' } }), t02()] }),
      errors: [
        {
          messageId: 'fiscalNotSum',
          tail: false,
          sheet: 'final-02',
          cell: 'D8',
          actual: '465.34',
          expected: '455.34',
          data: { line: '一、一般公共预算财政拨款收入 + 二、政府性基金预算财政拨款收入 + 三、国有资本经营预算财政拨款收入' },
        },
      ],
    },
    {
      name: '公开01 本年收入合计 465.35 vs 公开02 465.34 是尾差',
      doc: doc({ tables: [t01({ 'income.total': { amount: '465.35' } }), t02()] }),
      errors: [{ messageId: 'incomeMismatch', tail: true, sheet: 'final-01', cell: 'C16', actual: '465.35', expected: '465.34' }],
    },
  ],
});
