/**
 * @fileoverview narrative/completion — “完成年初预算的Z%” / “预算执行率Z%” equals 决算 / 预算, with
 * the budget stated in the sentence or taken from the table (三公 全年预算数).
 */
import { createRule } from '../../src/engine/rule';
import { checkRatio, verdictFields } from '../../src/ledger/check';
import { relatedAmount, says } from '../../src/narrative/arith';
import { claimsOf, usesOf } from './util';

export default createRule<'completionMismatch' | 'zeroBudget'>({
  meta: {
    id: 'narrative/completion',
    family: 'narrative',
    description: { zh: '完成预算的百分比应等于决算数除以预算数', en: 'A completion rate equals actual / budget' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '“年初预算532.17万元，支出决算448.64万元，完成年初预算的84.30%”三个数互相约束；“完成年初预算的”取年初预算数，“完成全年预算的”取全年预算数；预算数未写出时取表中预算数（如三公经费全年预算数）。按四舍五入区间比较。所说的预算数为0时不存在完成率，报错并给出按另一预算数计算的比率。',
        en: '“年初预算532.17万元，支出决算448.64万元，完成年初预算的84.30%”: three figures bound together; 完成年初预算的 takes the 年初 budget, 完成全年预算的 the 全年 one; when the budget is not written, the table’s budget column is used. Compared with rounding intervals. A budget of 0 has no completion rate: an error, naming the rate against the other budget.',
      },
      examples: {
        invalid: { zh: '年初预算30.01，决算27.44，“完成年初预算的94.41%” → 应为91.44%', en: 'budget 30.01, actual 27.44, “94.41%” → 91.44%' },
        valid: { zh: '年初预算8.34，决算7.76，“完成年初预算的93.05%”', en: 'budget 8.34, actual 7.76, “93.05%”' },
      },
    },
    messages: {
      zeroBudget: {
        zh: '“{{subject}}”{{named}}为{{budget}}，不能“完成{{named}}的{{stated}}”{{other}}',
        en: '{{subject}}: the {{named}} is {{budget}}, so “{{stated}} of {{named}}” cannot be{{other}}',
      },
      completionMismatch: {
        zh: '“{{subject}}”完成预算的{{stated}}%与{{actual}}÷{{budget}}={{expected}}%不符',
        en: '{{subject}}: stated completion {{stated}}%, but {{actual}} / {{budget}} = {{expected}}%',
      },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'completion')) {
      if (!c.actual || !c.budget) continue;
      if (c.budget.wan.value?.isZero() && c.percent.value && !c.percent.value.isZero()) {
        // 完成年初预算的95.89% of a 年初预算 of 0: no rate of nothing; the other budget says which was meant
        ctx.checked();
        const alt = c.otherBudget && checkRatio(c.percent, c.actual.wan, c.otherBudget.wan, { tolerance: ctx.tolerance });
        const named = c.budgetKind === 'initial' ? '年初预算' : c.budgetKind === 'full' ? '全年预算' : '预算';
        ctx.report({
          messageId: 'zeroBudget',
          data: { subject: c.subject, named, budget: says(c.budget), stated: c.percent.raw, other: alt ? `；按${c.budgetKind === 'initial' ? '全年' : '年初'}预算${says(c.otherBudget!)}计为${alt.expected}%` : '' },
          at: c.ref,
          related: [...relatedAmount(c.actual, '决算'), ...relatedAmount(c.budget, '预算'), ...relatedAmount(c.otherBudget, '预算')],
          uses: usesOf(c.actual, c.budget),
          actual: c.percent.value.toFixed(c.percent.decimals),
          ...(alt ? { expected: alt.expected } : {}),
          source: 'narrative',
        });
        continue;
      }
      const v = checkRatio(c.percent, c.actual.wan, c.budget.wan, { tolerance: ctx.tolerance });
      if (!v) continue;
      ctx.checked();
      if (v.kind === 'equal') continue;
      ctx.report({
        messageId: 'completionMismatch',
        data: { subject: c.subject, stated: v.actual, actual: says(c.actual), budget: says(c.budget), expected: v.expected },
        at: c.ref,
        related: [...relatedAmount(c.actual, '决算'), ...relatedAmount(c.budget, '预算')],
        uses: usesOf(c.actual, c.budget),
        ...verdictFields(v),
        source: 'narrative',
      });
    }
  },
});
