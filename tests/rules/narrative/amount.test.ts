import rule from '../../../rules/narrative/amount';
import { ruleTester } from '../../helpers/rule-tester';
import { seed000With } from '../../narrative/helpers';

ruleTester.run(rule, {
  valid: [
    { name: '总计与公开01一致', doc: seed000With(['一、收入支出决算总体情况说明', '2024年度收入总计502.98万元，支出总计502.98万元。']) },
    { name: '少写一位小数仍一致（224.5 ↔ 224.50）', doc: seed000With(['三、支出决算情况说明', '项目支出224.5万元。']) },
    { name: '项目预算与自评表全年预算数一致', doc: seed000With(['（四）预算绩效情况说明', '网信长治项目预算20万元，项目支出20万元。']) },
    { name: '元数换算后一致', doc: seed000With(['十、其他重要事项情况说明', '（一）机关运行经费支出情况说明', '2024年机关运行经费支出712,000.00元。']) },
  ],
  invalid: [
    {
      name: '基本支出抄错',
      doc: seed000With(['三、支出决算情况说明', '基本支出287.49万元。']),
      errors: [{ messageId: 'amountMismatch', data: { subject: '基本支出', expected: '278.49' }, line: 2, actual: '287.49', expected: '278.49' }],
    },
    {
      name: '类名金额与公开05不符',
      doc: seed000With(['五、一般公共预算财政拨款支出决算情况说明', '卫生健康支出(类)7.67万元。']),
      errors: [{ messageId: 'amountMismatch', data: { subject: '卫生健康支出(类)' }, line: 2, actual: '7.67', expected: '7.76', tail: false }],
    },
    {
      name: '项目支出与其自评表执行数不符',
      doc: seed000With(['（四）预算绩效情况说明', '专项业务费项目支出19.09万元。']),
      errors: [{ messageId: 'amountMismatch', data: { subject: '专项业务费项目支出' }, line: 2, actual: '19.09', expected: '19.99' }],
    },
    {
      name: '相差一分且区间相接：尾差',
      doc: seed000With(['三、支出决算情况说明', '基本支出278.48万元。']),
      errors: [{ messageId: 'amountMismatch', line: 2, actual: '278.48', expected: '278.49', tail: true }],
    },
  ],
});
