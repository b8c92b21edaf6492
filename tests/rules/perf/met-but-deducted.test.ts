import rule from '../../../rules/perf/met-but-deducted';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { deptEvaluation, doc, seed002Blocks, templateBSpec } from './helpers';

/** Seed 002: 筑牢网络安全屏障 ≥98, actual 98, 14 of 15, no reason. */
const seed002 = () =>
  deptEvaluation({ blocks: seed002Blocks().map((b) => ({ ...b, indicators: b.indicators.map((x) => (x.weight === '15' ? { ...x, actual: '98', score: '14' } : x)) })), total: '98' });

ruleTester.run(rule, {
  valid: [
    { name: '达标满分；未达标扣分（投诉办结率 90% < 95%，4/5）', doc: doc({ evaluations: [evaluation(templateBSpec())] }) },
    { name: '部分达成预期指标扣分', doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', indicators: [{ name: '办公设备购置时间', target: '2024年5月之前', actual: '部分达成预期指标', weight: '10', score: '8', note: '分批购买' }] })] }) },
    { name: '有偏差原因的可通过选项关闭', options: { reasoned: false }, doc: doc({ evaluations: [evaluation({ name: '培训费', indicators: [{ name: '培训总成本', target: '≤5.37万元', actual: '≤3.97万元', weight: '10', score: '7', note: '培训费共计3.97万元' }] })] }) },
  ],
  invalid: [
    {
      name: '整体支出 ≥98 实际 98 得 14/15 无偏差原因',
      doc: doc({ deptEvaluations: [seed002()] }),
      errors: [
        { messageId: 'deductedNoReason', data: { indicator: '筑牢网络安全屏障', actualText: '98', target: '≥98', score: '14', weight: '15' }, sheet: '整体支出绩效自评表', cell: 'H19', actual: '14', expected: '15' },
        { messageId: 'deductedNoReason', data: { indicator: '强化网络阵地管理' }, cell: 'H20', actual: '14', expected: '15' },
      ],
    },
    {
      name: '达成预期指标却扣分，写了原因',
      doc: doc({ evaluations: [evaluation({ name: '指令传输系统', indicators: [{ name: '工作开展便捷程度', target: '便捷', actual: '达成预期指标', weight: '10', score: '6', note: '完善基础设施' }] })] }),
      errors: [{ messageId: 'deductedWithReason', data: { reason: '完善基础设施' }, cell: 'J12', actual: '6', expected: '10' }],
    },
    {
      name: '成本 ≤30万元 实际 ≤0万元，得分空白',
      doc: doc({ evaluations: [evaluation({ name: '配套项目', indicators: [{ name: '监测平台运维系统总成本', target: '≤30万元', actual: '≤0万元', weight: '10', score: '', note: '年底预算资金未支付' }] })] }),
      errors: [{ messageId: 'deductedWithReason', data: { score: '（空白）' }, actual: '0', expected: '10' }],
    },
  ],
});

test('a soft judgement: warning by default', () => expect(rule.meta.defaultSeverity).toBe('warn'));
