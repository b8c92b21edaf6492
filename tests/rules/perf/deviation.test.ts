import rule from '../../../rules/perf/deviation';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { doc, templateBSpec } from './helpers';

const withDeviation = (i: number, deviation: string, actual?: string) => {
  const spec = templateBSpec();
  spec.indicators![i] = { ...spec.indicators![i], deviation, ...(actual ? { actual } : {}) };
  return doc({ evaluations: [evaluation(spec)] });
};

ruleTester.run(rule, {
  valid: [
    { name: '模板二 偏差度均正确（5/95 = 5.26%，3/90 = 3.33%）', doc: withDeviation(3, '5.26') },
    { name: '定性指标不计算偏差度', doc: withDeviation(4, '0.00') },
    { name: '单位不同不比较', doc: withDeviation(0, '99.00', '22项') },
    { name: '偏差度印一位 5.3 即 5.26 的四舍五入', doc: withDeviation(3, '5.3') },
  ],
  invalid: [
    {
      name: '以实际值为基数：5/90 = 5.56%',
      doc: withDeviation(3, '5.56'),
      errors: [{ messageId: 'deviationMismatch', data: { indicator: '群众投诉办结率', stated: '5.56', computed: '5.26' }, cell: 'K19', actual: '5.56', expected: '5.26', tail: false }],
    },
    {
      name: '百分点当百分比：95 − 90 = 5.00',
      doc: withDeviation(3, '5.00'),
      errors: [{ messageId: 'deviationMismatch', cell: 'K19', actual: '5.00', expected: '5.26' }],
    },
    {
      name: '偏差度截尾：5.263 印 5.2（尾差，注明截尾）',
      doc: withDeviation(3, '5.2'),
      errors: [{ messageId: 'deviationMismatch', actual: '5.2', expected: '5.3', tail: true }],
    },
    {
      name: '偏差度印一位且错：4.9 应为 5.3',
      doc: withDeviation(3, '4.9'),
      errors: [{ messageId: 'deviationMismatch', actual: '4.9', expected: '5.3', tail: false }],
    },
  ],
});
