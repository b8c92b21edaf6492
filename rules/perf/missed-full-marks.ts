/**
 * @fileoverview perf/missed-full-marks — an indicator whose actual falls short of its target but keeps
 * full points (cost ceilings are perf/cost-ceiling's).
 */
import { createRule } from '../../src/engine/rule';
import { isCost, parseFigure, targetMet } from './utils/targets';
import { related, scoredTables } from './utils/scored';

export default createRule<'missedFullMarks'>({
  meta: {
    id: 'perf/missed-full-marks',
    family: 'perf',
    description: { zh: '指标未完成却得满分', en: 'Target missed but full points' },
    defaultSeverity: 'warn',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '实际完成值未达到年度指标值时应按比例或按档扣分；仍得满分说明评分未按完成情况打分。',
        en: 'An actual short of its target should lose points; full marks mean the scoring ignored the result.',
      },
      examples: {
        invalid: { zh: '目标 ≥500 人，实际 200 人，分值 10，得分 10', en: 'Target ≥500, actual 200, weight 10, score 10' },
        valid: { zh: '目标 ≥500 人，实际 200 人，分值 10，得分 5', en: 'Target ≥500, actual 200, weight 10, score 5' },
      },
    },
    messages: {
      missedFullMarks: {
        zh: '“{{project}}”“{{indicator}}”实际完成值“{{actualText}}”未达到指标值“{{target}}”，却得满分 {{score}}',
        en: '"{{project}}" "{{indicator}}": actual "{{actualText}}" misses "{{target}}" yet scores full {{score}}',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      for (const ind of t.indicators) {
        const { weight, score } = ind;
        if (isCost(ind) || !weight?.value || !score?.value || !score.value.gte(weight.value)) continue;
        if (targetMet(ind) !== false) continue;
        const a = parseFigure(ind.actual);
        const tg = parseFigure(ind.target);
        ctx.report({
          messageId: 'missedFullMarks',
          data: { project: t.label, indicator: ind.name, actualText: ind.actual, target: ind.target, score: score.raw },
          at: ind.actualRef ?? score.ref,
          related: related('得分', score),
          uses: [weight, score],
          // Qualitative shortfalls (部分达成) have no figure to compare; numeric ones carry actual vs target.
          ...(a && tg ? { actual: a.text, expected: tg.text } : {}),
        });
      }
    }
  },
});
