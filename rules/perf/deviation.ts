/**
 * @fileoverview perf/deviation — 偏差度 = |实际完成值 − 年度指标值| ÷ 年度指标值 (in %), where both are numbers.
 */
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkRatio, verdictFields } from '../../src/ledger/check';
import { parseFigure } from './utils/targets';
import { scoredTables } from './utils/scored';

export default createRule<'deviationMismatch'>({
  meta: {
    id: 'perf/deviation',
    family: 'perf',
    description: { zh: '偏差度应为 |实际 − 目标| ÷ 目标', en: 'Deviation must be |actual − target| ÷ target' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '模板二的偏差度以年度指标值为基数计算。常见错误是以实际值为基数，或把百分点当作百分比。',
        en: 'Template (b) computes deviation on the target. Common slips: dividing by the actual, or using percentage points.',
      },
      examples: {
        invalid: { zh: '目标 ≥200 人，实际 180 人，偏差度 11.11% → 应为 10.00%', en: 'Target ≥200, actual 180, deviation 11.11 % → expected 10.00 %' },
        valid: { zh: '目标 ≥95%，实际 90%，偏差度 5.26%', en: 'Target ≥95 %, actual 90 %, deviation 5.26 %' },
      },
    },
    messages: {
      deviationMismatch: {
        zh: '“{{project}}”“{{indicator}}”偏差度 {{stated}}% 与 |{{actualValue}} − {{target}}| ÷ {{target}} = {{computed}}% 不符',
        en: '"{{project}}" "{{indicator}}": deviation {{stated}}% differs from |{{actualValue}} − {{target}}| ÷ {{target}} = {{computed}}%',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      for (const ind of t.indicators) {
        const dev = ind.deviation;
        if (!dev || dev.value === null) continue;
        const target = parseFigure(ind.target);
        const actual = parseFigure(ind.actual);
        if (!target || !actual || target.value.isZero() || (target.unit && actual.unit && target.unit !== actual.unit)) continue;
        // Targets and actuals are exact figures, not rounded amounts: no rounding interval of their own.
        const num: Cell = { value: actual.value.minus(target.value).abs(), raw: '', decimals: 12, ref: dev.ref };
        const den: Cell = { value: target.value, raw: target.text, decimals: 12, ref: dev.ref };
        const v = checkRatio(dev, num, den, { tolerance: ctx.tolerance });
        if (!v || v.kind === 'equal') continue;
        ctx.report({
          messageId: 'deviationMismatch',
          data: { project: t.label, indicator: ind.name, stated: v.actual, actualValue: actual.text, target: target.text, computed: v.expected },
          at: dev.ref,
          // The row's placement (which texts are 指标值 and 实际完成值) rides on its figures.
          uses: [dev, ind.weight, ind.score],
          ...verdictFields(v),
        });
      }
    }
  },
});
