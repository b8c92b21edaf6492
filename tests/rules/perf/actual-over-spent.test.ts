import rule from '../../../rules/perf/actual-over-spent';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, doc } from './helpers';

const project = (executed: string, actual: string) =>
  doc({ evaluations: [evaluation({ name: '应急指挥举报配套项目', funds: [{ full: '59.00', executed, rate: '0', score: '0' }], indicators: [{ l2: '成本指标', name: '监测平台运维系统总成本', target: '≤59万元', actual, weight: '10', score: '' }] })] });

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 实际 ≤3.43万元 = 执行 3.43', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '新增办公设备 ≤4.91万元 对 4.915（舍入）', doc: project('4.915', '≤4.91万元') },
    { name: '以元计 49,154元 对 4.915 万元', doc: project('4.915', '49,154元') },
  ],
  invalid: [
    {
      name: '未支付却填 ≤59万元',
      doc: project('0.00', '≤59万元'),
      errors: [{ messageId: 'actualOverSpent', data: { indicator: '监测平台运维系统总成本', actualText: '≤59万元', executed: '0.00' }, cell: 'D12', actual: '59', expected: '0' }],
    },
    {
      name: '以元填写 600,000元 超过执行 39.9 万元',
      doc: project('39.90', '600,000元'),
      errors: [{ messageId: 'actualOverSpent', actual: '60', expected: '39.9' }],
    },
  ],
});

test('a soft judgement: warning by default', () => expect(rule.meta.defaultSeverity).toBe('warn'));
