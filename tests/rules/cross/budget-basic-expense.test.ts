import rule from '../../../rules/cross/budget-basic-expense';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { expense, gpbBasic, gpbExpense } from '../budget-seed-001';

// gpbExpense() / expense(): basic column D, total row 8.
ruleTester.run(rule, {
  valid: [{ name: '种子001：基本支出 73.32 = 人员 64.37 + 公用 8.95', doc: doc({ kind: 'budget', tables: [expense(), gpbExpense(), gpbBasic()] }) }],
  invalid: [
    {
      name: '基本支出表公用经费合计误为 8.59',
      doc: doc({ kind: 'budget', tables: [expense(), gpbExpense(), gpbBasic({ total: { public: '8.59' } })] }),
      errors: [
        { messageId: 'basicDiffers', sheet: 'budget-expense', cell: 'D8', actual: '73.32', expected: '72.96', tail: false, severity: 2 },
        { messageId: 'basicDiffers', sheet: 'budget-gpb-expense', cell: 'D8', actual: '73.32', expected: '72.96', tail: false, severity: 2 },
      ],
    },
    {
      name: '支出总表含非财政拨款资金时，基本支出不一致只是警告',
      doc: doc({ kind: 'budget', tables: [expense({ total: { total: '126.76', basic: '83.32', project: '43.44' } }), gpbExpense(), gpbBasic()] }),
      errors: [{ messageId: 'basicDiffers', sheet: 'budget-expense', cell: 'D8', actual: '83.32', expected: '73.32', severity: 1 }],
    },
    {
      name: '人员经费合计印为 64.38：尾差',
      doc: doc({ kind: 'budget', tables: [gpbExpense(), gpbBasic({ total: { personnel: '64.38' } })] }),
      errors: [{ messageId: 'basicDiffers', cell: 'D8', actual: '73.32', expected: '73.33', tail: true }],
    },
  ],
});
