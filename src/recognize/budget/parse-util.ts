/** Shared pieces of the budget table parsers: column keys from header labels, table assembly. */
import type { Cell, Grid, LedgerColumn, LedgerRow, LedgerTable } from '../../types';
import type { BudgetKind } from '../../ledger/budget-kinds';
import { columnLabels, columnReading, type HeaderPlacement } from '../final/header';
import type { Reading } from '../../ledger/evidence';
import { hasFigure, lastColumn } from '../final/grid-util';
import { a1 } from '../../read/grid';

export type Patterns = [string, RegExp][];

export interface KeyedColumn {
  col: number;
  key: string;
  label: string;
  reading: Reading;
}

/** Header rows [top, bottom] → the columns whose label matches a pattern (first match wins). */
export function keyedColumns(grid: Grid, top: number, bottom: number, patterns: Patterns, last?: number): KeyedColumn[] {
  const lastCol = last ?? lastColumn(grid, top, Math.max(bottom, top));
  const out: KeyedColumn[] = [];
  const placement: { out?: HeaderPlacement } = {};
  for (const l of columnLabels(grid, top, bottom, lastCol, placement)) {
    const hit = patterns.find(([, re]) => re.test(l.text));
    if (hit && !out.some((k) => k.key === hit[0])) out.push({ col: l.col, key: hit[0], label: l.parts[l.parts.length - 1] ?? l.text, reading: columnReading(hit[0], l.text, placement.out, l) });
  }
  return out;
}

export function findColumn(grid: Grid, top: number, bottom: number, re: RegExp): number {
  const lastCol = lastColumn(grid, top, Math.max(bottom, top));
  return columnLabels(grid, top, bottom, lastCol).find((l) => re.test(l.text))?.col ?? -1;
}

export function rowHasFigure(grid: Grid, r: number, cols: number[]): boolean {
  return cols.some((c) => hasFigure(grid, r, c));
}

export interface TableParts {
  kind: BudgetKind;
  title: string;
  grid: Grid;
  top: number;
  bottom: number;
  columns: LedgerColumn[];
  rows: LedgerRow[];
  notes: string[];
  unit: LedgerTable['unit'];
}

export function assemble(p: TableParts): LedgerTable {
  const lastCol = Math.max(0, p.grid.colCount - 1);
  const figures = p.rows.some((r) => [...r.cells.values()].some((c: Cell) => c.value !== null));
  return {
    kind: p.kind,
    title: p.title,
    unit: p.unit,
    source: { file: p.grid.file, sheet: p.grid.sheet, range: `${a1(p.top, 0)}:${a1(Math.max(p.top, p.bottom), lastCol)}` },
    columns: p.columns,
    rows: p.rows,
    ...(figures ? {} : { empty: true }),
    ...(p.notes.length ? { notes: p.notes } : {}),
  };
}
