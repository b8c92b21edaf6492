/**
 * Coverage of the narrative: a number-bearing sentence is understood when every number in it
 * belongs to a claim that can be checked — an amount bound to a ledger figure or taking part in a
 * list, share, completion or change; a change with its current figure; a count the ledger or the
 * sentence itself can check.
 */
import type { Claim, StatedAmount } from './claim-types';
import type { SentenceResult } from './parse';
import { amountKey, balancedTotals } from './figures';
import { procurementUsed } from './procurement';
import { sangongSums } from './sangong';

function usedAmounts(claims: Claim[]): Set<StatedAmount> {
  const used = new Set<StatedAmount>();
  const use = (a?: StatedAmount): void => {
    if (a) used.add(a);
  };
  // a figure stated twice under one identity is checked against itself (narrative/repeated-figure)
  const byKey = new Map<string, StatedAmount[]>();
  for (const c of claims) {
    if (c.type !== 'amount' || c.amount.binding) continue;
    const k = amountKey(c);
    if (!k) continue;
    const same = byKey.get(k);
    if (same) same.push(c.amount);
    else byKey.set(k, [c.amount]);
  }
  for (const list of byKey.values()) if (list.length > 1) list.forEach(use);
  // 收入总计 and 支出总计 both stated are checked against each other (narrative/totals-balance)
  for (const { income, expense } of balancedTotals(claims)) {
    use(income.amount);
    use(expense.amount);
  }
  // the 三公 total and its parts, stated apart, are checked against each other (narrative/sangong-parts)
  for (const s of sangongSums(claims)) [s.total, ...s.parts].forEach((c) => use(c.amount));
  for (const c of claims) {
    if (c.type === 'list') {
      use(c.total);
      c.items.forEach((it) => use(it.amount));
    } else if (c.type === 'share') {
      if (c.part && c.wholeAmount) {
        use(c.part);
        use(c.wholeAmount);
      }
    } else if (c.type === 'completion') {
      if (c.actual && c.budget) {
        use(c.actual);
        use(c.budget);
        use(c.otherBudget);
      }
    } else if (c.type === 'change') {
      if (c.delta || c.percent) use(c.current);
    } else if (c.type === 'procurement') {
      procurementUsed(c).forEach(use);
    }
  }
  return used;
}

const CHECKABLE_COUNTS = new Set(['projects', 'grade', 'batches', 'persons', 'groups', 'enumerated']);

export function understood(c: Claim, used: Set<StatedAmount>): boolean {
  switch (c.type) {
    case 'amount':
      // a figure of another scope (上年, 其中9个项目, 部门评价) that has no figure in these tables is understood: it binds to nothing
      return !!c.amount.binding || used.has(c.amount) || (!!c.scope && !!c.subject);
    case 'change':
      return !!c.current && (!!c.delta || !!c.percent || c.direction === 'flat');
    case 'share':
      return !!c.part && !!c.wholeAmount;
    case 'completion':
      return !!c.actual && !!c.budget;
    case 'list':
      return !!c.total && c.items.length > 0;
    case 'count':
      return CHECKABLE_COUNTS.has(c.what) || !!c.binding;
    case 'relation':
      return !!c.actual && !!c.budget;
    case 'procurement':
    case 'project-figure':
    case 'project-count':
    case 'grade-tally':
    case 'project-coverage':
    case 'grade-share':
      // built only where the project and the figure's meaning were read from printed words
      return true;
  }
}

export function coverage(results: SentenceResult[], claims: Claim[]): { sentencesWithNumbers: number; notUnderstood: SentenceResult[] } {
  const used = usedAmounts(claims);
  let n = 0;
  const not: SentenceResult[] = [];
  for (const r of results) {
    // a Chinese numeral is a figure only when it makes a claim (一个方面, 三项措施 are words)
    const figures = r.tokens.map((t, i) => ({ t, o: r.owners[i] })).filter((x) => !x.t.chinese || x.o);
    if (!figures.length) continue;
    n++;
    if (!figures.every((x) => x.o && understood(x.o, used))) not.push(r);
  }
  return { sentencesWithNumbers: n, notUnderstood: not };
}
