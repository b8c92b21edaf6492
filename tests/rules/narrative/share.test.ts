import rule from '../../../rules/narrative/share';
import { ruleTester } from '../../helpers/rule-tester';
import { bare, seed000With } from '../../narrative/helpers';

const list = (basic: string, project: string) => ['三、支出决算情况说明', '2024年度支出合计502.98万元，其中：', `基本支出278.49万元，占比${basic}%；`, `项目支出224.50万元，占比${project}%。`];

ruleTester.run(rule, {
  valid: [
    { name: '占比等于部分除以合计', doc: bare(list('55.37', '44.63')) },
    { name: '占…的：整体取表中数', doc: seed000With(['五、一般公共预算财政拨款支出决算情况说明', '2024年一般公共预算财政拨款决算支出502.98万元，占本年支出合计的100.00%。']) },
    {
      name: '占…的, the narrative alone: the whole is the same term stated in an earlier section (seed 000 三、 and 五、)',
      doc: bare(['三、支出决算情况说明', '2024年度本年支出合计502.98万元。', '五、一般公共预算财政拨款支出决算情况说明', '2024年一般公共预算财政拨款决算支出502.98万元，占本年支出合计的100.00%。']),
    },
    {
      name: '占…的, the narrative alone: a whole of another name is never taken (本年收入合计 is not 本年支出合计): nothing to check',
      doc: bare(['二、收入决算情况说明', '本年收入合计465.34万元。', '五、一般公共预算财政拨款支出决算情况说明', '一般公共预算财政拨款支出502.98万元，占本年支出合计的90.00%。']),
    },
  ],
  invalid: [
    {
      name: '占…的, the narrative alone: sh-plan 五（一） against 三、 (9746.50 ÷ 9759.38 = 99.87 %, printed 99.86): a tail',
      doc: bare(['三、支出决算情况说明', '本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%。', '五、一般公共预算财政拨款支出决算情况说明', '一般公共预算财政拨款支出9746.50万元，占本年支出合计的99.86%。']),
      errors: [{ messageId: 'shareMismatch', line: 4, actual: '99.86', expected: '99.87', tail: true }],
    },
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
