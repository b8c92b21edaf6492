/** What a family parser returns for one block. */
import type { LedgerColumn, LedgerRow, LedgerTable } from '../../types';
import type { Block } from './blocks';
import { a1 } from '../../read/grid';
import { lastColumn } from './grid-util';
import type { BlockMeta } from './meta';

export interface ParsedBlock {
  columns: LedgerColumn[];
  rows: LedgerRow[];
  /** Rows of the grid understood (title, meta, header, data, notes). */
  claimed: number[];
  notes: string[];
  empty: boolean;
  /** Problems worth an `unrecognised` entry (Chinese). */
  problems: string[];
  /** Last row the table used. */
  last: number;
}

export function emptyParse(): ParsedBlock {
  return { columns: [], rows: [], claimed: [], notes: [], empty: false, problems: [], last: -1 };
}

export function rangeOf(block: Block, last: number): string {
  return `A${block.start + 1}:${a1(last, lastColumn(block.grid, block.start, last))}`;
}

export function tableOf(block: Block, meta: BlockMeta, parsed: ParsedBlock): LedgerTable {
  const table: LedgerTable = {
    kind: block.kind,
    title: block.title,
    unit: meta.unit ?? null,
    source: { file: block.grid.file, sheet: block.grid.sheet, range: rangeOf(block, Math.max(parsed.last, block.start)) },
    columns: parsed.columns,
    rows: parsed.rows,
  };
  if (parsed.empty) table.empty = true;
  if (parsed.notes.length > 0) table.notes = parsed.notes;
  return table;
}
