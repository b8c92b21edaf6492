/**
 * Rounding intervals (XBRL Calculations 1.1, round-to-nearest): a printed value v with d decimals
 * stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. Sums add intervals; ratios take the extreme corners.
 */
import type Decimal from 'decimal.js';
import { D } from './decimal';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

const HALF_ULPS = new Map<number, Decimal>();

/** ½·10⁻ᵈ, memoised: it is needed for every cell of every check. */
export function halfUlp(decimals: number): Decimal {
  let h = HALF_ULPS.get(decimals);
  if (!h) {
    h = new D(10).pow(-decimals).div(2);
    HALF_ULPS.set(decimals, h);
  }
  return h;
}

export function ofPrinted(value: Decimal, decimals: number, widen?: Decimal): Interval {
  // No widening (the default tolerance 0) needs no addition: ½·10⁻ᵈ + 0 is ½·10⁻ᵈ.
  const h = widen === undefined || widen.isZero() ? halfUlp(decimals) : halfUlp(decimals).plus(widen);
  return { lo: value.minus(h), hi: value.plus(h) };
}

export function exact(value: Decimal): Interval {
  return { lo: value, hi: value };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

const ZERO = new D(0);

export function sum(list: Interval[]): Interval {
  return list.reduce(add, exact(ZERO));
}

export function scale(a: Interval, k: Decimal): Interval {
  const x = a.lo.times(k);
  const y = a.hi.times(k);
  return x.lte(y) ? { lo: x, hi: y } : { lo: y, hi: x };
}

/** a / b; null when b's interval contains zero (the ratio is unbounded). */
export function ratio(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  const corners = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  let lo = corners[0];
  let hi = corners[0];
  for (const c of corners) {
    if (c.lt(lo)) lo = c;
    if (c.gt(hi)) hi = c;
  }
  return { lo, hi };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function contains(a: Interval, v: Decimal): boolean {
  return a.lo.lte(v) && v.lte(a.hi);
}
