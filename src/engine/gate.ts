/**
 * The evidence gate (DESIGN §3 "Readings and evidence"): the engine, not each rule, decides what
 * may be an error.
 *
 * - Every figure a finding uses (its `at`, its `related` cells, its `uses`) brings the readings
 *   behind it: its own, and those of its table, column and row. A finding is an error only when
 *   all of them are strong; otherwise it is a warning that names the reading in doubt (请复核).
 * - A finding built on a sentence the narrative parser did not understand is withheld and listed
 *   in coverage.
 * - A table where most identities checked fail was misread rather than misprinted: its findings
 *   collapse into one warning (see MISREAD_*).
 */
import type { Cell, LedgerColumn, LedgerRow, LedgerTable, LintDocument, LintMessage, Related, SourceRef } from '../types';
import type { Binding } from '../narrative/claim-types';
import { distinctReadings, isWeak, type Reading } from '../ledger/evidence';

interface Owner {
  table?: LedgerTable;
  row?: LedgerRow;
  column?: LedgerColumn;
  /** Readings of a self-evaluation (its template, unit) the cell belongs to. */
  extra?: Reading[];
}

const refKey = (file: string | undefined, sheet: string | undefined, cell: string | undefined): string => `${file ?? ''}\u0000${sheet ?? ''}\u0000${cell ?? ''}`;

const rowOf = (address: string | undefined): number | undefined => {
  const m = address ? /^[A-Z]+(\d+)$/.exec(address) : null;
  return m ? Number(m[1]) : undefined;
};

/** Where each ledger cell sits, so a finding's figures bring their table's, column's and row's readings. */
export class ReadingIndex {
  private readonly byCell = new WeakMap<Cell, Owner>();
  private readonly byRef = new Map<string, { cell: Cell; owner: Owner }>();
  /** PDF input: the page of each grid row that holds a ledger cell, per file and sheet (a row is never split over pages). */
  private readonly rowPages = new Map<string, Map<number, number>>();
  /** PDF input: the page of each narrative line, per file. */
  private readonly linePages = new Map<string, Map<number, number>>();

  constructor(doc: LintDocument) {
    for (const table of doc.tables) {
      const columns = new Map(table.columns.map((c) => [c.key, c]));
      for (const row of table.rows) {
        for (const [key, cell] of row.cells) this.add(cell, { table, row, column: columns.get(key) });
      }
    }
    for (const e of [...doc.evaluations, ...doc.deptEvaluations]) {
      const extra = (e as { readings?: Reading[] }).readings;
      for (const cell of evaluationCells(e)) this.add(cell, extra ? { extra } : {});
    }
    for (const p of doc.narrative) {
      if (p.ref.page === undefined || p.ref.line === undefined || p.ref.sheet !== undefined) continue;
      (this.linePages.get(p.ref.file) ?? this.linePages.set(p.ref.file, new Map()).get(p.ref.file)!).set(p.ref.line, p.ref.page);
    }
  }

  private add(cell: Cell, owner: Owner): void {
    this.byCell.set(cell, owner);
    if (cell.ref.cell !== undefined) this.byRef.set(refKey(cell.ref.file, cell.ref.sheet, cell.ref.cell), { cell, owner });
    const row = rowOf(cell.ref.cell);
    if (cell.ref.page !== undefined && row !== undefined) {
      const key = refKey(cell.ref.file, cell.ref.sheet, '');
      (this.rowPages.get(key) ?? this.rowPages.set(key, new Map()).get(key)!).set(row, cell.ref.page);
    }
  }

  /** The readings behind one ledger cell: its own and those it inherits. */
  readingsOf(cell: Cell): Reading[] {
    const owner = this.byCell.get(cell) ?? this.byRef.get(refKey(cell.ref.file, cell.ref.sheet, cell.ref.cell))?.owner;
    return [...(cell.readings ?? []), ...ownerReadings(owner)];
  }

  /** The readings behind a cell named by its address (a finding's `at` or a related cell). */
  readingsAt(file: string | undefined, sheet: string | undefined, cell: string | undefined): Reading[] {
    if (sheet === undefined || cell === undefined) return [];
    const hit = this.byRef.get(refKey(file, sheet, cell));
    return hit ? [...(hit.cell.readings ?? []), ...ownerReadings(hit.owner)] : [];
  }

  /**
   * PDF input: the page a place is printed on — a cell by its address (a blank cell or a title
   * line by its row: the nearest row below that holds a figure, else above; a table's title is on
   * the page its first rows are), or a narrative line by its number. Undefined for other input.
   */
  pageAt(file: string | undefined, sheet: string | undefined, cell: string | undefined, line?: number): number | undefined {
    if (sheet === undefined) return line !== undefined && file !== undefined ? this.linePages.get(file)?.get(line) : undefined;
    if (cell === undefined) return undefined;
    const own = this.byRef.get(refKey(file, sheet, cell))?.cell.ref.page;
    if (own !== undefined) return own;
    const rows = this.rowPages.get(refKey(file, sheet, ''));
    const row = rowOf(cell);
    if (!rows || row === undefined) return undefined;
    let below: [number, number] | undefined;
    let above: [number, number] | undefined;
    for (const [r, page] of rows) {
      if (r >= row && (!below || r < below[0])) below = [r, page];
      if (r < row && (!above || r > above[0])) above = [r, page];
    }
    return (below ?? above)?.[1];
  }

  /** The table a cell address belongs to. */
  tableAt(file: string | undefined, sheet: string | undefined, cell: string | undefined): LedgerTable | undefined {
    if (sheet === undefined || cell === undefined) return undefined;
    return this.byRef.get(refKey(file, sheet, cell))?.owner.table;
  }
}

function ownerReadings(owner: Owner | undefined): Reading[] {
  if (!owner) return [];
  return [...(owner.table?.readings ?? []), ...(owner.column?.reading ? [owner.column.reading] : []), ...(owner.row?.reading ? [owner.row.reading] : []), ...(owner.extra ?? [])];
}

/** Every Cell reachable from a self-evaluation object (fund rows, indicators, basics …). */
function evaluationCells(root: object): Cell[] {
  const out: Cell[] = [];
  const seen = new Set<object>();
  const visit = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || seen.has(v as object) || depth > 6) return;
    seen.add(v as object);
    if (isCell(v)) {
      out.push(v);
      return;
    }
    if (v instanceof Map) for (const x of v.values()) visit(x, depth + 1);
    else if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else for (const [k, x] of Object.entries(v as object)) if (k !== 'ref' && k !== 'source') visit(x, depth + 1);
  };
  visit(root, 0);
  return out;
}

function isCell(v: unknown): v is Cell {
  return typeof v === 'object' && v !== null && 'decimals' in v && 'raw' in v && 'ref' in v && 'value' in v;
}

function isBinding(v: Cell | Binding): v is Binding {
  return 'cell' in v && 'label' in v && 'table' in v;
}

/**
 * All readings behind a finding's figures. A table's unit reading counts only where a table
 * figure meets the narrative's (`acrossText`): table-to-table identities hold in any one unit.
 */
export function readingsBehind(index: ReadingIndex, at: SourceRef, related: Related[] | undefined, uses: (Cell | Binding | null | undefined)[] | undefined, acrossText: boolean): Reading[] {
  const all: Reading[] = [...index.readingsAt(at.file, at.sheet, at.cell)];
  const units = new Set<LedgerTable>();
  const note = (file: string | undefined, sheet: string | undefined, cell: string | undefined): void => {
    const t = index.tableAt(file, sheet, cell);
    if (t) units.add(t);
  };
  for (const r of related ?? []) {
    all.push(...index.readingsAt(r.file ?? at.file, r.sheet, r.cell));
    note(r.file ?? at.file, r.sheet, r.cell);
  }
  for (const u of uses ?? []) {
    if (!u) continue;
    const cell = isBinding(u) ? u.cell : u;
    if (isBinding(u) && u.reading) all.push(u.reading);
    all.push(...index.readingsOf(cell));
    note(cell.ref.file, cell.ref.sheet, cell.ref.cell);
  }
  if (acrossText) for (const t of units) if (t.unitReading) all.push(t.unitReading);
  return distinctReadings(all);
}

export function weakReadings(readings: Reading[]): Reading[] {
  return readings.filter(isWeak);
}

/** Sentences the parser listed as not understood, by file, line and column. */
export function notUnderstoodSet(doc: LintDocument): Set<string> {
  const out = new Set<string>();
  for (const n of doc.narrativeStats.notUnderstood) out.add(sentenceKey(n.ref));
  return out;
}

export function sentenceKey(ref: SourceRef): string {
  return `${ref.file}\u0000${ref.line ?? 0}\u0000${ref.column ?? 0}`;
}

/**
 * A table is taken as misread when at least MISREAD_MIN_FAILED of its identities fail and they are
 * more than MISREAD_SHARE of the identities checked on it ("most": more than half).
 */
export const MISREAD_MIN_FAILED = 3;
export const MISREAD_SHARE = 0.5;

export function looksMisread(failed: number, checked: number): boolean {
  return failed >= MISREAD_MIN_FAILED && failed > checked * MISREAD_SHARE;
}

export type { LintMessage };
