import rule from '../../../rules/narrative/carry-over';
import { ruleTester } from '../../helpers/rule-tester';
import { seed000With } from '../../narrative/helpers';

const text = (expenseDelta: string, pct: string) => [
  '一、收入支出决算总体情况说明',
  '2024年度收入总计502.98万元，支出总计502.98万元。与上年相比，收入总计减少58.63万元，下降10.44%，支出总计减少58.63万元，下降10.44%。',
  '五、一般公共预算财政拨款支出决算情况说明',
  `2024年一般公共预算财政拨款决算支出502.98万元。与上年相比，一般公共预算财政拨款支出减少${expenseDelta}万元，下降${pct}%。`,
];

ruleTester.run(rule, {
  valid: [
    { name: '本年支出变动扣除了年初结转', doc: seed000With(text('20.99', '4.01')) },
    { name: '无年初结转时两者可以相同', doc: seed000With(text('58.63', '10.44'), { '01.income.carryIn': '' }) },
  ],
  invalid: [
    {
      name: '总计与本年支出同减58.63（seed 000）',
      doc: seed000With(text('58.63', '10.44')),
      errors: [{ messageId: 'carryOver', data: { carryIn: '37.64', expected: '20.99' }, line: 4, actual: '58.63', expected: '20.99', severity: 1 }],
    },
  ],
});
