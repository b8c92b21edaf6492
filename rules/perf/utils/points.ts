/**
 * Sums of points (分值, 得分). Points printed as integers are assigned, not measured: they carry no
 * rounding interval. Points with decimals (an execution score 9.83, a total 79.86) are rounded
 * computations and keep theirs. The stated total keeps its printed interval (100 may round 99.99).
 */
import type Decimal from 'decimal.js';
import type { Cell } from '../../../src/types';
import type { Verdict } from '../../../src/ledger/check';
import { D, fmt } from '../../../src/ledger/decimal';
import { halfUlp } from '../../../src/ledger/interval';
import { isExact } from './scored';

export function checkPoints(stated: Cell, parts: Cell[], tolerance: Decimal = new D(0)): Verdict {
  let point = new D(0);
  let slack = new D(0);
  let precision = 0;
  for (const p of parts) {
    if (p.value === null) continue;
    point = point.plus(p.value);
    // A template constant (the execution block's 10 分 when not printed) is exact and printed as written.
    if (isExact(p)) continue;
    if (p.decimals > 0) slack = slack.plus(halfUlp(p.decimals));
    precision = Math.max(precision, p.decimals);
  }
  const value = stated.value ?? new D(0);
  const d = stated.decimals;
  const actual = fmt(value, d);
  const difference = value.minus(point);
  if (difference.isZero() || fmt(point, d) === actual) return { kind: 'equal', actual, expected: fmt(point, d), difference };
  const expected = fmt(point, Math.max(d, precision));
  const reach = slack.plus(halfUlp(d)).plus(tolerance.times(parts.length + 1));
  if (difference.abs().lte(reach)) {
    const truncated = point.toDecimalPlaces(d, D.ROUND_DOWN).eq(value);
    return { kind: 'tail', actual, expected, truncated, difference };
  }
  return { kind: 'error', actual, expected, difference };
}
