import rule from '../../../rules/narrative/list-sum';
import { ruleTester } from '../../helpers/rule-tester';
import { bare } from '../../narrative/helpers';

ruleTester.run(rule, {
  valid: [
    { name: '其中各项之和等于合计', doc: bare(['政府采购支出总额93.24万元，其中：货物支出6.25万元、工程支出0万元、服务支出86.99万元。']) },
    { name: '主要包括：部分之和小于合计', doc: bare(['公用经费71.20万元，主要包括办公费3.68万元、差旅费4.17万元。']) },
    { name: '单项“其中”只是部分', doc: bare(['国内接待费0.05万元，其中外事接待费0.01万元。']) },
  ],
  invalid: [
    {
      name: 'a list in 元: the sum is printed in 元 too, never as 万元 with six decimals',
      doc: bare(['2024年本年一般公共预算基本支出652400.18元，其中：人员经费560312.47元，公用经费70087.71元。']),
      errors: [{ messageId: 'listNotTotal', data: { sum: '630400.18元' }, line: 1, actual: '652400.18', expected: '630400.18' }],
    },
    {
      name: '其中各项之和不等于合计',
      doc: bare(['2024年度财政拨款基本支出278.49万元，其中：', '人员经费207.29万元；', '公用经费61.20万元。']),
      errors: [{ messageId: 'listNotTotal', data: { count: 2, sum: '268.49万元' }, line: 1, actual: '278.49', expected: '268.49' }],
    },
    {
      name: '主要包括之和超过合计',
      doc: bare(['公用经费71.20万元，主要包括办公费50.00万元、差旅费30.00万元。']),
      errors: [{ messageId: 'partsAboveTotal', line: 1, actual: '71.20', expected: '80.00' }],
    },
    {
      name: '相差0.01：尾差（seed 000 三、）',
      doc: bare(['三、支出决算情况说明', '2024年度支出合计502.98万元，其中：', '基本支出278.49万元，占比55.37%；', '项目支出224.50万元，占比44.63%。']),
      errors: [{ messageId: 'listNotTotal', line: 2, actual: '502.98', expected: '502.99', tail: true }],
    },
    {
      name: '各类增减额之和与合计增减额不符（警告）',
      doc: bare([
        '一般公共预算财政拨款支出502.98万元，比上年减少58.63万元，下降10.44%。其中：',
        '一般公共服务支出448.64万元，较上年决算减少48.42万元；',
        '社会保障和就业支出54.34万元，较上年决算减少7.30万元。',
      ]),
      errors: [{ messageId: 'changesNotTotal', line: 1, actual: '-58.63', expected: '-55.72', severity: 1 }],
    },
  ],
});
