import rule from '../../../rules/perf/weight-total';
import { ruleTester } from '../../helpers/rule-tester';
import type { Rule } from '../../../src/engine/rule';
import { runRules, type RuleSetting } from '../../../src/engine/engine';
import { evaluation, type EvaluationSpec } from '../../helpers/ledger';
import { cleaningSpec, deptEvaluation, doc, evaluationWith, seed002Blocks, templateBSpec } from './helpers';

/** 网信长治 (seed 000): twelve indicators weighing 80, execution 10, scored out of 100. */
const xinzhi = (): EvaluationSpec => ({
  name: '网信长治',
  funds: [{ full: '10.00', executed: '10.00', balance: '0.00', rate: '100', score: '10' }],
  indicators: [
    ['公众号委托运营单位数', '5'], ['发布政务信息数量', '5'], ['回应网信工作热点数量', '5'], ['解读网信政策法规条数', '5'],
    ['公众号运营主菜单设置', '5'], ['网信长治运营正常率', '5'], ['公众号文章发表及时性', '5'], ['公众号运营周期', '5'],
    ['促进美丽长治建设', '15'], ['市民网络安全意识', '10'], ['长效管理机制建设', '5'], ['服务对象满意度', '10'],
  ].map(([name, w]) => ({ name, weight: w, score: w })),
  total: '100',
  grade: '优',
});

const shortB = () => {
  const spec = templateBSpec();
  spec.indicators![0] = { ...spec.indicators![0], weight: '5', score: '5' };
  return spec;
};

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 指标 90 + 执行率 10', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '模板二 10 + 20 + 70 = 100', doc: doc({ evaluations: [evaluationWith(templateBSpec())] }) },
    { name: '整体支出 产出 50 + 效益 30 + 满意度 10 + 执行率 10', doc: doc({ deptEvaluations: [deptEvaluation()] }) },
  ],
  invalid: [
    {
      name: '网信长治 分值合计 90（总分按 100）',
      doc: doc({ evaluations: [evaluation(xinzhi())] }),
      errors: [{ messageId: 'weightsNot100', data: { project: '网信长治', sum: '90', exec: '10', rest: '80', total: '100' }, sheet: '网信长治项目支出绩效自评表', cell: 'J24', actual: '100', expected: '90' }],
    },
    {
      name: '模板二 总分栏分值 100 ≠ 95',
      doc: doc({ evaluations: [evaluationWith(shortB())] }),
      errors: [{ messageId: 'totalWeightNotSum', data: { stated: '100', sum: '95' }, cell: 'I25', actual: '100', expected: '95', tail: false }],
    },
    {
      name: '资金管理情况标明 25 分，所列 20 分',
      doc: doc({ evaluations: [evaluationWith({ ...templateBSpec(), blocks: [{ name: '资金管理情况', weight: '25', kind: 'management', cell: 'A11' }] })] }),
      errors: [{ messageId: 'blockMismatch', data: { block: '资金管理情况', stated: '25', sum: '20' }, cell: 'A11', actual: '25', expected: '20' }],
    },
    {
      name: '产出指标（50分）下分值合计 45',
      doc: doc({ deptEvaluations: [deptEvaluation({ blocks: seed002Blocks().map((b, i) => (i === 0 ? { ...b, indicators: b.indicators.slice(1) } : b)), total: '95' })] }),
      errors: [
        { messageId: 'blockMismatch', data: { block: '产出指标', stated: '50', sum: '45' }, sheet: '整体支出绩效自评表', cell: 'B13', actual: '50', expected: '45' },
        { messageId: 'totalWeightNotSum', actual: '100', expected: '95' },
      ],
    },
  ],
});

describe('weights are printed as written', () => {
  // 保洁经费 with its 10 indicator points raised to 100 and a printed 总分 分值 100; the execution weight (10) is not printed.
  const heavy = (): EvaluationSpec => {
    const spec = cleaningSpec();
    spec.indicators = spec.indicators!.map((i, k) => (k === 0 ? { ...i, weight: '20' } : i));
    return { ...spec, totalWeight: '100' };
  };

  it('a sum that takes the template\'s execution weight reads "110", never "110.000000000000"', () => {
    const rules = new Map<string, Rule<string>>([[rule.meta.id, rule as Rule<string>]]);
    const settings = new Map<string, RuleSetting>([[rule.meta.id, { severity: 2, options: {} }]]);
    for (const lang of ['zh', 'en'] as const) {
      const [m] = runRules(doc({ evaluations: [evaluation(heavy())] }), { rules, settings, lang, strict: true }).messages;
      expect(m.messageId).toBe('totalWeightNotSum');
      expect(m.expected).toBe('110');
      expect(m.message).toContain('110');
      expect(m.message).not.toMatch(/\d\.0{3,}/);
    }
  });

  it('an empty block reads its sum as 0', () => {
    const rules = new Map<string, Rule<string>>([[rule.meta.id, rule as Rule<string>]]);
    const settings = new Map<string, RuleSetting>([[rule.meta.id, { severity: 2, options: {} }]]);
    const d = doc({ evaluations: [evaluationWith({ ...cleaningSpec(), blocks: [{ name: '决策指标', weight: '10', cell: 'A11' }] })] });
    const m = runRules(d, { rules, settings, lang: 'zh', strict: true }).messages.find((x) => x.messageId === 'blockMismatch');
    expect(m?.expected).toBe('0');
    expect(m?.message).not.toMatch(/\d\.0{3,}/);
  });
});
