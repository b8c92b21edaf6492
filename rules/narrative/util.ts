/** Small helpers shared by the narrative rules (claim iteration, 元 / 万元 readings). */
import type { Cell, Claim, LintDocument } from '../../src/types';
import type { Binding, StatedAmount } from '../../src/narrative/claim-types';
import type { Reading } from '../../src/ledger/evidence';
import { D, fmt } from '../../src/ledger/decimal';
import { checkSame } from '../../src/ledger/check';

export function claimsOf<T extends Claim['type']>(doc: LintDocument, type: T): Extract<Claim, { type: T }>[] {
  return doc.claims.filter((c): c is Extract<Claim, { type: T }> => c.type === type);
}

/**
 * 元 / 万元 slip: the stated figure contradicts its cell, but read in the other unit (×10000 or
 * ÷10000) it agrees with it. Returns the other reading (in 万元), or null.
 */
export function unitSlip(a: StatedAmount, reference: Cell | undefined): { reading: Cell } | null {
  if (!reference || a.fromTable || reference.value === null || reference.value.isZero() || a.wan.value === null) return null;
  if (checkSame(a.wan, reference).kind !== 'error') return null;
  for (const k of [4, -4]) {
    const reading: Cell = { ...a.wan, value: a.wan.value.times(new D(10).pow(k)), decimals: a.wan.decimals - k };
    if (checkSame(reading, reference).kind !== 'error') return { reading };
  }
  return null;
}

/**
 * The figures a narrative finding uses, for the evidence gate: each binding (with its reading) and,
 * through it, the bound table cell (its table's readings and unit reading).
 */
export function usesOf(...figures: (StatedAmount | Binding | undefined)[]): Binding[] {
  const out: Binding[] = [];
  for (const f of figures) {
    if (!f) continue;
    const b = 'cell' in f && 'label' in f ? (f as Binding) : (f as StatedAmount).binding;
    if (b && !out.includes(b)) out.push(b);
  }
  return out;
}

/** A reading of the narrative itself (a list's completeness, a carried subject) as a figure the gate weighs. */
export function readingUse(cell: Cell | undefined, label: string, r: Reading | undefined): Binding[] {
  return cell && r ? [{ cell, label, table: 'narrative', reading: r }] : [];
}

/** "71.2万元" text of a cell in 万元 at a sensible precision. */
export function wanText(c: Cell): string {
  return `${fmt(c.value ?? new D(0), Math.max(0, c.decimals))}万元`;
}

/**
 * A figure computed in 万元 ("88.130039"), printed in the unit the narrative used for `like`
 * (881300.39元), so a message never mixes 元 and 万元 for one total.
 */
export function inUnitOf(wan: string, like: StatedAmount): string {
  const shift = like.fromTable ? 0 : like.unit === '元' ? 4 : like.unit === '亿元' ? -4 : 0;
  const places = (wan.split('.')[1] ?? '').length;
  return `${fmt(new D(wan).times(new D(10).pow(shift)), Math.max(0, places - shift))}${like.fromTable ? '万元' : like.unit}`;
}
