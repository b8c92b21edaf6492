/**
 * @fileoverview perf/weight-total — Σ分值 (execution points + 资金管理 + indicators) = 100, the 总分
 * under the 分值 column equals that sum, and each block equals the weight in its label (产出指标（50分）).
 */
import { verdictFields } from '../../src/ledger/check';
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkPoints } from './utils/points';
import { D } from '../../src/ledger/decimal';
import { constantCell, execWeightOf, related, scoredTables } from './utils/scored';

export default createRule<'weightsNot100' | 'scoresNot100' | 'totalWeightNotSum' | 'blockMismatch'>({
  meta: {
    id: 'perf/weight-total',
    family: 'perf',
    description: { zh: '分值合计应为 100，各部分分值应等于其标明的分数', en: 'Weights must total 100 and each block its stated points' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    defaultOptions: { execWeight: '10', total: '100' },
    docs: {
      rationale: {
        zh: '自评表满分 100 分：预算执行率 10 分，（模板二）资金管理情况 20 分，绩效指标 90 或 70 分。分值合计不足 100 多因漏行（PDF 转换常见），总分随之失真。',
        en: 'A self-evaluation is out of 100: execution 10, (template b) fund management 20, indicators 90 or 70. Weights short of 100 usually mean a lost row (common after PDF conversion), and the total is then wrong.',
      },
      examples: {
        invalid: { zh: '12 项指标分值合计 80 + 执行率 10 = 90，总分按 100 计', en: '12 indicators weigh 80 + execution 10 = 90, scored out of 100' },
        valid: { zh: '指标分值 90 + 执行率 10 = 100', en: 'Indicators 90 + execution 10 = 100' },
      },
    },
    messages: {
      weightsNot100: {
        zh: '“{{project}}”分值合计为 {{sum}}（执行率 {{exec}} + 其余 {{rest}}），应为 {{total}}',
        en: '"{{project}}": weights add up to {{sum}} (execution {{exec}} + others {{rest}}), not {{total}}',
      },
      scoresNot100: {
        zh: '“{{project}}”分值合计为 {{sum}}，应为 {{total}}',
        en: '"{{project}}": weights add up to {{sum}}, not {{total}}',
      },
      totalWeightNotSum: {
        zh: '“{{project}}”总分栏分值 {{stated}} 不等于各项分值之和 {{sum}}',
        en: '"{{project}}": total weight {{stated}} is not the sum of the weights ({{sum}})',
      },
      blockMismatch: {
        zh: '“{{project}}”{{block}}标明 {{stated}} 分，所列分值合计 {{sum}}',
        en: '"{{project}}": {{block}} states {{stated}} points but its weights add up to {{sum}}',
      },
    },
  },
  check(doc, ctx) {
    const nominal = String(ctx.options.total ?? '100');
    for (const t of scoredTables(doc)) {
      if (!t.indicators.length) continue;
      // A table with no execution part (a 评分表) weighs its indicators alone.
      const exec = t.hasExecution ? execWeightOf(t, String(ctx.options.execWeight ?? '10')) : null;
      const others: Cell[] = [...t.management.map((m) => m.weight), ...t.indicators.map((i) => i.weight)].filter((c): c is Cell => !!c && c.value !== null);
      const parts: Cell[] = exec ? [exec, ...others] : others;
      const rest = others.reduce((a, c) => a.plus(c.value!), new D(0));
      const sum = exec ? rest.plus(exec.value!) : rest;
      const not100: { messageId: 'weightsNot100' | 'scoresNot100'; data: Record<string, string> } = exec
        ? { messageId: 'weightsNot100', data: { project: t.label, sum: sum.toFixed(), exec: exec.value!.toFixed(), rest: rest.toFixed(), total: nominal } }
        : { messageId: 'scoresNot100', data: { project: t.label, sum: sum.toFixed(), total: nominal } };
      if (t.totalWeight && t.totalWeight.value !== null) {
        const v = checkPoints(t.totalWeight, parts, ctx.tolerance);
        if (v.kind !== 'equal') {
          ctx.report({ messageId: 'totalWeightNotSum', data: { project: t.label, stated: v.actual, sum: v.expected }, at: t.totalWeight.ref, uses: [t.totalWeight, ...parts], ...verdictFields(v) });
        } else if (!sum.eq(nominal)) {
          ctx.report({ ...not100, at: t.totalWeight.ref, uses: [t.totalWeight, ...parts], actual: sum.toFixed(), expected: nominal });
        }
      } else if (!sum.eq(nominal)) {
        // Template (a) prints no total weight: the table is scored out of 100 by construction.
        ctx.report({ ...not100, at: t.total?.ref ?? t.anchor, related: related('总分', t.total), uses: parts, actual: nominal, expected: sum.toFixed() });
      }
      for (const b of t.blocks) {
        const cells = b.weights.filter((c): c is Cell => !!c && c.value !== null);
        const v = checkPoints(b.statedWeight, cells.length ? cells : [constantCell('0', b.ref)], ctx.tolerance);
        if (v.kind === 'equal') continue;
        ctx.report({ messageId: 'blockMismatch', data: { project: t.label, block: b.name, stated: v.actual, sum: v.expected }, at: b.ref, uses: [b.statedWeight, ...cells], actual: v.actual, expected: v.expected });
      }
    }
  },
});
