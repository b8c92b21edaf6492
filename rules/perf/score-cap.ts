/**
 * @fileoverview perf/score-cap — no 得分 above its 分值 (indicators, 资金管理 items, the execution block).
 */
import type { Cell, SourceRef } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { execWeightOf, related, scoredTables } from './utils/scored';

export default createRule<'scoreOverWeight'>({
  meta: {
    id: 'perf/score-cap',
    family: 'perf',
    description: { zh: '得分不得超过分值', en: 'A score may not exceed its weight' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    defaultOptions: { execWeight: '10' },
    docs: {
      rationale: {
        zh: '每项指标的得分以分值为上限。得分大于分值通常是两列错位或抄错。',
        en: 'Each score is capped by its weight; a score above it is usually a shifted or mistyped column.',
      },
      examples: {
        invalid: { zh: '社会效益指标 分值 10，得分 15', en: 'Indicator weight 10, score 15' },
        valid: { zh: '分值 10，得分 8', en: 'Weight 10, score 8' },
      },
    },
    messages: {
      scoreOverWeight: {
        zh: '“{{project}}”“{{item}}”得分 {{score}} 超过分值 {{weight}}',
        en: '"{{project}}" "{{item}}": score {{score}} exceeds weight {{weight}}',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      const items: { name: string; weight: Cell | null; score: Cell | null; ref: SourceRef }[] = [
        ...t.indicators.map((i) => ({ name: i.name, weight: i.weight, score: i.score, ref: i.ref })),
        ...t.management,
      ];
      if (t.execScore) items.push({ name: '预算执行率', weight: execWeightOf(t, String(ctx.options.execWeight ?? '10')), score: t.execScore, ref: t.execScore.ref });
      for (const it of items) {
        if (!it.weight || it.weight.value === null || !it.score || it.score.value === null) continue;
        if (it.score.value.lte(it.weight.value)) continue;
        ctx.report({
          messageId: 'scoreOverWeight',
          data: { project: t.label, item: it.name, score: it.score.raw, weight: it.weight.raw },
          at: it.score.ref,
          related: related('分值', it.weight),
          uses: [it.weight, it.score],
          actual: it.score.value.toFixed(it.score.decimals),
          expected: it.weight.value.toFixed(it.score.decimals),
        });
      }
    }
  },
});
