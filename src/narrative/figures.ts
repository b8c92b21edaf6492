/**
 * When two figures of the narrative are the same figure: the same subject printed in front of it
 * (not inherited), the same role (决算 / 年初预算 / 全年预算), the same year and scope, and the same
 * qualifying words in its clause — 面向中小企业的采购金额 is not 其他项目的采购金额, 外宾接待人次 is
 * not 接待人次. Used by narrative/repeated-figure, and by coverage (a figure stated twice is checked).
 */
import type { AmountClaim, CountClaim } from './claim-types';
import { normName } from './subjects';
import { scopeKey } from './scope';

/** The identity of an amount the narrative states, or null when it has none of its own. */
export function amountKey(c: AmountClaim): string | null {
  const a = c.amount;
  const n = normName(c.subject);
  if (c.inherited || a.fromTable || !n || n.length < 3) return null;
  const year = c.year ?? '';
  return `amount|${n}|${a.role ?? 'actual'}|${a.budgetKind ?? ''}|${year}|${c.scope ? scopeKey(c.scope) : ''}|${c.qualifier ?? ''}`;
}

export const REPEATED_COUNTS = new Set(['batches', 'persons', 'groups']);

export function countKey(c: CountClaim): string | null {
  if (!REPEATED_COUNTS.has(c.what)) return null;
  const n = normName(c.subject).replace(/支出(?=·|$)/, '');
  return n ? `count|${c.what}|${n}|${c.scope ? scopeKey(c.scope) : ''}` : null;
}
