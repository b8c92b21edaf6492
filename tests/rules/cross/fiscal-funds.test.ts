import rule from '../../../rules/cross/fiscal-funds';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t04, t05, t07, t08 } from '../sum/seed-000';

// 04: amount C, total D, gpb E, fund F; income.fund row 9, class 201 row 16, expense.total row 22.
ruleTester.run(rule, {
  valid: [{ name: '种子000 公开04 一般公共预算列 = 公开05，基金与国资列为空 = 公开07、08 无数据', doc: doc({ tables: [t04(), t05(), t07(), t08()] }) }],
  invalid: [
    {
      name: '公开05 类 201 小计 446.84，公开04 一般公共服务支出 448.64（错误）',
      doc: doc({ tables: [t04(), t05({ '201': { total: '446.84' } }), t07(), t08()] }),
      errors: [{ messageId: 'classMismatch', tail: false, severity: 2, sheet: 'final-04', cell: 'E16', actual: '448.64', expected: '446.84', data: { row: '一、一般公共服务支出', other: '201 一般公共服务支出' } }],
    },
    {
      name: '公开04 本年支出合计（一般公共预算）500.98，公开05 合计 502.98（错误）',
      doc: doc({ tables: [t04({ 'expense.total': { gpb: '500.98' } }), t05(), t07(), t08()] }),
      errors: [{ messageId: 'totalMismatch', tail: false, sheet: 'final-04', cell: 'E22', actual: '500.98', expected: '502.98', data: { column: '本年支出' } }],
    },
    {
      name: '公开04 政府性基金收入 120.50，公开07 本年收入为空（错误）',
      doc: doc({ tables: [t04({ 'income.fund': { amount: '120.50' } }), t05(), t07(), t08()] }),
      errors: [{ messageId: 'totalMismatch', tail: false, sheet: 'final-04', cell: 'C9', actual: '120.50', expected: '0.00', data: { column: '本年收入' } }],
    },
    {
      name: '公开05 合计小计 502.99 vs 公开04 502.98 是尾差',
      doc: doc({ tables: [t04(), t05({ total: { total: '502.99' } }), t07(), t08()] }),
      errors: [{ messageId: 'totalMismatch', tail: true, sheet: 'final-04', cell: 'E22', actual: '502.98', expected: '502.99' }],
    },
  ],
});
