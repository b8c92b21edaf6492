/** Grid access helpers: cells with refs, rows' texts, 栏次 rows. */
import type { Cell, Grid, GridCell, SourceRef } from '../../types';
import { cellFromGrid, refOf } from '../../ledger/cells';
import { parseNumber } from '../../ledger/decimal';
import { a1 } from '../../read/grid';
import { norm } from './text';

export function cellAt(grid: Grid, r: number, c: number): GridCell | undefined {
  return grid.rows[r]?.[c];
}

export function rawAt(grid: Grid, r: number, c: number): string {
  return grid.rows[r]?.[c]?.raw ?? '';
}

export function normAt(grid: Grid, r: number, c: number): string {
  return norm(rawAt(grid, r, c));
}

export function refAt(grid: Grid, r: number, c: number): SourceRef {
  return refOf(grid.file, grid.sheet, cellAt(grid, r, c) ?? { r, c, address: a1(r, c) });
}

/** A ledger cell for grid position (r, c), blank when the cell does not exist. */
export function ledgerCell(grid: Grid, r: number, c: number): Cell {
  return cellFromGrid(cellAt(grid, r, c), refAt(grid, r, c));
}

/** The cell holds a printed figure (number, or text that parses as one). */
export function hasFigure(grid: Grid, r: number, c: number): boolean {
  const g = cellAt(grid, r, c);
  if (!g) return false;
  if (typeof g.value === 'number') return true;
  return parseNumber(g.raw) !== null;
}

export function rowIsBlank(grid: Grid, r: number): boolean {
  return !(grid.rows[r] ?? []).some((g) => g && g.raw !== '');
}

/** Non-empty cells of a row, in column order. */
export function rowCells(grid: Grid, r: number): GridCell[] {
  return (grid.rows[r] ?? []).filter((g): g is GridCell => !!g && g.raw !== '');
}

export function rowText(grid: Grid, r: number): string {
  const seen: string[] = [];
  for (const g of rowCells(grid, r)) if (seen[seen.length - 1] !== g.raw) seen.push(g.raw);
  return seen.join(' ');
}

/** Columns of the last used cell in rows [top, bottom]. */
export function lastColumn(grid: Grid, top: number, bottom: number): number {
  let last = 0;
  for (let r = top; r <= bottom; r++) for (const g of rowCells(grid, r)) last = Math.max(last, g.c);
  return last;
}

/**
 * A 栏次 row: "栏次" somewhere, or a run of consecutive integers 1, 2, 3 … (at least `min`).
 * Returns the column of each 栏次 number, or null.
 */
export function lanciColumns(grid: Grid, r: number, min = 2): Map<number, number> | null {
  const cells = rowCells(grid, r);
  const hasLabel = cells.some((g) => norm(g.raw) === '栏次');
  const numbers = new Map<number, number>();
  let expected = 1;
  for (const g of cells) {
    const t = norm(g.raw);
    if (t === '栏次') continue;
    if (/^\d{1,2}$/.test(t) && Number(t) === expected) {
      numbers.set(g.c, expected);
      expected++;
      continue;
    }
    if (hasLabel && /^\d{1,2}$/.test(t)) continue; // 行次 numbers of a two-sided table's 栏次 row are not ours
    if (!hasLabel) return null;
  }
  if (hasLabel) return numbers;
  return numbers.size >= min ? numbers : null;
}
