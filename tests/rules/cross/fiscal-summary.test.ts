import rule from '../../../rules/cross/fiscal-summary';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t01, t02, t04 } from '../sum/seed-000';

// 04: amount C, total D; income.gpb row 8, income.total 11, carryIn 12, class 201 row 16, expense.total 22.
ruleTester.run(rule, {
  valid: [
    { name: '种子000 公开04 与公开01、02 一致', doc: doc({ tables: [t01(), t02(), t04()] }) },
    {
      name: '有非财政拨款结转的单位：公开01 结转和支出大于公开04 是正常的',
      doc: doc({ tables: [t01({ 'income.carryIn': { amount: '57.64' }, 'expense.total': { amount: '522.98' }, '一、一般公共服务支出': { amount: '468.64' } }), t02(), t04()] }),
    },
  ],
  invalid: [
    {
      name: '公开04 一般公共预算财政拨款 456.34，公开01 465.34（错误）',
      doc: doc({ tables: [t01(), t02(), t04({ 'income.gpb': { amount: '456.34' } })] }),
      errors: [{ messageId: 'incomeMismatch', tail: false, severity: 2, sheet: 'final-04', cell: 'C8', actual: '456.34', expected: '465.34', data: { other: '一、一般公共预算财政拨款收入' } }],
    },
    {
      name: '公开04 本年支出合计 512.98 大于公开01 502.98（错误）',
      doc: doc({ tables: [t01(), t02(), t04({ 'expense.total': { total: '512.98' } })] }),
      errors: [{ messageId: 'exceedsAllFunds', tail: false, sheet: 'final-04', cell: 'D22', actual: '512.98', expected: '502.98', data: { row: '本年支出合计' } }],
    },
    {
      name: '公开04 一般公共服务支出 458.64 大于公开01 448.64（错误）',
      doc: doc({ tables: [t01(), t02(), t04({ '一、一般公共服务支出': { total: '458.64' } })] }),
      errors: [{ messageId: 'exceedsAllFunds', tail: false, sheet: 'final-04', cell: 'D16', actual: '458.64', expected: '448.64' }],
    },
    {
      name: '公开04 本年收入合计 465.35 vs 公开02 财政拨款收入 465.34 是尾差',
      doc: doc({ tables: [t01(), t02(), t04({ 'income.total': { amount: '465.35' } })] }),
      errors: [{ messageId: 'incomeMismatch', tail: true, sheet: 'final-04', cell: 'C11', actual: '465.35', expected: '465.34', data: { other: '合计「财政拨款收入」' } }],
    },
  ],
});
