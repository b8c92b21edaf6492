/**
 * Flattens a document's ledger into values keyed by (table, row, column). Rows are identified by
 * subject code, canonical key or name — never by their sheet row — so inserting a row moves no key.
 */
import type { Cell, LedgerTable, LintDocument, SourceRef } from '../types';
import type { Indicator, ProjectEvaluation, DeptEvaluation } from '../ledger/evaluation';
import type { KeyedValue } from './types';

export interface KeyedTable {
  table: string;
  kind: string;
  title: string;
  file: string;
  sheet: string;
  /** row identity → label, ref and values by column. */
  rows: Map<string, { label: string; ref?: SourceRef; values: Map<string, KeyedValue> }>;
}

const norm = (s: string): string => s.replace(/\s+/g, '');

function unique(base: string, seen: Map<string, number>): string {
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}#${n}`;
}

function valueOf(cell: Cell): string | null {
  return cell.value === null ? null : cell.value.toString();
}

class Builder {
  readonly tables: KeyedTable[] = [];
  private readonly tableSeen = new Map<string, number>();
  private current!: KeyedTable;

  open(base: string, kind: string, title: string, source: { file: string; sheet: string }): void {
    this.current = { table: unique(base, this.tableSeen), kind, title, file: source.file, sheet: source.sheet, rows: new Map() };
    this.tables.push(this.current);
  }

  row(id: string, label: string, ref?: SourceRef): string {
    let key = id;
    let n = 1;
    while (this.current.rows.has(key)) key = `${id}#${++n}`;
    this.current.rows.set(key, { label, ref, values: new Map() });
    return key;
  }

  put(row: string, column: string, columnLabel: string, cell: Cell | null | undefined): void {
    if (!cell) return;
    this.putText(row, column, columnLabel, cell.raw, valueOf(cell), cell.ref);
  }

  putText(row: string, column: string, columnLabel: string, raw: string, value: string | null, ref: SourceRef): void {
    const r = this.current.rows.get(row)!;
    r.values.set(column, { table: this.current.table, tableTitle: this.current.title, row, rowLabel: r.label, column, columnLabel, raw: raw.trim(), value, ref });
  }
}

function rowBase(t: LedgerTable, i: number, counts: Map<string, number>): string {
  const r = t.rows[i];
  const side = r.side ? `${r.side}:` : '';
  const base = r.code ? `${side}code:${r.code}` : r.key ? `${side}key:${r.key}` : `${side}name:${norm(r.name)}`;
  // Keys shared by several rows (final-01 'expense.class') are told apart by their names.
  return (counts.get(base) ?? 0) > 1 && !r.code ? `${base}|${norm(r.name)}` : base;
}

function addTable(b: Builder, t: LedgerTable): void {
  b.open(t.kind, t.kind, t.title, t.source);
  const counts = new Map<string, number>();
  for (const r of t.rows) {
    const side = r.side ? `${r.side}:` : '';
    const base = r.code ? `${side}code:${r.code}` : r.key ? `${side}key:${r.key}` : `${side}name:${norm(r.name)}`;
    counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  const labels = new Map(t.columns.map((c) => [c.key, c.label]));
  t.rows.forEach((r, i) => {
    const id = b.row(rowBase(t, i, counts), r.code ? `${r.code} ${r.name}`.trim() : r.name, r.ref);
    for (const [col, cell] of r.cells) b.put(id, col, labels.get(col) ?? col, cell);
  });
}

function addIndicators(b: Builder, prefix: string, list: Indicator[]): void {
  for (const x of list) {
    const id = b.row(`ind:${[prefix, x.l1, x.l2, norm(x.name)].filter(Boolean).join('/')}`, [x.l2, x.name].filter(Boolean).join(' / '), x.ref);
    b.put(id, 'weight', '分值', x.weight);
    b.put(id, 'score', '得分', x.score);
    b.put(id, 'deviation', '偏差度', x.deviation);
    if (x.target) b.putText(id, 'target', '指标值', x.target, null, x.targetRef ?? x.ref);
    if (x.actual) b.putText(id, 'actual', '实际完成值', x.actual, null, x.actualRef ?? x.ref);
  }
}

function addEvaluation(b: Builder, e: ProjectEvaluation): void {
  b.open(`evaluation:${norm(e.name)}`, 'evaluation', e.title || e.name, e.source);
  for (const f of e.funds) {
    const id = b.row(`fund:${norm(f.label)}`, f.label, f.ref);
    const cols: [keyof typeof f, string][] = [['initial', '年初预算数'], ['full', '全年预算数'], ['executed', '全年执行数'], ['balance', '结余'], ['rate', '执行率'], ['weight', '分值'], ['score', '得分']];
    for (const [k, label] of cols) b.put(id, k, label, f[k] as Cell | undefined);
  }
  for (const m of e.management) {
    const id = b.row(`mgmt:${norm(m.name)}`, m.name, m.ref);
    b.put(id, 'weight', '分值', m.weight);
    b.put(id, 'score', '得分', m.score);
  }
  addIndicators(b, '', e.indicators);
  if (e.total || e.totalWeight) {
    const id = b.row('key:total', '总分', e.total?.ref);
    b.put(id, 'weight', '分值', e.totalWeight);
    b.put(id, 'score', '得分', e.total);
  }
  if (e.grade) b.putText(b.row('key:grade', '等次', e.grade.ref), 'text', '等次', e.grade.text, null, e.grade.ref);
}

function addDeptEvaluation(b: Builder, e: DeptEvaluation): void {
  b.open(`dept-evaluation:${norm(e.name)}`, 'dept-evaluation', e.name, e.source);
  for (const blk of e.blocks) addIndicators(b, norm(blk.name), blk.indicators);
  for (const [k, cell] of e.basics) b.put(b.row(`basics:${k}`, k, cell.ref), 'value', '数值', cell);
  if (e.total || e.totalWeight) {
    const id = b.row('key:total', '总分', e.total?.ref);
    b.put(id, 'weight', '分值', e.totalWeight);
    b.put(id, 'score', '得分', e.total);
  }
  if (e.grade) b.putText(b.row('key:grade', '等次', e.grade.ref), 'text', '等次', e.grade.text, null, e.grade.ref);
}

export function keyDocument(doc: LintDocument): KeyedTable[] {
  const b = new Builder();
  for (const t of doc.tables) addTable(b, t);
  for (const e of doc.evaluations) addEvaluation(b, e);
  for (const e of doc.deptEvaluations) addDeptEvaluation(b, e);
  return b.tables;
}

/** (file, sheet, cell) → semantic key, for matching findings across versions. */
export function cellIndex(tables: KeyedTable[]): Map<string, string> {
  const index = new Map<string, string>();
  const at = (ref: SourceRef | undefined): string | null => (ref && ref.sheet !== undefined && ref.cell ? `${ref.file}\u0000${ref.sheet}\u0000${ref.cell}` : null);
  for (const t of tables) {
    for (const [rowId, row] of t.rows) {
      const rk = at(row.ref);
      if (rk && !index.has(rk)) index.set(rk, `${t.table}|${rowId}|(row)`);
      for (const v of row.values.values()) {
        const k = at(v.ref);
        if (k && !index.has(k)) index.set(k, `${t.table}|${rowId}|${v.column}`);
      }
    }
  }
  return index;
}
