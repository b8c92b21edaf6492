/** Finding tables, rows and cells in a document by meaning (kind, key, code), never by address. */
import type { Cell, LedgerRow, LedgerTable, LintDocument, TableKind } from '../types';

export function tablesOf(doc: LintDocument, kind: TableKind): LedgerTable[] {
  return doc.tables.filter((t) => t.kind === kind);
}

export function tableOf(doc: LintDocument, kind: TableKind): LedgerTable | undefined {
  return doc.tables.find((t) => t.kind === kind);
}

export function rowByKey(table: LedgerTable | undefined, key: string): LedgerRow | undefined {
  return table?.rows.find((r) => r.key === key);
}

export function rowByCode(table: LedgerTable | undefined, code: string): LedgerRow | undefined {
  return table?.rows.find((r) => r.code === code);
}

export function cellAt(row: LedgerRow | undefined, column: string): Cell | undefined {
  return row?.cells.get(column);
}

interface ChildIndex {
  rows: LedgerRow[];
  length: number;
  /** Parent code (3 or 5 characters) → its direct children (5 or 7 characters), in row order. */
  byParent: Map<string, LedgerRow[]>;
}

/**
 * One pass over a table's rows, cached per table: asking every 类 and 款 of a 50,000-row table for
 * its children must not scan all rows each time. The cache is rebuilt when the table's rows array
 * is replaced or changes length (recognizers merge pages into a table before rules run).
 */
const CHILD_INDEX = new WeakMap<LedgerTable, ChildIndex>();

function childIndex(table: LedgerTable): ChildIndex {
  const cached = CHILD_INDEX.get(table);
  if (cached && cached.rows === table.rows && cached.length === table.rows.length) return cached;
  const byParent = new Map<string, LedgerRow[]>();
  for (const r of table.rows) {
    const code = r.code;
    if (!code || (code.length !== 5 && code.length !== 7)) continue;
    const parent = code.slice(0, code.length - 2);
    const list = byParent.get(parent);
    if (list) list.push(r);
    else byParent.set(parent, [r]);
  }
  const index = { rows: table.rows, length: table.rows.length, byParent };
  CHILD_INDEX.set(table, index);
  return index;
}

/** Rows whose code is a direct child of `code` (201 → 20101…; 20101 → 2010101…). */
export function childrenOf(table: LedgerTable, code: string): LedgerRow[] {
  if (code.length !== 3 && code.length !== 5) return [];
  return [...(childIndex(table).byParent.get(code) ?? [])];
}

export function columnLabel(table: LedgerTable, key: string): string {
  return table.columns.find((c) => c.key === key)?.label ?? key;
}

/** "类 201 一般公共服务支出" style label of a row for messages. */
export function rowLabel(row: LedgerRow): string {
  return row.code ? `${row.code} ${row.name}` : row.name;
}
