import rule from '../../../rules/cross/budget-summary-tables';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { expense, income, summary } from '../budget-seed-001';

// summary(): amount C; classes 201 C10, 208 C11, 210 C12, 221 C13; expense.total C16.
ruleTester.run(rule, {
  valid: [{ name: '种子001：收支总表与收入总表、支出总表一致', doc: doc({ kind: 'budget', tables: [summary(), income(), expense()] }) }],
  invalid: [
    {
      name: '支出总表 221 误为 5.36，收支总表住房保障支出 5.63',
      doc: doc({ kind: 'budget', tables: [summary(), expense({ '221': { total: '5.36' } })] }),
      errors: [{ messageId: 'classDiffers', sheet: 'budget-summary', cell: 'C13', actual: '5.63', expected: '5.36', tail: false }],
    },
    {
      name: '支出总表合计印为 116.77：尾差',
      doc: doc({ kind: 'budget', tables: [summary(), expense({ total: { total: '116.77' } })] }),
      errors: [{ messageId: 'expenseDiffers', cell: 'C16', actual: '116.76', expected: '116.77', tail: true }],
    },
  ],
});
