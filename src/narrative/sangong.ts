/**
 * The 三公 figures the narrative states, grouped so their template identity can be checked without a
 * table: 三公经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及运行费 =
 * 购置费 + 运行费. A group is one section, one role (决算 / 预算), one budget kind and one scope; in it
 * each part must be stated once (two different figures for one part: no group — repeated-figure's case).
 */
import type { AmountClaim, Claim } from './claim-types';
import { normName } from './subjects';
import { scopeKey } from './scope';

export type SangongPart = 'total' | 'abroad' | 'car' | 'carBuy' | 'carRun' | 'reception';

const TAIL = '(?:支出)?(?:决算)?(?:数|额|总额|合计)?$';
const NAMES: [SangongPart, RegExp][] = [
  ['total', new RegExp(`^(?:一般公共预算)?(?:财政拨款)?(?:安排的)?三公经费(?:财政拨款)?${TAIL}`)],
  ['abroad', new RegExp(`^因公出国\\(境\\)(?:经费|费用?)${TAIL}`)],
  ['car', new RegExp(`^公务用车购置及运行(?:维护)?(?:经费|费用?)${TAIL}`)],
  ['carBuy', new RegExp(`^公务用车购置(?:经费|费用?)?${TAIL}`)],
  ['carRun', new RegExp(`^公务用车运行(?:维护)?(?:经费|费用?)?${TAIL}`)],
  ['reception', new RegExp(`^(?:国内)?公务接待(?:经费|费用?)?${TAIL}`)],
];

export function sangongPart(subject: string): SangongPart | undefined {
  const n = normName(subject);
  return NAMES.find(([, re]) => re.test(n))?.[0];
}

export interface SangongSum {
  total: AmountClaim;
  parts: AmountClaim[];
  /** 'sangong': the three kinds; 'car': purchase + running. */
  of: 'sangong' | 'car';
}

/** The complete 三公 sums the narrative states (total and every part), figures of the narrative only. */
export function sangongSums(claims: Claim[]): SangongSum[] {
  const groups = new Map<string, Map<SangongPart, AmountClaim | null>>();
  for (const c of claims) {
    if (c.type !== 'amount' || c.inherited || c.amount.fromTable || c.amount.binding || c.amount.wan.value === null) continue;
    const part = sangongPart(c.subject);
    if (!part) continue;
    // a qualifier naming another body's figures (下属单位的…) makes another group; "…“三公”经费支出决算中，" does not
    const other = c.qualifier && /下属|所属|本级|二级/.test(c.qualifier) ? c.qualifier : '';
    const key = [c.section.join('/'), c.amount.role ?? 'actual', c.amount.budgetKind ?? '', c.scope ? scopeKey(c.scope) : '', other].join('|');
    const g = groups.get(key) ?? new Map<SangongPart, AmountClaim | null>();
    const had = g.get(part);
    // the same part twice with another figure: which one the sum meant cannot be told
    if (had === undefined) g.set(part, c);
    else if (had && !had.amount.wan.value!.eq(c.amount.wan.value!)) g.set(part, null);
    groups.set(key, g);
  }
  const out: SangongSum[] = [];
  for (const g of groups.values()) {
    const get = (p: SangongPart) => g.get(p) ?? undefined;
    const total = get('total');
    const car = get('car');
    const abroad = get('abroad');
    const reception = get('reception');
    if (total && abroad && car && reception) out.push({ total, parts: [abroad, car, reception], of: 'sangong' });
    const buy = get('carBuy');
    const run = get('carRun');
    if (car && buy && run) out.push({ total: car, parts: [buy, run], of: 'car' });
  }
  return out;
}
