import rule from '../../../rules/sum/budget-column-identity';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { expense, gpbBasic, gpbExpense, income, sangong } from '../budget-seed-001';

ruleTester.run(rule, {
  valid: [{ name: '种子001：合计 = 基本 + 项目，合计 = 人员 + 公用，收入合计 = 小计', doc: doc({ kind: 'budget', tables: [income(), expense(), gpbExpense(), gpbBasic(), sangong()] }) }],
  invalid: [
    {
      name: '201 项目支出误为 43.34：101.43 ≠ 57.99 + 43.34',
      doc: doc({ kind: 'budget', tables: [expense({ '201': { project: '43.34' } })] }),
      errors: [{ messageId: 'columnNotSum', sheet: 'budget-expense', cell: 'C9', actual: '101.43', expected: '101.33', tail: false }],
    },
    {
      name: '基本工资合计印为 27.41，人员经费 27.40：尾差',
      doc: doc({ kind: 'budget', tables: [gpbBasic({ '30101': { total: '27.41' } })] }),
      errors: [{ messageId: 'columnNotSum', sheet: 'budget-gpb-basic', cell: 'C10', actual: '27.41', expected: '27.40', tail: true }],
    },
  ],
});
