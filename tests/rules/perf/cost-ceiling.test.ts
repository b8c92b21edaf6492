import rule from '../../../rules/perf/cost-ceiling';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, doc, templateBSpec } from './helpers';

const cost = (target: string, actual: string, score: string, full = '40.00') =>
  doc({ evaluations: [evaluation({ name: '应急值守', funds: [{ full, executed: '39.90', rate: '99.75', score: '9.98' }], indicators: [{ l1: '产出指标', l2: '成本指标', name: '政府购买服务总成本', target, actual, weight: '5', score }] })] });

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 ≤5万元 实际 3.43', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '模板二 ≤30万元 实际 28.5', doc: doc({ evaluations: [evaluation(templateBSpec())] }) },
    { name: '超上限已扣分', doc: cost('≤30万元', '≤39.9万元', '3', '30.00') },
    { name: '按人月计的上限不与预算比较', doc: cost('≤4000元/月/人', '≤4000元/月/人', '5') },
  ],
  invalid: [
    {
      name: '≤30万元 实际 39.9万元 满分（且上限低于预算 40）',
      doc: cost('≤30万元', '≤39.9万元', '5'),
      errors: [{ messageId: 'overCeilingFullMarks', data: { indicator: '政府购买服务总成本', actualText: '≤39.9万元', target: '≤30万元', score: '5' }, cell: 'J12', actual: '39.9', expected: '30' }],
    },
    {
      name: '新增办公设备 成本上限 7.2万元 高于预算 5万元',
      doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], indicators: [{ l2: '成本指标', name: '办公设备购置成本', target: '≤7.2万元', actual: '≤4.91万元', weight: '10', score: '10' }] })] }),
      errors: [{ messageId: 'ceilingAboveBudget', data: { target: '≤7.2万元', budget: '5' }, cell: 'D12', actual: '7.2', expected: '5' }],
    },
  ],
});

test('a soft judgement: warning by default', () => expect(rule.meta.defaultSeverity).toBe('warn'));
