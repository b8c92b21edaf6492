/**
 * Interval arithmetic for narrative checks, on top of src/ledger: the same three verdicts as
 * checkSum / checkRatio (equal, tail, error), for quantities a sentence implies rather than prints
 * (last year's figure = current − delta; percentage = delta / that figure).
 */
import type Decimal from 'decimal.js';
import type { Cell, Related } from '../types';
import type { Binding, ChangeClaim, StatedAmount } from './claim-types';
import { D, fmt } from '../ledger/decimal';
import { Interval, ratio, scale, sub, add } from '../ledger/interval';
import { intervalOf, verdict, type Verdict } from '../ledger/check';
import { textPlace } from '../engine/regions';

export function intervalOfCell(c: Cell, widen?: Decimal): Interval {
  return intervalOf(c, { tolerance: widen });
}

/** Stated cell against a computed point and interval: the ledger's verdicts (DESIGN §3). */
/**
 * A stated figure against what the others imply. A percentage (a ratio) cut off rather than rounded
 * (19.6894 % printed 19.68 %) is a tail, as in every ratio check (src/ledger/check checkRatio).
 */
export function verdictOf(stated: Cell, point: Decimal, computed: Interval, precision: number, widen?: Decimal): Verdict {
  return verdict(stated, point, () => computed, precision, { tolerance: widen, truncationIsTail: stated.percent === true });
}

/** Last year's figure a change implies: current − delta (增加) or current + delta (减少). */
export function impliedPrior(c: ChangeClaim, widen?: Decimal): { point: Decimal; interval: Interval; decimals: number } | null {
  if (!c.current || c.current.wan.value === null) return null;
  const cur = c.current.wan;
  if (c.direction === 'flat' || !c.delta) {
    if (c.direction !== 'flat') return null;
    return { point: cur.value!, interval: intervalOfCell(cur, widen), decimals: cur.decimals };
  }
  const delta = c.delta.wan;
  const sign = c.direction === 'up' ? -1 : 1;
  const point = sign < 0 ? cur.value!.minus(delta.value ?? 0) : cur.value!.plus(delta.value ?? 0);
  const interval = sign < 0 ? sub(intervalOfCell(cur, widen), intervalOfCell(delta, widen)) : add(intervalOfCell(cur, widen), intervalOfCell(delta, widen));
  return { point, interval, decimals: Math.max(cur.decimals, delta.decimals) };
}

/** The percentage a change implies: delta / implied prior × 100 (null when the prior is 0). */
export function impliedPercent(c: ChangeClaim, widen?: Decimal): { point: Decimal; interval: Interval } | null {
  const prior = impliedPrior(c, widen);
  if (!prior || !c.delta || prior.point.isZero()) return null;
  const iv = ratio(intervalOfCell(c.delta.wan, widen), prior.interval);
  const point = (c.delta.wan.value ?? new D(0)).div(prior.point).times(100);
  return { point, interval: iv ? scale(iv, new D(100)) : { lo: new D(-Infinity), hi: new D(Infinity) } };
}

export function relatedOf(b: Binding | undefined): Related[] {
  if (!b) return [];
  const c = b.cell;
  return [{ label: b.label, file: c.ref.file, ...(c.ref.sheet ? { sheet: c.ref.sheet } : {}), ...(c.ref.cell ? { cell: c.ref.cell } : {}), ...textPlace(c.ref), value: c.value === null ? '' : wanNumber(c.value, c.decimals) }];
}

/** Related entry for a figure stated elsewhere in the narrative (or a table cell it came from). */
export function relatedAmount(a: StatedAmount | undefined, label: string): Related[] {
  if (!a) return [];
  if (a.fromTable && a.binding) return relatedOf(a.binding);
  return [{ label, file: a.stated.ref.file, ...textPlace(a.stated.ref), value: a.stated.raw }];
}

/**
 * A figure in 万元 as text: at its printed precision, but a figure converted from 元 (712,000.00元 =
 * 71.200000万元) drops the zeros the conversion added, keeping at least two decimals.
 */
export function wanNumber(value: Decimal, decimals: number): string {
  const text = fmt(value, Math.max(0, decimals));
  if (decimals <= 2) return text;
  return text.replace(/(\.\d\d\d*?)0+$/, '$1');
}

/** Plain decimal text of a cell at its printed precision (never negative decimals). */
export function plain(c: Cell): string {
  return wanNumber(c.value ?? new D(0), c.decimals);
}

/** "502.98万元" for messages. */
export function says(a: StatedAmount): string {
  return a.fromTable ? `${plain(a.wan)}万元` : a.stated.raw;
}
