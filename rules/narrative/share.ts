/**
 * @fileoverview narrative/share — a stated 占比 equals part / whole (“基本支出278.49万元，占比
 * 55.37%” with 支出合计 502.98), the whole being the one named (占本年支出合计的) or the list total.
 */
import { createRule } from '../../src/engine/rule';
import { checkRatio, verdictFields } from '../../src/ledger/check';
import { relatedAmount, says } from '../../src/narrative/arith';
import { claimsOf, usesOf } from './util';

export default createRule<'shareMismatch'>({
  meta: {
    id: 'narrative/share',
    family: 'narrative',
    description: { zh: '占比应等于部分除以整体', en: 'A stated share equals part / whole' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '“占比X%”“占…的X%”常在改了金额后忘记重算。规则用句中金额（或其绑定的表中数）除以所指整体（句中点名的合计，或所在“其中”列表的合计），按区间比较：所述百分比 10.44% 代表 [10.435, 10.445]。',
        en: 'Shares are often left stale after an amount changes. The rule divides the part by the named whole (or the enclosing list total) with rounding intervals: a stated 10.44% stands for [10.435, 10.445].',
      },
      examples: {
        invalid: { zh: '“基本支出278.49万元，占比56.37%”，合计502.98 → 应为55.37%', en: '“基本支出278.49万元，占比56.37%” of 502.98 → 55.37%' },
        valid: { zh: '“项目支出224.50万元，占比44.63%”', en: '“项目支出224.50万元，占比44.63%”' },
      },
    },
    messages: {
      shareMismatch: {
        zh: '“{{subject}}”占比{{stated}}%与{{part}}÷{{whole}}={{expected}}%不符',
        en: 'Share of {{subject}} is stated as {{stated}}%, but {{part}} / {{whole}} = {{expected}}%',
      },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'share')) {
      if (!c.part || !c.wholeAmount || c.part === c.wholeAmount) continue;
      const v = checkRatio(c.percent, c.part.wan, c.wholeAmount.wan, { tolerance: ctx.tolerance });
      if (!v) continue;
      ctx.checked();
      if (v.kind === 'equal') continue;
      ctx.report({
        messageId: 'shareMismatch',
        data: { subject: c.subject, stated: v.actual, part: says(c.part), whole: says(c.wholeAmount), expected: v.expected },
        at: c.ref,
        related: [...relatedAmount(c.part, c.subject), ...relatedAmount(c.wholeAmount, c.whole ?? '')],
        uses: usesOf(c.part, c.wholeAmount),
        ...verdictFields(v),
        source: 'narrative',
      });
    }
  },
});
