/** Helpers for the 决算 recognizer tests: read fixtures with the real readers, project tables. */
import fs from 'node:fs';
import path from 'node:path';
import type { Grid, LedgerTable } from '../../src/types';
import { readInput } from '../../src/read/index';
import { recognize } from '../../src/recognize/index';
import { finalRecognizer } from '../../src/recognize/final/index';
import type { RecognizeOutput } from '../../src/recognize/types';

export const FIXTURES = path.join(__dirname, '../../fixtures');

export async function gridsOf(...files: string[]): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const f of files) grids.push(...(await readInput(path.join(FIXTURES, f))).grids);
  return grids;
}

export function csvFiles(dir: string): string[] {
  return fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('.csv')).sort().map((f) => `${dir}/${f}`);
}

export async function recognizeFiles(...files: string[]): Promise<RecognizeOutput> {
  return recognize(await gridsOf(...files));
}

/** Run the 决算 family alone and record the rows it claims, per sheet (1-based rows). */
export function finalClaims(grids: Grid[]): { out: RecognizeOutput; claimed: Map<string, Set<number>> } {
  const out: RecognizeOutput = { tables: [], evaluations: [], deptEvaluations: [], meta: {}, unrecognised: [], narrative: [] };
  const claimed = new Map<string, Set<number>>();
  finalRecognizer.recognize({
    grids,
    out,
    claim(grid, top, bottom) {
      const set = claimed.get(grid.sheet) ?? new Set<number>();
      for (let r = top; r <= bottom; r++) set.add(r + 1);
      claimed.set(grid.sheet, set);
    },
    isClaimed: (grid, row) => claimed.get(grid.sheet)?.has(row + 1) ?? false,
  });
  return { out, claimed };
}

/** Ledger content without refs: kind, title, unit, columns, then one line per row. */
export function projection(tables: LedgerTable[]): string[] {
  return tables.flatMap((t) => [
    `# ${t.kind} ${t.title} ${t.unit} ${t.empty ? 'empty' : ''} [${t.columns.map((c) => c.key).join(',')}] ${(t.notes ?? []).join('/')}`,
    ...t.rows.map((r) => {
      const cells = [...r.cells].map(([k, c]) => `${k}=${c.value === null ? '' : c.value.toFixed(c.decimals)}`).join(' ');
      return `${t.kind} ${r.side ?? ''} ${r.key ?? ''} ${r.code ?? ''} ${r.level ?? ''} ${r.name} | ${cells}`;
    }),
  ]);
}

export function tableOf(out: RecognizeOutput, kind: string): LedgerTable {
  const found = out.tables.filter((t) => t.kind === kind);
  if (found.length !== 1) throw new Error(`${kind}: ${found.length} tables`);
  return found[0];
}

export function rowBy(table: LedgerTable, by: { key?: string; code?: string; side?: string }) {
  const row = table.rows.find((r) => (by.key === undefined || r.key === by.key) && (by.code === undefined || r.code === by.code) && (by.side === undefined || r.side === by.side));
  if (!row) throw new Error(`${table.kind}: no row ${JSON.stringify(by)}`);
  return row;
}

/** value text at the cell's decimals, its decimals and its A1 address. */
export function cellAt(table: LedgerTable, by: { key?: string; code?: string; side?: string }, column: string) {
  const cell = rowBy(table, by).cells.get(column);
  if (!cell) throw new Error(`${table.kind}: no column ${column}`);
  return { value: cell.value === null ? null : cell.value.toFixed(cell.decimals), decimals: cell.decimals, cell: cell.ref.cell, sheet: cell.ref.sheet };
}
