/**
 * 政府采购 in the narrative: the total (政府采购金额 / 政府采购支出总额), the budget reserved for
 * 中小企业 (and 小微企业), and what 中小企业 won in the reserved projects and in the other projects.
 * The figures are read from the amount claims of one 政府采购 section (a heading naming 政府采购), or
 * of one paragraph when no such heading holds them; each part is taken only when its own words name
 * it (its subject, and the clause in front of it: 在其他政府采购项目中，由中小企业供应商中标或成交的),
 * and a part named twice with different figures is not taken at all. The checks on these parts
 * (PROCUREMENT_CHECKS) are made by the rule narrative/procurement-parts.
 */
import type { AmountClaim, Claim, ProcurementClaim, ProcurementPart, StatedAmount } from './claim-types';
import { reading } from '../ledger/evidence';

/** A figure the part may not exceed: the sum of `bound` (a '-' in front subtracts). */
export interface ProcurementCheck {
  part: ProcurementPart;
  bound: { part: ProcurementPart; sign: 1 | -1 }[];
}

/**
 * What the parts must satisfy. The projects reserved for 中小企业 and the other projects are
 * disjoint parts of the year's 政府采购, so what 中小企业 won in the other projects is at most the
 * total less what they won in the reserved ones (the reserved budget is a budget, not the contracts
 * signed, so it does not bound the other projects). What was won in reserved projects is at most
 * their reserved budget.
 */
export const PROCUREMENT_CHECKS: ProcurementCheck[] = [
  { part: 'awardedOther', bound: [{ part: 'total', sign: 1 }, { part: 'awardedReserved', sign: -1 }] },
  { part: 'awardedReserved', bound: [{ part: 'reserved', sign: 1 }] },
  { part: 'awardedSmallReserved', bound: [{ part: 'smallReserved', sign: 1 }] },
];

/** How each part is named, for readings and messages. */
export const PART_LABELS: Record<ProcurementPart, string> = {
  total: '政府采购金额',
  reserved: '面向中小企业预留项目预算金额',
  awardedReserved: '预留项目中由中小企业中标或成交的采购金额',
  smallReserved: '面向小微企业预留项目预算金额',
  awardedSmallReserved: '小微企业预留项目中由小微企业中标或成交的采购金额',
  awardedOther: '其他政府采购项目中由中小企业中标或成交的采购金额',
};

const strip = (s: string): string => s.replace(/[（(][^）)]*[）)]/g, '').replace(/\s+/g, '');
const WON = '由(中小|小微)企业(?:供应商)?中标(?:或|和|及)?成交的?';
const RESERVED = /面向(中小|小微)企业预留的?(?:政府采购)?项目(?:采购)?预算(?:金额|总额)?$/;
const AWARDED_RESERVED = new RegExp(`^在?面向(中小|小微)企业预留的?(?:政府采购)?项目中${WON}$`);
const AWARDED_OTHER = new RegExp(`^在?其他(?:政府采购)?项目中${WON}$`);

/** The part an amount claim states, by its own words; null when they name none. */
function partOf(c: AmountClaim): ProcurementPart | null {
  const subject = strip(c.subject);
  const q = strip(c.qualifier ?? '');
  if (/政府采购(?:支出)?(?:总额|总金额|金额)$/.test(subject) && !/中小|小微|预留|其他|货物|工程|服务/.test(subject + q)) return 'total';
  const r = RESERVED.exec(subject);
  if (r && !/其他/.test(subject)) return r[1] === '中小' ? 'reserved' : 'smallReserved';
  if (!/^(?:采购|合同|中标|成交)?金额$/.test(subject)) return null;
  const a = AWARDED_RESERVED.exec(q);
  // 由中小企业 in projects reserved for 中小企业, 由小微企业 in those reserved for 小微企业: anything else is another figure
  if (a) return a[1] !== a[2] ? null : a[1] === '中小' ? 'awardedReserved' : 'awardedSmallReserved';
  const o = AWARDED_OTHER.exec(q);
  return o && o[1] === '中小' ? 'awardedOther' : null;
}

function groupKey(c: Claim): string {
  const heading = c.section[c.section.length - 1] ?? '';
  return heading.includes('政府采购') ? `s|${c.ref.file}|${c.section.join('\u0000')}` : `p|${c.ref.file}|${c.ref.line ?? ''}`;
}

/** One procurement claim per 政府采购 section (or paragraph) that states two or more of its parts. */
export function procurementClaims(claims: Claim[], year?: string): ProcurementClaim[] {
  const groups = new Map<string, Map<ProcurementPart, AmountClaim[]>>();
  for (const c of claims) {
    if (c.type !== 'amount' || c.scope || c.amount.fromTable || c.amount.role === 'prior' || c.amount.wan.value === null) continue;
    if (year && c.year && c.year !== year) continue;
    const part = partOf(c);
    if (!part) continue;
    if (part !== 'reserved' && part !== 'smallReserved' && c.amount.role === 'budget') continue;
    const key = groupKey(c);
    const g = groups.get(key) ?? new Map<ProcurementPart, AmountClaim[]>();
    groups.set(key, g);
    const list = g.get(part) ?? [];
    g.set(part, list);
    if (!list.some((x) => x.amount === c.amount)) list.push(c);
  }
  const out: ProcurementClaim[] = [];
  for (const g of groups.values()) {
    const parts: ProcurementClaim['parts'] = {};
    let first: AmountClaim | undefined;
    for (const [part, list] of g) {
      // named twice: which figure is meant is not known, so neither is taken
      if (list.length !== 1 && !list.every((x) => x.amount.wan.value!.eq(list[0]!.amount.wan.value!) && x.amount.wan.decimals === list[0]!.amount.wan.decimals)) continue;
      const c = list[0]!;
      const words = [c.qualifier, c.subject].filter(Boolean).join('，');
      parts[part] = { amount: c.amount, ref: c.ref, reading: reading('binding', PART_LABELS[part], 'label', words) };
      if (!first || part === 'total') first = c;
    }
    if (!first || Object.keys(parts).length < 2) continue;
    out.push({ type: 'procurement', sentence: first.sentence, ref: first.ref, section: first.section, subject: '政府采购', parts });
  }
  return out;
}

/** The figures of a procurement claim that take part in a check (for coverage). */
export function procurementUsed(c: ProcurementClaim): StatedAmount[] {
  const used: StatedAmount[] = [];
  for (const check of PROCUREMENT_CHECKS) {
    const names = [check.part, ...check.bound.map((b) => b.part)];
    if (!names.every((n) => c.parts[n])) continue;
    for (const n of names) if (!used.includes(c.parts[n]!.amount)) used.push(c.parts[n]!.amount);
  }
  return used;
}
