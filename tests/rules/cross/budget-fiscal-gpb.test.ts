import rule from '../../../rules/cross/budget-fiscal-gpb';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { fiscalSummary, gpbExpense, summary } from '../budget-seed-001';

// fiscalSummary(): amount C, total D, gpb E; income.gpb row 8, classes 9–12, expense.total 14.
ruleTester.run(rule, {
  valid: [{ name: '种子001：财政拨款收支总表与一般公共预算支出表、收支总表一致', doc: doc({ kind: 'budget', tables: [summary(), fiscalSummary(), gpbExpense()] }) }],
  invalid: [
    {
      name: '一般公共预算支出表合计误为 116.67',
      doc: doc({ kind: 'budget', tables: [fiscalSummary(), gpbExpense({ total: { total: '116.67' } })] }),
      errors: [{ messageId: 'totalDiffers', sheet: 'budget-fiscal-summary', cell: 'E14', actual: '116.76', expected: '116.67', tail: false }],
    },
    {
      name: '类 210 在财政拨款收支总表为 3.52',
      doc: doc({ kind: 'budget', tables: [fiscalSummary({}, { 卫生健康支出: '3.52' }), gpbExpense()] }),
      errors: [{ messageId: 'classDiffers', cell: 'E11', actual: '3.52', expected: '3.25', tail: false }],
    },
    {
      name: '一般公共预算拨款收入 116.77 vs 收支总表 116.76：尾差',
      doc: doc({ kind: 'budget', tables: [summary(), fiscalSummary({ 'income.gpb': { amount: '116.77' } })] }),
      errors: [{ messageId: 'incomeDiffers', cell: 'C8', actual: '116.77', expected: '116.76', tail: true }],
    },
  ],
});
