import rule from '../../../rules/cross/summary-expense';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t01, t03 } from '../sum/seed-000';

// 01: column C; classes 201 row 19, 206 row 22, 210 row 24; expense.total row 27. 03: 合计 row 8, 201 row 9.
ruleTester.run(rule, {
  valid: [{ name: '种子000 公开01 各类支出 = 公开03 类级', doc: doc({ tables: [t01(), t03()] }) }],
  invalid: [
    {
      name: '公开03 类 201 本年支出合计 446.84，公开01 一般公共服务支出 448.64（错误）',
      doc: doc({ tables: [t01(), t03({ '201': { total: '446.84' } })] }),
      errors: [{ messageId: 'classMismatch', tail: false, severity: 2, sheet: 'final-01', cell: 'C19', actual: '448.64', expected: '446.84', data: { row: '一、一般公共服务支出', other: '201 一般公共服务支出' } }],
    },
    {
      name: '公开01 科学技术支出 5.00，公开03 没有 206 类（错误）',
      doc: doc({ tables: [t01({ '六、科学技术支出': { amount: '5.00' } }), t03()] }),
      errors: [{ messageId: 'classMismatch', tail: false, sheet: 'final-01', cell: 'C22', actual: '5.00', expected: '0.00', data: { other: '206（无此类）' } }],
    },
    {
      name: '公开01 本年支出合计 512.98 vs 公开03 合计 502.98（错误）',
      doc: doc({ tables: [t01({ 'expense.total': { amount: '512.98' } }), t03()] }),
      errors: [{ messageId: 'totalMismatch', tail: false, sheet: 'final-01', cell: 'C27', actual: '512.98', expected: '502.98' }],
    },
    {
      name: '公开01 卫生健康支出 7.77 vs 公开03 210 7.76 是尾差',
      doc: doc({ tables: [t01({ '九、卫生健康支出': { amount: '7.77' } }), t03()] }),
      errors: [{ messageId: 'classMismatch', tail: true, sheet: 'final-01', cell: 'C24', actual: '7.77', expected: '7.76', data: { other: '210 卫生健康支出' } }],
    },
  ],
});
