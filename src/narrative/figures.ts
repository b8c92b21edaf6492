/**
 * When two figures of the narrative are the same figure: the same subject printed in front of it
 * (not inherited), the same role (决算 / 年初预算 / 全年预算), the same year and scope, and the same
 * qualifying words in its clause — 面向中小企业的采购金额 is not 其他项目的采购金额, 外宾接待人次 is
 * not 接待人次. Used by narrative/repeated-figure, and by coverage (a figure stated twice is checked).
 */
import type { AmountClaim, ChangeClaim, Claim, CountClaim } from './claim-types';
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

/**
 * Which side of a balanced pair a claim states (决算 / 预算: 收入总计 = 支出总计, 财政拨款 alike): the
 * side and a key of the words in front (财政拨款), the scope and the year — two claims of one key and
 * opposite sides must agree (narrative/totals-balance). Null for any other subject.
 */
export function balanceSide(c: AmountClaim | ChangeClaim): { side: '收入' | '支出'; key: string } | null {
  const m = /^(.*?)(收入|支出)总计$/.exec(c.subject);
  if (!m) return null;
  const year = c.type === 'amount' ? c.year ?? '' : '';
  return { side: m[2] as '收入' | '支出', key: `${normName(m[1])}|${c.scope ? scopeKey(c.scope) : ''}|${year}` };
}

/** The stated 决算 totals of the narrative that have their other side stated too, by key. */
export function balancedTotals(claims: Claim[]): { income: AmountClaim; expense: AmountClaim }[] {
  const first = new Map<string, { income?: AmountClaim; expense?: AmountClaim }>();
  for (const c of claims) {
    if (c.type !== 'amount' || (c.amount.role ?? 'actual') !== 'actual' || c.amount.fromTable || c.inherited) continue;
    const b = balanceSide(c);
    if (!b) continue;
    const slot = first.get(b.key) ?? {};
    if (b.side === '收入') slot.income ??= c;
    else slot.expense ??= c;
    first.set(b.key, slot);
  }
  const out: { income: AmountClaim; expense: AmountClaim }[] = [];
  for (const { income, expense } of first.values()) if (income && expense && income.amount.stated !== expense.amount.stated) out.push({ income, expense });
  return out;
}
