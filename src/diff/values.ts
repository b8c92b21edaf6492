/** Value-level comparison of two keyed documents: tables and rows added / removed, values changed. */
import Decimal from 'decimal.js';
import type { KeyedTable } from './keys';
import type { KeyedValue, RowChange, TableChange, ValueChange } from './types';

function tableChange(t: KeyedTable): TableChange {
  return { table: t.table, kind: t.kind, title: t.title, file: t.file, sheet: t.sheet };
}

function rowChange(t: KeyedTable, id: string): RowChange {
  const row = t.rows.get(id)!;
  return {
    table: t.table,
    tableTitle: t.title,
    row: id,
    rowLabel: row.label,
    values: [...row.values.values()].filter((v) => v.raw !== '').map((v) => ({ column: v.column, columnLabel: v.columnLabel, raw: v.raw })),
    ...(row.ref ? { ref: row.ref } : {}),
  };
}

function sameValue(a: KeyedValue, b: KeyedValue): boolean {
  if (a.value !== null && b.value !== null) return new Decimal(a.value).eq(b.value);
  return a.raw === b.raw;
}

export function compareTables(oldT: KeyedTable[], newT: KeyedTable[]): {
  tables: { added: TableChange[]; removed: TableChange[] };
  rows: { added: RowChange[]; removed: RowChange[] };
  values: ValueChange[];
} {
  const oldBy = new Map(oldT.map((t) => [t.table, t]));
  const newBy = new Map(newT.map((t) => [t.table, t]));
  const out = { tables: { added: [] as TableChange[], removed: [] as TableChange[] }, rows: { added: [] as RowChange[], removed: [] as RowChange[] }, values: [] as ValueChange[] };
  for (const t of oldT) if (!newBy.has(t.table)) out.tables.removed.push(tableChange(t));
  for (const t of newT) {
    const o = oldBy.get(t.table);
    if (!o) {
      out.tables.added.push(tableChange(t));
      continue;
    }
    for (const id of o.rows.keys()) if (!t.rows.has(id)) out.rows.removed.push(rowChange(o, id));
    for (const [id, row] of t.rows) {
      const orow = o.rows.get(id);
      if (!orow) {
        out.rows.added.push(rowChange(t, id));
        continue;
      }
      const cols = [...new Set([...orow.values.keys(), ...row.values.keys()])];
      for (const col of cols) {
        const a = orow.values.get(col);
        const b = row.values.get(col);
        const aEmpty = !a || a.raw === '';
        const bEmpty = !b || b.raw === '';
        if (aEmpty && bEmpty) continue;
        const base = { table: t.table, tableTitle: t.title, row: id, rowLabel: row.label, column: col, columnLabel: (b ?? a)!.columnLabel };
        if (aEmpty) out.values.push({ ...base, type: 'added', new: b!.raw, newRef: b!.ref });
        else if (bEmpty) out.values.push({ ...base, type: 'removed', old: a!.raw, oldRef: a!.ref });
        else if (!sameValue(a!, b!)) out.values.push({ ...base, type: 'changed', old: a!.raw, new: b!.raw, oldRef: a!.ref, newRef: b!.ref });
      }
    }
  }
  return out;
}
