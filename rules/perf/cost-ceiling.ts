/**
 * @fileoverview perf/cost-ceiling — cost indicators (成本指标): an actual above its ceiling that keeps
 * full points, and a ceiling set above the project's whole budget (soft judgements).
 */
import { createRule } from '../../src/engine/rule';
import { isCost, moneyWan, parseFigure } from './utils/targets';
import { fundsOrSkip, related, scoredTables, totalFund } from './utils/scored';

export default createRule<'overCeilingFullMarks' | 'ceilingAboveBudget'>({
  meta: {
    id: 'perf/cost-ceiling',
    family: 'perf',
    description: { zh: '成本指标超上限却满分，或上限高于项目预算', en: 'Cost above its ceiling with full points, or a ceiling above the budget' },
    defaultSeverity: 'warn',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '成本指标是上限（≤）：实际成本超过上限仍得满分，评分与事实相反；上限高于项目全年预算，则指标不起约束作用。',
        en: 'A cost indicator is a ceiling (≤): exceeding it with full points contradicts the facts; a ceiling above the whole budget constrains nothing.',
      },
      examples: {
        invalid: { zh: '政府购买服务总成本 ≤30万元，实际 39.9万元，得分 5/5', en: 'Cost ≤30万, actual 39.9万, score 5/5' },
        valid: { zh: '培训总成本 ≤5.37万元，实际 3.97万元', en: 'Cost ≤5.37万, actual 3.97万' },
      },
    },
    messages: {
      overCeilingFullMarks: {
        zh: '“{{project}}”成本指标“{{indicator}}”实际 {{actualText}} 超过上限 {{target}}，却得满分 {{score}}',
        en: '"{{project}}" cost "{{indicator}}": actual {{actualText}} exceeds ceiling {{target}} yet scores full {{score}}',
      },
      ceilingAboveBudget: {
        zh: '“{{project}}”成本指标“{{indicator}}”上限 {{target}} 高于项目全年预算 {{budget}} 万元',
        en: '"{{project}}" cost "{{indicator}}": ceiling {{target}} is above the full-year budget {{budget}} 万元',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      if (!fundsOrSkip(t, ctx, { zh: '成本指标与预算', en: 'cost targets against the budget' })) continue;
      const fund = totalFund(t);
      const budget = fund?.full?.value ?? fund?.initial?.value ?? null;
      for (const ind of t.indicators) {
        if (!isCost(ind)) continue;
        const target = parseFigure(ind.target);
        const actual = parseFigure(ind.actual);
        if (!target || (target.op !== '<=' && target.op !== '<')) continue;
        const { weight, score } = ind;
        if (actual && (!target.unit || !actual.unit || target.unit === actual.unit) && actual.value.gt(target.value) && weight?.value && score?.value && score.value.gte(weight.value)) {
          ctx.report({
            messageId: 'overCeilingFullMarks',
            data: { project: t.label, indicator: ind.name, actualText: ind.actual, target: ind.target, score: score.raw },
            at: ind.actualRef ?? score.ref,
            related: related('得分', score),
            uses: [weight, score],
            actual: actual.text,
            expected: target.text,
          });
        }
        const ceiling = moneyWan(target);
        if (ceiling && budget && t.unit === '万元' && ceiling.gt(budget)) {
          ctx.report({
            messageId: 'ceilingAboveBudget',
            data: { project: t.label, indicator: ind.name, target: ind.target, budget: budget.toFixed() },
            at: ind.targetRef ?? ind.ref,
            related: related('全年预算数', fund?.full),
            uses: [fund?.full ?? fund?.initial, ind.weight],
            actual: ceiling.toFixed(),
            expected: budget.toFixed(),
          });
        }
      }
    }
  },
});
