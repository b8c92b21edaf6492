import rule from '../../../rules/sum/budget-subject-hierarchy';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { expense, gpbExpense, income } from '../budget-seed-001';

// rows: total 8, 201 9, 20137 10, 2013701 11, 208 12, 20805 13, 2080505 14, 210 15, 21011 16, 2101101 17 …; total column C.
ruleTester.run(rule, {
  valid: [{ name: '种子001：收入总表、支出总表、一般公共预算支出表逐级相加一致', doc: doc({ kind: 'budget', tables: [income(), expense(), gpbExpense()] }) }],
  invalid: [
    {
      name: '款 20805 误为 6.54：类 208 ≠ Σ款，款 ≠ Σ项',
      doc: doc({ kind: 'budget', tables: [expense({ '20805': { total: '6.54' } })] }),
      errors: [
        { messageId: 'parentNotSum', sheet: 'budget-expense', cell: 'C12', actual: '6.45', expected: '6.54', tail: false },
        { messageId: 'parentNotSum', sheet: 'budget-expense', cell: 'C13', actual: '6.54', expected: '6.45', tail: false },
      ],
    },
    {
      name: '项 2101101 印为 3.26，款 21011 3.25：尾差',
      doc: doc({ kind: 'budget', tables: [gpbExpense({ '2101101': { total: '3.26' } })] }),
      errors: [{ messageId: 'parentNotSum', cell: 'C16', actual: '3.25', expected: '3.26', tail: true }],
    },
    {
      name: '款 20805 留空而其下项有数：空白按 0 报告',
      doc: doc({ kind: 'budget', tables: [expense({ '20805': { total: '' } })] }),
      errors: [
        { messageId: 'parentNotSum', cell: 'C12', actual: '6.45', expected: '0.00', tail: false },
        { messageId: 'parentNotSum', cell: 'C13', actual: '0', expected: '6.45', tail: false },
      ],
    },
  ],
});
