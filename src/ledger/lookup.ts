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

/** Rows whose code is a direct child of `code` (201 → 20101…; 20101 → 2010101…). */
export function childrenOf(table: LedgerTable, code: string): LedgerRow[] {
  const len = code.length === 3 ? 5 : code.length === 5 ? 7 : -1;
  return table.rows.filter((r) => r.code && r.code.length === len && r.code.startsWith(code));
}

export function columnLabel(table: LedgerTable, key: string): string {
  return table.columns.find((c) => c.key === key)?.label ?? key;
}

/** "类 201 一般公共服务支出" style label of a row for messages. */
export function rowLabel(row: LedgerRow): string {
  return row.code ? `${row.code} ${row.name}` : row.name;
}
