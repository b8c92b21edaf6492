import rule from '../../../rules/cross/basic-expense-detail';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t05, t06 } from '../sum/seed-000';

// 05: 合计 row 8, basic column D. 06: 人员经费合计 row 44, 公用经费合计 row 45.
ruleTester.run(rule, {
  valid: [{ name: '种子000 基本支出 278.49 = 207.29 + 71.20', doc: doc({ tables: [t05(), t06()] }) }],
  invalid: [
    {
      name: '公开06 公用经费合计 61.20：基本支出 278.49 ≠ 268.49（错误）',
      doc: doc({ tables: [t05(), t06({ 'public.total': { amount: '61.20' } })] }),
      errors: [{ messageId: 'basicNotDetail', tail: false, severity: 2, sheet: 'final-05', cell: 'D8', actual: '278.49', expected: '268.49' }],
    },
    {
      name: '公开06 公用经费合计 71.21：278.49 vs 278.50 是尾差',
      doc: doc({ tables: [t05(), t06({ 'public.total': { amount: '71.21' } })] }),
      errors: [{ messageId: 'basicNotDetail', tail: true, sheet: 'final-05', cell: 'D8', actual: '278.49', expected: '278.50' }],
    },
  ],
});
