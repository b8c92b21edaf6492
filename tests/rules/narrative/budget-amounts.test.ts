import rule from '../../../rules/narrative/budget-amounts';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { ADMIN_LINE, EXPENSE_LINE, INCOME_LINE, SANGONG_LINE, expense, gpbBasic, paragraphs, sangong, summary } from '../budget-seed-001';

const TABLES = () => [summary(), expense(), gpbBasic(), sangong({}, true)];
const SEED = [INCOME_LINE, EXPENSE_LINE, ADMIN_LINE, SANGONG_LINE];

ruleTester.run(rule, {
  valid: [{ name: '种子001：收入、支出、人员/公用经费、机关运行经费、三公均与表一致', doc: doc({ kind: 'budget', tables: TABLES(), narrative: paragraphs(SEED) }) }],
  invalid: [
    {
      name: '机关运行经费写成 9.85，公用经费合计 8.95',
      doc: doc({ kind: 'budget', tables: TABLES(), narrative: paragraphs([ADMIN_LINE.replace('8.95', '9.85')]) }),
      errors: [{ messageId: 'adminCostDiffers', line: 1, actual: '9.85', expected: '8.95', tail: false }],
    },
    {
      name: '一般公共预算收入写成 116.67',
      doc: doc({ kind: 'budget', tables: TABLES(), narrative: paragraphs([INCOME_LINE.replace('一般公共预算收入116.76', '一般公共预算收入116.67')]) }),
      errors: [{ messageId: 'amountDiffers', line: 1, actual: '116.67', expected: '116.76', data: { label: '一般公共预算收入' } }],
    },
    {
      name: '三公经费写成 1.00 万元，三公表为空表（0）',
      doc: doc({ kind: 'budget', tables: TABLES(), narrative: paragraphs(['2024年，我部门财政拨款“三公”经费预算安排1.00万元。']) }),
      errors: [{ messageId: 'amountDiffers', line: 1, actual: '1.00', expected: '0' }],
    },
    {
      name: '人员经费写成 64.36：尾差',
      doc: doc({ kind: 'budget', tables: TABLES(), narrative: paragraphs([EXPENSE_LINE.replace('64.37', '64.36')]) }),
      errors: [{ messageId: 'amountDiffers', line: 1, actual: '64.36', expected: '64.37', tail: true }],
    },
  ],
});
