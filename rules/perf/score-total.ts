/**
 * @fileoverview perf/score-total — 总分 = 执行率得分 + 资金管理得分 + Σ指标得分 (blank 得分 counts 0).
 */
import { verdictFields } from '../../src/ledger/check';
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkPoints } from './utils/points';
import { scoredTables } from './utils/scored';

export default createRule<'totalNotSum' | 'totalNotScores'>({
  meta: {
    id: 'perf/score-total',
    family: 'perf',
    description: { zh: '总分应等于各项得分之和', en: 'The total must equal the sum of the scores' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '总分决定等次，等次又被正文汇总（“8个项目为优”）。总分漏加或多加一项，等次和汇总都会错。',
        en: 'The total decides the grade, which the narrative tallies ("8 projects 优"). A total that skips or adds an item breaks both.',
      },
      examples: {
        invalid: { zh: '指标得分 80 + 执行率得分 10.00，总分填 100 → 应为 90.00', en: 'Indicators 80 + execution 10.00, total 100 → expected 90.00' },
        valid: { zh: '指标得分 73 + 执行率得分 6.86 = 总分 79.86', en: 'Indicators 73 + execution 6.86 = total 79.86' },
      },
    },
    messages: {
      totalNotSum: {
        zh: '“{{project}}”总分 {{stated}} 不等于各项得分之和 {{sum}}（执行率得分 {{exec}} + 其余 {{rest}}）',
        en: '"{{project}}": total {{stated}} is not the sum of scores {{sum}} (execution {{exec}} + others {{rest}})',
      },
      totalNotScores: {
        zh: '“{{project}}”总分 {{stated}} 不等于各项得分之和 {{sum}}',
        en: '"{{project}}": total {{stated}} is not the sum of the scores ({{sum}})',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      if (!t.total || t.total.value === null || !t.indicators.length) continue;
      const others: Cell[] = [...t.management.map((m) => m.score), ...t.indicators.map((i) => i.score)].filter((c): c is Cell => !!c && c.value !== null);
      const parts = t.execScore && t.execScore.value !== null ? [t.execScore, ...others] : others;
      const v = checkPoints(t.total, parts, ctx.tolerance);
      if (v.kind === 'equal') continue;
      const rest = others.reduce((a, c) => a.plus(c.value!), t.total.value.minus(t.total.value));
      // A table with no execution part (a 评分表) has no 执行率得分 to name, not a zero one.
      ctx.report({
        ...(t.hasExecution
          ? { messageId: 'totalNotSum' as const, data: { project: t.label, stated: v.actual, sum: v.expected, exec: t.execScore?.raw || '0', rest: rest.toFixed() } }
          : { messageId: 'totalNotScores' as const, data: { project: t.label, stated: v.actual, sum: v.expected } }),
        at: t.total.ref,
        related: t.execScore ? [{ label: '执行率得分', sheet: t.execScore.ref.sheet, cell: t.execScore.ref.cell, value: t.execScore.raw }] : [],
        uses: [t.total, ...parts],
        ...verdictFields(v),
      });
    }
  },
});
