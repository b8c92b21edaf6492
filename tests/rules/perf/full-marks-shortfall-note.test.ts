import rule from '../../../rules/perf/full-marks-shortfall-note';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, doc, templateBSpec } from './helpers';

const one = (score: string, note: string, name = '网络安全水平') =>
  doc({ evaluations: [evaluation({ name: '全市网络安全态势感知系统年度服务费', indicators: [{ l1: '效益指标', name, target: '提高', actual: '达成预期指标', weight: '10', score, note }] })] });

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费：说明“有待提高”的指标均已扣分', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '模板二', doc: doc({ evaluations: [evaluation(templateBSpec())] }) },
    { name: '说明“有待完善”，得分 8', doc: one('8', '有待完善') },
    { name: '满分，说明“无偏差”', doc: one('10', '无偏差') },
    { name: '满分，说明“未发现明显不足”', doc: one('10', '未发现明显不足') },
    { name: '满分，说明是节约而非不足（预算5万元，实际支付4.91万元）', doc: one('10', '预算批复金额为5万元，实际支付4.91万元', '办公设备购置成本') },
    { name: '满分，说明“群众投诉较少”是好事', doc: one('10', '群众投诉较少', '群众满意度') },
    { name: '满分，说明“运维成本偏低”', doc: one('10', '运维成本偏低', '运维总成本') },
  ],
  invalid: [
    {
      name: '满分 10，说明“有待完善”（种子000 网络安全水平）',
      doc: one('10', '有待完善'),
      errors: [{ messageId: 'fullMarksShortfall', data: { project: '全市网络安全态势感知系统年度服务费', indicator: '网络安全水平', score: '10', note: '有待完善' }, actual: '10' }],
    },
    { name: '满分，说明“培训次数较少”', doc: one('10', '培训安排次数较少', '举办培训次数'), errors: [{ messageId: 'fullMarksShortfall' }] },
    { name: '满分，说明“方案交付滞后”', doc: one('10', '方案交付滞后'), errors: [{ messageId: 'fullMarksShortfall' }] },
    { name: '满分，说明“年底预算资金未支付”', doc: one('10', '年底预算资金未支付'), errors: [{ messageId: 'fullMarksShortfall' }] },
  ],
});

test('a soft judgement: warning by default', () => expect(rule.meta.defaultSeverity).toBe('warn'));
