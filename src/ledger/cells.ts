/** Building ledger cells from grid cells, and the printed-precision model of a table. */
import type { Cell, GridCell, SourceRef } from '../types';
import { D, decimalsOf, numberText, parseNumber } from './decimal';

export function refOf(file: string, sheet: string, g: Pick<GridCell, 'r' | 'c' | 'address'> & { page?: number }): SourceRef {
  return { file, sheet, cell: g.address, row: g.r + 1, col: g.c + 1, ...(g.page !== undefined ? { page: g.page } : {}) };
}

/** No number format, or one that shows the stored value as it is (General, text). */
export function isGeneralFormat(numFmt: string | undefined): boolean {
  return numFmt === undefined || /^(?:general|@|)$/i.test(numFmt.trim());
}

/** Decimals an explicit number format prints ("0.00", "#,##0.000_ ", "0.0%"): its first section. */
export function formatDecimals(numFmt: string): number {
  const first = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').split(';')[0];
  return /\.([0#?]+)/.exec(first)?.[1].length ?? 0;
}

/**
 * A ledger cell from a grid cell: the value is what the document prints.
 * - A stored double is the shortest decimal at Excel's 15 significant digits (1654.7800000000002 is
 *   1654.78), never the binary noise beyond them.
 * - An explicit number format gives the printed decimals: the printed figure is the value
 *   (3.973 under "0.00" is printed, and read, as 3.97; 0.9831 under "0.00%" is 98.31 %).
 * - General format shows the stored value with its own decimals (the table's precision raises
 *   411 to 411.00 later, applyTablePrecision).
 * - Figures stored as text ("1,654.78", "１２３．４５", "  1654.78 ", "98.31%") are parsed.
 * Placeholders ("—", "/") give a null value.
 */
export function cellFromGrid(g: GridCell | undefined, ref: SourceRef): Cell {
  if (!g) return { value: null, raw: '', decimals: 0, ref };
  const raw = g.raw;
  if (typeof g.value === 'number') return numericCell(g.value, raw, g.numFmt, ref);
  const parsed = parseNumber(raw);
  if (!parsed) return { value: null, raw, decimals: 0, ref };
  return { value: parsed.value, raw, decimals: parsed.decimals, ref, percent: parsed.percent || undefined };
}

function numericCell(stored: number, raw: string, numFmt: string | undefined, ref: SourceRef): Cell {
  const text = numberText(stored);
  const shown = parseNumber(raw);
  // A percent display (0.9831 shown 98.31%) states the figure in percent units.
  if (shown && shown.percent) return { value: shown.value, raw, decimals: shown.decimals, ref, percent: true };
  if (isGeneralFormat(numFmt)) {
    // A reader that gives no format: a display with fewer decimals than the stored value, short of
    // General's own cut at ~10 digits, was made by an explicit format (0.00 on 3.973 shows 3.97).
    if (numFmt === undefined && shown && shown.decimals < decimalsOf(text) && shown.decimals < 9) {
      return { value: shown.value, raw, decimals: shown.decimals, ref };
    }
    return { value: new D(text), raw, decimals: decimalsOf(text), ref };
  }
  if (shown) return { value: shown.value, raw, decimals: shown.decimals, ref };
  // A format whose text does not parse (¥#,##0.00, "0.00元"): its decimals, applied to the stored value.
  const percent = /%/.test(numFmt!.replace(/"[^"]*"/g, ''));
  const decimals = formatDecimals(numFmt!);
  const value = new D(text).times(percent ? 100 : 1).toDecimalPlaces(decimals, D.ROUND_HALF_UP);
  return { value, raw, decimals, ref, ...(percent ? { percent: true } : {}) };
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
