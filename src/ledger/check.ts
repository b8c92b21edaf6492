/**
 * The three verdicts of the rounding model (DESIGN §3), shared by every arithmetic rule:
 *   difference 0 → equal; intervals overlap → tail (warning); no overlap → error.
 */
import type Decimal from 'decimal.js';
import type { Cell } from '../types';
import { D, fmt } from './decimal';
import { Interval, ofPrinted, overlaps, ratio, sum, exact, scale } from './interval';

export type VerdictKind = 'equal' | 'tail' | 'error';

export interface Verdict {
  kind: VerdictKind;
  /** The stated figure, as printed (plain decimal string). */
  actual: string;
  /** What the parts compute to, at the precision that can be compared. */
  expected: string;
  /** The stated figure is the computed one cut off rather than rounded (9.7363 printed 9.73). */
  truncated?: boolean;
  difference: Decimal;
}

export interface CheckOptions {
  /** Extra absolute tolerance added to every interval (config `tolerance`, 0 by default). */
  tolerance?: Decimal;
  /**
   * Treat a stated figure that is the computed one cut off (97.369 → 97.36) as a tail. On by
   * default for computed ratios and scores; off for sums and quoted figures, where 9.9 for 9.99
   * is a wrong figure, not a rounding mode.
   */
  truncationIsTail?: boolean;
}

const ZERO = new D(0);

export function valueOf(cell: Cell | null | undefined): Decimal {
  return cell?.value ?? ZERO;
}

export function intervalOf(cell: Cell | null | undefined, opts: CheckOptions = {}): Interval {
  if (!cell || cell.value === null) return exact(ZERO);
  return ofPrinted(cell.value, cell.decimals, opts.tolerance);
}

export function isBlank(cell: Cell | null | undefined): boolean {
  return !cell || cell.value === null;
}

/**
 * The verdict on a stated figure against a computed point. `computed` (the parts' interval) is
 * asked for only when the figures differ beyond the printed precision: most checks are equal and
 * never need interval arithmetic.
 */
export function verdict(stated: Cell | null | undefined, point: Decimal, computed: () => Interval, precision: number, opts: CheckOptions): Verdict {
  const statedValue = valueOf(stated);
  const d = stated && stated.value !== null ? stated.decimals : precision;
  const actual = fmt(statedValue, d);
  const difference = statedValue.minus(point);
  // The same number prints the same: most checks end here with one formatting.
  if (difference.isZero()) return { kind: 'equal', actual, expected: actual, difference };
  const expectedAtD = fmt(point, d);
  if (expectedAtD === actual) return { kind: 'equal', actual, expected: expectedAtD, difference };
  const places = Math.max(d, precision);
  const expected = places === d ? expectedAtD : fmt(point, places);
  // Cut off rather than rounded (97.369 printed 97.36): a rounding-mode slip, reported as a tail.
  if (opts.truncationIsTail && point.toDecimalPlaces(d, D.ROUND_DOWN).eq(statedValue)) return { kind: 'tail', actual, expected, truncated: true, difference };
  const statedInterval = stated && stated.value !== null ? ofPrinted(statedValue, d, opts.tolerance) : exact(ZERO);
  if (overlaps(statedInterval, computed())) return { kind: 'tail', actual, expected, truncated: point.toDecimalPlaces(d, D.ROUND_DOWN).eq(statedValue), difference };
  return { kind: 'error', actual, expected, difference };
}

const MINUS_ONE = new D(-1);
const HUNDRED = new D(100);

/** total = Σ parts (parts may carry a sign: pass { cell, sign: -1 } for subtraction). */
export function checkSum(total: Cell | null | undefined, parts: (Cell | null | undefined | { cell: Cell | null | undefined; sign: 1 | -1 })[], opts: CheckOptions = {}): Verdict {
  let point = ZERO;
  const counted: { cell: Cell; sign: 1 | -1 }[] = [];
  let precision = 0;
  for (const p of parts) {
    const { cell, sign } = p && 'sign' in p ? p : { cell: p as Cell | null | undefined, sign: 1 as const };
    if (!cell || cell.value === null) continue;
    point = sign === 1 ? point.plus(cell.value) : point.minus(cell.value);
    counted.push({ cell, sign });
    precision = Math.max(precision, cell.decimals);
  }
  const computed = (): Interval => sum(counted.map(({ cell, sign }) => (sign === 1 ? intervalOf(cell, opts) : scale(intervalOf(cell, opts), MINUS_ONE))));
  return verdict(total, point, computed, precision, opts);
}

/** Two printed figures of the same quantity (a narrative amount and its table cell). */
export function checkSame(stated: Cell | null | undefined, reference: Cell | null | undefined, opts: CheckOptions = {}): Verdict {
  return checkSum(stated, [reference], opts);
}

/**
 * stated (a percentage in percent units) = numerator / denominator × 100.
 * Returns null when the denominator is zero or blank (the ratio is undefined).
 */
export function checkRatio(stated: Cell | null | undefined, numerator: Cell | null | undefined, denominator: Cell | null | undefined, opts: CheckOptions & { factor?: number } = {}): Verdict | null {
  const den = valueOf(denominator);
  if (den.isZero()) return null;
  const factor = opts.factor === undefined || opts.factor === 100 ? HUNDRED : new D(opts.factor);
  const point = valueOf(numerator).div(den).times(factor);
  const computed = (): Interval => {
    const iv = ratio(intervalOf(numerator, opts), intervalOf(denominator, opts));
    return iv ? scale(iv, factor) : { lo: new D(-Infinity), hi: new D(Infinity) };
  };
  const d = stated && stated.value !== null ? stated.decimals : 2;
  return verdict(stated, point, computed, d, { truncationIsTail: true, ...opts });
}

/** What a report carries from a verdict: the stated and computed figures, and the tail flags. */
export function verdictFields(v: Verdict): { actual: string; expected: string; tail?: true; truncated?: boolean } {
  return { actual: v.actual, expected: v.expected, ...(v.kind === 'tail' ? { tail: true as const, truncated: v.truncated === true } : {}) };
}
