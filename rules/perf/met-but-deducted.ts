/**
 * @fileoverview perf/met-but-deducted — an indicator whose actual meets its target but lost points.
 * Without a 偏差原因 it is unexplained; with one, the reason is worth a look (soft judgement).
 */
import { createRule } from '../../src/engine/rule';
import { targetMet } from './utils/targets';
import { related, scoredTables } from './utils/scored';

export default createRule<'deductedNoReason' | 'deductedWithReason'>({
  meta: {
    id: 'perf/met-but-deducted',
    family: 'perf',
    description: { zh: '指标已完成却扣分', en: 'Target met but points deducted' },
    defaultSeverity: 'warn',
    requiresAny: ['evaluations', 'deptEvaluations'],
    schema: { reasoned: { type: 'boolean', description: { zh: '填写了偏差原因的也提示', en: 'Also flag deductions that give a reason' } } },
    defaultOptions: { reasoned: true },
    docs: {
      rationale: {
        zh: '实际完成值达到年度指标值（或填“达成预期指标”）时应得满分；扣分而不写偏差原因，评分无从核对。',
        en: 'An indicator whose actual meets the target (or reads 达成预期指标) should score full points; a deduction without a reason cannot be checked.',
      },
      examples: {
        invalid: { zh: '目标 ≥98，实际 98，分值 15，得分 14，偏差原因空白', en: 'Target ≥98, actual 98, weight 15, score 14, no reason' },
        valid: { zh: '目标 ≥98，实际 98，分值 15，得分 15', en: 'Target ≥98, actual 98, weight 15, score 15' },
      },
    },
    messages: {
      deductedNoReason: {
        zh: '“{{project}}”“{{indicator}}”实际完成值“{{actualText}}”已达到指标值“{{target}}”，却只得 {{score}} 分（分值 {{weight}}），且未填偏差原因',
        en: '"{{project}}" "{{indicator}}": actual "{{actualText}}" meets "{{target}}" yet scores {{score}} of {{weight}}, with no reason given',
      },
      deductedWithReason: {
        zh: '“{{project}}”“{{indicator}}”实际完成值“{{actualText}}”已达到指标值“{{target}}”，却只得 {{score}} 分（分值 {{weight}}）；偏差原因：{{reason}}',
        en: '"{{project}}" "{{indicator}}": actual "{{actualText}}" meets "{{target}}" yet scores {{score}} of {{weight}}; reason given: {{reason}}',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      for (const ind of t.indicators) {
        const { weight, score } = ind;
        // A blank 得分 under a met target scores nothing: the same question, at its sharpest.
        const points = score?.value ?? weight?.value?.minus(weight.value) ?? null;
        if (!weight?.value || points === null || !points.lt(weight.value)) continue;
        if (targetMet(ind) !== true) continue;
        const reason = (ind.note ?? '').trim();
        if (reason && ctx.options.reasoned === false) continue;
        ctx.report({
          messageId: reason ? 'deductedWithReason' : 'deductedNoReason',
          data: { project: t.label, indicator: ind.name, actualText: ind.actual, target: ind.target || '—', score: score?.raw || '（空白）', weight: weight.raw, ...(reason ? { reason } : {}) },
          at: score?.ref ?? weight.ref,
          related: related('分值', weight),
          uses: [weight, score],
          actual: points.toFixed(),
          expected: weight.value.toFixed(),
        });
      }
    }
  },
});
