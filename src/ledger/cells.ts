/** Building ledger cells from grid cells, and the printed-precision model of a table. */
import type { Cell, GridCell, SourceRef } from '../types';
import { D, numberText, parseNumber } from './decimal';

export function refOf(file: string, sheet: string, g: Pick<GridCell, 'r' | 'c' | 'address'>): SourceRef {
  return { file, sheet, cell: g.address, row: g.r + 1, col: g.c + 1 };
}

/**
 * A ledger cell from a grid cell. Numbers stored as numbers keep the decimals their display shows;
 * text figures ("1,654.78", "98.31%") are parsed; placeholders ("—", "0.00" stays 0) give null value.
 */
export function cellFromGrid(g: GridCell | undefined, ref: SourceRef): Cell {
  if (!g) return { value: null, raw: '', decimals: 0, ref };
  const raw = g.raw;
  if (typeof g.value === 'number') {
    const shown = parseNumber(raw);
    // General format shows the stored number as is: the parsed text is the value (the common case).
    if (shown && !shown.percent && raw === String(g.value)) return { value: shown.value, raw, decimals: shown.decimals, ref };
    if (shown && shown.percent) {
      return { value: shown.value, raw, decimals: shown.decimals, ref, percent: true };
    }
    const text = numberText(g.value);
    const value = new D(text);
    const decimals = Math.max(shown ? shown.decimals : 0, 0);
    // Display may round (0.00 format on 3.973): keep the stored value and its own precision then.
    const ownDecimals = (/\.(\d+)$/.exec(text)?.[1].length ?? 0);
    if (shown && !shown.value.eq(value)) return { value, raw, decimals: ownDecimals, ref };
    return { value, raw, decimals: Math.max(decimals, ownDecimals), ref };
  }
  const parsed = parseNumber(raw);
  if (!parsed) return { value: null, raw, decimals: 0, ref };
  return { value: parsed.value, raw, decimals: parsed.decimals, ref, percent: parsed.percent || undefined };
}

/** A cell from literal text (tests, narrative figures). */
export function cellOf(raw: string, ref: SourceRef): Cell {
  const parsed = parseNumber(raw);
  if (!parsed) return { value: null, raw, decimals: 0, ref };
  return { value: parsed.value, raw, decimals: parsed.decimals, ref, percent: parsed.percent || undefined };
}

/**
 * Printed precision of a table: spreadsheets in General format drop trailing zeros (196.40 → 196.4,
 * 411.00 → 411), but the table was printed at one precision (万元, 2 decimals). The modal number of
 * decimals among cells that have a fraction is the table's precision; every cell is raised to it.
 */
export function applyTablePrecision(cells: Cell[]): number {
  const counts = new Map<number, number>();
  for (const c of cells) {
    if (c.value === null || c.percent) continue;
    if (c.decimals > 0) counts.set(c.decimals, (counts.get(c.decimals) ?? 0) + 1);
  }
  let precision = 0;
  let best = 0;
  for (const [d, n] of counts) {
    if (n > best || (n === best && d > precision)) {
      precision = d;
      best = n;
    }
  }
  for (const c of cells) {
    if (c.value !== null && !c.percent && c.decimals < precision) c.decimals = precision;
  }
  return precision;
}
