/** The semantic diff of two versions of a document (see diffDocuments). */
import type { LintMessage, SourceRef } from '../types';

/** One value of the ledger addressed by meaning, not by A1 address. */
export interface KeyedValue {
  /** Table identity: its kind ('final-02'), 'evaluation:<name>', with '#2' for repeats. */
  table: string;
  tableTitle: string;
  /** Row identity: 'code:2010301', 'key:total', 'name:…', 'fund:资金总额', 'ind:产出/数量/…'. */
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  raw: string;
  /** Decimal string, or null when the text is not a number. */
  value: string | null;
  ref: SourceRef;
}

export interface TableChange {
  table: string;
  kind: string;
  title: string;
  file: string;
  sheet: string;
}

export interface RowChange {
  table: string;
  tableTitle: string;
  row: string;
  rowLabel: string;
  /** Printed values of the row, by column label. */
  values: { column: string; columnLabel: string; raw: string }[];
  ref?: SourceRef;
}

export interface ValueChange {
  type: 'changed' | 'added' | 'removed';
  table: string;
  tableTitle: string;
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  old?: string;
  new?: string;
  oldRef?: SourceRef;
  newRef?: SourceRef;
}

export interface DiffResult {
  old: { id: string; inputs: string[] };
  new: { id: string; inputs: string[] };
  tables: { added: TableChange[]; removed: TableChange[] };
  rows: { added: RowChange[]; removed: RowChange[] };
  values: ValueChange[];
  findings: { introduced: LintMessage[]; resolved: LintMessage[]; unchanged: number };
  /** Error findings in NEW that OLD did not have (the CLI exits 1 when > 0). */
  newErrors: number;
}
