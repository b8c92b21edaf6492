import rule from '../../../rules/sum/budget-summary-balance';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { fiscalSummary, summary } from '../budget-seed-001';

// summary(): amount C; income.total C15, expense.total C16, income.grand C19, expense.grand C20.
ruleTester.run(rule, {
  valid: [{ name: '种子001：收入 116.76 = 支出 116.76，各类之和 116.76', doc: doc({ kind: 'budget', tables: [summary(), fiscalSummary()] }) }],
  invalid: [
    {
      name: '住房保障支出误为 5.36，本年支出合计 116.76 ≠ 116.49',
      doc: doc({ kind: 'budget', tables: [summary({}, { 住房保障支出: '5.36' })] }),
      errors: [{ messageId: 'expenseNotSum', cell: 'C16', actual: '116.76', expected: '116.49', tail: false, data: { column: 'amount' } }],
    },
    {
      name: '财政拨款收支总表 一般公共预算列 本年支出合计 116.67 ≠ 116.76',
      doc: doc({ kind: 'budget', tables: [fiscalSummary({ 'expense.total': { gpb: '116.67' } })] }),
      errors: [
        { messageId: 'expenseNotSum', sheet: 'budget-fiscal-summary', cell: 'E14', actual: '116.67', expected: '116.76', tail: false },
        { messageId: 'grandNotSum', sheet: 'budget-fiscal-summary', cell: 'E16', actual: '116.76', expected: '116.67', tail: false },
      ],
    },
    {
      name: '本年收入合计 116.77 与 116.76 是尾差（总计随之也是尾差）',
      doc: doc({ kind: 'budget', tables: [summary({ 'income.total': { amount: '116.77' } })] }),
      errors: [
        { messageId: 'incomeNotSum', cell: 'C15', actual: '116.77', expected: '116.76', tail: true },
        { messageId: 'grandNotSum', cell: 'C19', actual: '116.76', expected: '116.77', tail: true },
      ],
    },
  ],
});
