/**
 * What must stay the same under a layout-only transformation: the findings as a multiset of
 * (rule, severity, actual, expected, table title, row/subject label) — locations aside — and the
 * coverage (tables recognised by kind, self-evaluations, claims checked, sentences with numbers).
 */
import Decimal from 'decimal.js';
import type { LintMessage, LintResult } from '../../src/index';

export function findingKey(m: LintMessage): string {
  const label = m.data?.row ?? m.data?.subject ?? '';
  return [m.ruleId, m.severity, m.tail ? `tail of ${m.tailOf}` : '', m.actual ?? '', m.expected ?? '', m.table ?? '', label].join(' | ');
}

export function coverageOf(r: LintResult): Record<string, unknown> {
  const kinds = r.coverage.tables.map((t) => t.kind).sort();
  return { tables: kinds, evaluations: r.coverage.evaluations, claimsChecked: r.coverage.claimsChecked, sentencesWithNumbers: r.coverage.sentencesWithNumbers };
}

/** Keys present in `a` more often than in `b`. */
export function missing(a: string[], b: string[]): string[] {
  const count = new Map<string, number>();
  for (const k of b) count.set(k, (count.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of a) {
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

export interface Difference {
  lost: string[];
  gained: string[];
  /** Coverage that changed, as base → now (tables: kinds lost and gained). */
  coverage?: Record<string, unknown>;
}

export function difference(baseKeys: string[], nowKeys: string[], base: LintResult, now: LintResult): Difference {
  const a = coverageOf(base);
  const b = coverageOf(now);
  const changed: Record<string, unknown> = {};
  const ta = a.tables as string[];
  const tb = b.tables as string[];
  if (JSON.stringify(ta) !== JSON.stringify(tb)) changed.tables = { lost: missing(ta, tb), gained: missing(tb, ta) };
  for (const k of ['evaluations', 'claimsChecked', 'sentencesWithNumbers']) if (a[k] !== b[k]) changed[k] = `${a[k]} → ${b[k]}`;
  return { lost: missing(baseKeys, nowKeys), gained: missing(nowKeys, baseKeys), ...(Object.keys(changed).length ? { coverage: changed } : {}) };
}

export const sameKeys = (r: LintResult): string[] => r.messages.map(findingKey).sort();

/**
 * Tables restated in 元 with the narrative left in 万元.
 * - Narrative findings (source narrative: narrative↔table and narrative↔narrative) must be the
 *   same, with the same figures in the narrative's unit; one against a restated cell may be a tail in
 *   万元 and an error in 元 (see below), nothing else may change.
 * - Table findings of the sheets restated in 元 are compared as (rule that made the check — tailOf
 *   for a tail —, table title, row label, actual ×10⁴, expected ×10⁴). Severity and tail-ness are
 *   not compared: a tail at 万元 precision (0.01 万元) is a real 100 元 difference at 元 precision,
 *   so it may become an error.
 * - Table findings of other sheets (self-evaluations without a 万元 unit line) compare as usual.
 */
export function yuanKeys(r: LintResult, scaledSheets: Set<string>, scale: boolean): string[] {
  return r.messages
    .map((m) => {
      // A narrative figure within rounding of a 万元 cell (236.63 for 236.64: a tail) is a real error
      // against the same cell printed exactly in 元 (2366400 rounds to 236.64, never 236.63): the same
      // check on the same figures, tail or error. Intervals only shrink in 元, so no error turns tail.
      if (m.source === 'narrative' && m.related?.some((x) => x.sheet !== undefined && scaledSheets.has(x.sheet)) && (m.tail || m.severity === 2)) {
        return ['text↔元', m.tail ? m.tailOf : m.ruleId, m.actual ?? '', m.expected ?? '', m.data?.subject ?? ''].join(' | ');
      }
      if (m.source === 'narrative' || !m.sheet || !scaledSheets.has(m.sheet)) return findingKey(m);
      const times = (v: string | undefined): string => (v === undefined || !scale || !/^-?\d+(\.\d+)?$/.test(v) ? v ?? '' : new Decimal(v).times(10000).toFixed());
      const plain = (v: string | undefined): string => (v === undefined || !/^-?\d+(\.\d+)?$/.test(v) ? v ?? '' : new Decimal(v).toFixed());
      return ['元', m.tail ? m.tailOf : m.ruleId, plain(times(m.actual)), plain(times(m.expected)), m.table ?? '', m.data?.row ?? m.data?.subject ?? ''].join(' | ');
    })
    .sort();
}
