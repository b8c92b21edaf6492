/** Helpers of the perf/target-* rules: the 项目绩效目标表 tables of a document and their rows. */
import type { LedgerRow, LedgerTable, LintDocument, Related, SourceRef } from '../../../src/types';
import { rowByKey, tablesOf } from '../../../src/ledger/lookup';
import { textPlace } from '../../../src/engine/regions';

export interface TargetTable {
  table: LedgerTable;
  project: string;
  funds?: LedgerRow;
  plan?: LedgerRow;
  indicators: LedgerRow[];
}

export function targetTables(doc: LintDocument): TargetTable[] {
  return tablesOf(doc, 'budget-perf-target').map((table) => ({
    table,
    project: table.title,
    funds: rowByKey(table, 'funds'),
    plan: rowByKey(table, 'plan'),
    indicators: table.rows.filter((r) => r.key === 'indicator'),
  }));
}

/** A related entry for one cell. */
export function relatedCell(label: string, ref: SourceRef, value: string): Related {
  return { label, file: ref.file, ...(ref.sheet ? { sheet: ref.sheet } : {}), ...(ref.cell ? { cell: ref.cell } : {}), ...textPlace(ref), value };
}
