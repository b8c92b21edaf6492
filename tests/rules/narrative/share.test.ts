import rule from '../../../rules/narrative/share';
import { ruleTester } from '../../helpers/rule-tester';
import { bare, seed000With } from '../../narrative/helpers';

const list = (basic: string, project: string) => ['三、支出决算情况说明', '2024年度支出合计502.98万元，其中：', `基本支出278.49万元，占比${basic}%；`, `项目支出224.50万元，占比${project}%。`];

ruleTester.run(rule, {
  valid: [
    { name: '占比等于部分除以合计', doc: bare(list('55.37', '44.63')) },
    { name: '占…的：整体取表中数', doc: seed000With(['五、一般公共预算财政拨款支出决算情况说明', '2024年一般公共预算财政拨款决算支出502.98万元，占本年支出合计的100.00%。']) },
  ],
  invalid: [
    {
      name: '占比算错',
      doc: bare(list('56.37', '44.63')),
      errors: [{ messageId: 'shareMismatch', data: { subject: '基本支出', expected: '55.37' }, line: 3, actual: '56.37', expected: '55.37' }],
    },
    {
      name: '占…的与表中整体不符',
      doc: seed000With(['十、其他重要事项情况说明', '（二）政府采购情况说明', '政府采购授予中小企业合同金额83.24万元，占政府采购支出总额的100.00%。']),
      errors: [{ messageId: 'shareMismatch', line: 3, actual: '100.00', expected: '89.27' }],
    },
    {
      name: '一位小数的金额：尾差',
      doc: bare(['三、支出决算情况说明', '2024年度支出合计10.00万元，其中：', '基本支出8.5万元，占比85.00%；', '项目支出1.5万元，占比15.40%。']),
      errors: [{ messageId: 'shareMismatch', line: 4, actual: '15.40', expected: '15.00', tail: true }],
    },
  ],
});
