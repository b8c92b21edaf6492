/**
 * @fileoverview narrative/actual-vs-budget — “决算数小于预算数的主要原因…” (per 项 in 五（三）) agrees with
 * the figures it speaks of: the paragraph's 支出决算 (the table's figure when the subject is bound to
 * it) against its 年初 / 全年预算.
 */
import type Decimal from 'decimal.js';
import { createRule } from '../../src/engine/rule';
import { intervalOfCell, relatedAmount, says, wanNumber } from '../../src/narrative/arith';
import type { StatedAmount } from '../../src/narrative/claim-types';
import { claimsOf, readingUse, usesOf } from './util';

type Relation = 'less' | 'greater' | 'equal';

const SIGN: Record<Relation, string> = { less: '<', greater: '>', equal: '=' };

/** The 决算 figure: the bound table cell when there is one (the table is what the words describe). */
function actualOf(a: StatedAmount): StatedAmount {
  return a.binding && !a.fromTable ? { ...a, wan: a.binding.cell, fromTable: true } : a;
}

/** Whether the relation can hold for some values within the printed figures' rounding intervals; whether it holds as printed. */
function verdict(rel: Relation, actual: StatedAmount, budget: StatedAmount): { possible: boolean; asPrinted: boolean } {
  const a = intervalOfCell(actual.wan);
  const b = intervalOfCell(budget.wan);
  const av = actual.wan.value as Decimal;
  const bv = budget.wan.value as Decimal;
  if (rel === 'less') return { possible: a.lo.lt(b.hi), asPrinted: av.lt(bv) };
  if (rel === 'greater') return { possible: a.hi.gt(b.lo), asPrinted: av.gt(bv) };
  return { possible: a.lo.lte(b.hi) && b.lo.lte(a.hi), asPrinted: av.eq(bv) };
}

function truth(actual: StatedAmount, budget: StatedAmount): Relation {
  const c = (actual.wan.value as Decimal).comparedTo(budget.wan.value as Decimal);
  return c < 0 ? 'less' : c > 0 ? 'greater' : 'equal';
}

export default createRule<'relationWrong'>({
  meta: {
    id: 'narrative/actual-vs-budget',
    family: 'narrative',
    description: { zh: '“决算数大于/小于/等于预算数”应与所说的决算数、预算数相符', en: '“决算数小于预算数” agrees with the figures it speaks of' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '上海等地的模板在一般公共预算财政拨款支出决算具体情况中逐项写“年初预算为X万元，支出决算为Y万元……决算数小于预算数的主要原因：……”。改了数字而沿用旧的原因说明时，“小于”“大于”就与数字相反。规则取同段的支出决算（主语已绑定到表中时取表中数）和所说的预算数（写明年初或全年的取该数；只写“预算数”而段中两种预算数不同时只作警告），按四舍五入区间判断：数字怎样舍入都不可能成立才报错；只因舍入而成立存疑的报尾差。',
        en: 'Templates such as 上海’s state per 项 “年初预算为X，支出决算为Y … 决算数小于预算数的主要原因：…”. When the figures change but the explanation stays, “below” or “above” contradicts them. The rule takes the paragraph’s 支出决算 (the table’s figure when the subject is bound) and the budget named (年初 or 全年; a bare 预算数 where the paragraph states two different budgets only warns), and judges with rounding intervals: an error only when no rounding can make the statement true, a tail when only rounding does.',
      },
      examples: {
        invalid: { zh: '“年初预算为52.00万元，支出决算为53.10万元。决算数小于预算数的主要原因：……”', en: 'budget 52.00, actual 53.10, “决算数小于预算数”' },
        valid: { zh: '“年初预算为52.00万元，支出决算为51.32万元。决算数小于预算数的主要原因：……”', en: 'budget 52.00, actual 51.32, “决算数小于预算数”' },
      },
    },
    messages: {
      relationWrong: {
        zh: '说明称“{{word}}”，但决算数{{actual}} {{truth}} 预算数{{budget}}',
        en: 'The narrative says “{{word}}”, but actual {{actual}} {{truth}} budget {{budget}}',
      },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'relation')) {
      if (!c.actual || !c.budget || c.actual.wan.value === null || c.budget.wan.value === null) continue;
      ctx.checked();
      const actual = actualOf(c.actual);
      const v = verdict(c.relation, actual, c.budget);
      if (v.asPrinted) continue;
      const t = truth(actual, c.budget);
      ctx.report({
        messageId: 'relationWrong',
        data: { word: c.word, actual: says(actual), budget: says(c.budget), truth: SIGN[t] },
        at: c.ref,
        related: [...relatedAmount(actual, '决算数'), ...relatedAmount(c.budget, '预算数')],
        uses: [...usesOf(actual, c.budget), ...readingUse(c.budget.wan, '预算数', c.budgetReading)],
        actual: wanNumber(actual.wan.value!, actual.wan.decimals),
        expected: wanNumber(c.budget.wan.value!, c.budget.wan.decimals),
        source: 'narrative',
        ...(v.possible ? { tail: true } : {}),
      });
    }
  },
});
