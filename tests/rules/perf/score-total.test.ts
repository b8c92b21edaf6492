import rule from '../../../rules/perf/score-total';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, deptEvaluation, doc, seed002Blocks, templateBSpec } from './helpers';

ruleTester.run(rule, {
  valid: [
    { name: '总分印一位 79.9 即 79.86 的四舍五入', doc: doc({ evaluations: [evaluation({ ...cleaningSpec(), total: '79.9' })] }) },
    { name: '保洁经费 73 + 6.86 = 79.86', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '模板二 9.00 + 19 + 69 = 97.00', doc: doc({ evaluations: [evaluation(templateBSpec())] }) },
    { name: '整体支出 100', doc: doc({ deptEvaluations: [deptEvaluation()] }) },
    { name: '得分空白按 0 计（配套项目 80）', doc: doc({ evaluations: [evaluation({ name: '配套项目', funds: [{ full: '30.00', executed: '0.00', rate: '0', score: '0' }], indicators: [{ name: '委托机构出具报告数量', weight: '80', score: '80' }, { name: '监测平台运维系统总成本', weight: '10', score: '' }], total: '80' })] }) },
  ],
  invalid: [
    {
      name: '网信长治 总分 100，得分合计 90',
      doc: doc({ evaluations: [evaluation({ name: '网信长治', funds: [{ full: '10.00', executed: '10.00', rate: '100', score: '10.00' }], indicators: [{ name: '指标合计', weight: '80', score: '80' }], total: '100' })] }),
      errors: [{ messageId: 'totalNotSum', data: { project: '网信长治', stated: '100', sum: '90.00', exec: '10.00', rest: '80' }, cell: 'J13', actual: '100', expected: '90.00', tail: false }],
    },
    {
      name: '整体支出 扣分后总分未改',
      doc: doc({ deptEvaluations: [deptEvaluation({ blocks: seed002Blocks().map((b) => ({ ...b, indicators: b.indicators.map((x) => (x.weight === '15' ? { ...x, score: '14' } : x)) })), total: '100' })] }),
      errors: [{ messageId: 'totalNotSum', sheet: '整体支出绩效自评表', actual: '100', expected: '98' }],
    },
    {
      name: '总分 79.87 与 79.86 相差在执行率得分的舍入内：尾差',
      doc: doc({ evaluations: [evaluation({ ...cleaningSpec(), total: '79.87' })] }),
      errors: [{ messageId: 'totalNotSum', cell: 'J22', actual: '79.87', expected: '79.86', tail: true }],
    },
  ],
});
