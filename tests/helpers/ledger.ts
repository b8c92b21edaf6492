/**
 * Small builders for rule tests: documents, tables, evaluations and narrative built from literals,
 * with realistic sheet addresses, so tests never need an xlsx file.
 */
import type { Cell, LedgerRow, LedgerTable, LintDocument, Paragraph, SourceRef, Unit } from '../../src/types';
import type { FundRow, Indicator, ProjectEvaluation, ScoreItem, DeptEvaluation } from '../../src/ledger/evaluation';
import type { Claim } from '../../src/narrative/claim-types';
import { cellOf } from '../../src/ledger/cells';
import { columnName } from '../../src/read/grid';

export const FILE = 'test.xlsx';

export interface RowSpec {
  key?: string;
  code?: string;
  name?: string;
  side?: 'income' | 'expense';
  level?: 1 | 2 | 3;
  /** Column key → printed text ('' or missing = blank). */
  cells: Record<string, string>;
}

export interface TableSpec {
  sheet?: string;
  title?: string;
  unit?: Unit | null;
  /** Column keys in printed order; values start in column C (A = code, B = name). */
  columns: string[];
  rows: RowSpec[];
  /** 1-based sheet row of the first data row (default 8). */
  firstRow?: number;
  empty?: boolean;
}

/**
 * A ledger table. Row i sits at sheet row firstRow+i; column key j at column C+j; so the cell of
 * column 'total' in the 3rd data row of a table starting at row 8 is C10.
 */
export function table(kind: string, spec: TableSpec): LedgerTable {
  const sheet = spec.sheet ?? kind;
  const first = spec.firstRow ?? 8;
  const rows: LedgerRow[] = spec.rows.map((r, i) => {
    const rowNo = first + i;
    const cells = new Map<string, Cell>();
    spec.columns.forEach((key, j) => {
      const text = r.cells[key];
      if (text === undefined) return;
      const col = 3 + j;
      cells.set(key, cellOf(text, { file: FILE, sheet, cell: `${columnName(col - 1)}${rowNo}`, row: rowNo, col }));
    });
    return {
      ...(r.key ? { key: r.key } : {}),
      ...(r.code ? { code: r.code, level: r.level ?? (r.code.length === 3 ? 1 : r.code.length === 5 ? 2 : r.code.length === 7 ? 3 : undefined) } : {}),
      ...(r.side ? { side: r.side } : {}),
      name: r.name ?? r.key ?? r.code ?? '',
      ref: { file: FILE, sheet, cell: `A${rowNo}`, row: rowNo, col: 1 },
      cells,
    } as LedgerRow;
  });
  return {
    kind,
    title: spec.title ?? kind,
    unit: spec.unit === undefined ? '万元' : spec.unit,
    source: { file: FILE, sheet },
    columns: spec.columns.map((key) => ({ key, label: key })),
    rows,
    ...(spec.empty ? { empty: true } : {}),
  };
}

export function doc(parts: Partial<LintDocument> = {}): LintDocument {
  return {
    id: FILE,
    inputs: [FILE],
    kind: 'final',
    meta: {},
    tables: [],
    evaluations: [],
    deptEvaluations: [],
    narrative: [],
    claims: [],
    narrativeStats: { sentencesWithNumbers: 0, notUnderstood: [] },
    unrecognised: [],
    ...parts,
  };
}

/** A cell at an explicit place (evaluation fields, claims). */
export function cell(text: string, at: Partial<SourceRef> = {}): Cell {
  return cellOf(text, { file: FILE, ...at });
}

export interface EvaluationSpec {
  name?: string;
  sheet?: string;
  template?: 'a' | 'b';
  /** [label, kind, initial, full, executed, balance, rate, weight, score] per fund row; '' = blank. */
  funds?: { label?: string; kind?: FundRow['kind']; initial?: string; full?: string; executed?: string; balance?: string; rate?: string; weight?: string; score?: string }[];
  management?: { name: string; weight: string; score: string }[];
  indicators?: { l1?: string; l2?: string; name: string; target?: string; actual?: string; weight: string; score: string; deviation?: string; note?: string }[];
  total?: string;
  totalWeight?: string;
  grade?: string;
  analysis?: string[];
}

/**
 * A project self-evaluation laid out like seed 000's sheets: fund rows from row 7 (columns
 * D initial, F full, G executed, H balance, I rate, J score; weight in K), management items after,
 * indicators from row 12 (I 分值, J 得分, K 偏差度), 总分 after them, analysis text below.
 */
export function evaluation(spec: EvaluationSpec): ProjectEvaluation {
  const sheet = spec.sheet ?? `${spec.name ?? '测试项目'}项目支出绩效自评表`;
  const at = (col: string, row: number): SourceRef => ({ file: FILE, sheet, cell: `${col}${row}`, row, col: col.charCodeAt(0) - 64 });
  const c = (text: string | undefined, col: string, row: number): Cell | undefined => (text === undefined ? undefined : cellOf(text, at(col, row)));
  const funds: FundRow[] = (spec.funds ?? []).map((f, i) => {
    const row = 7 + i;
    return {
      label: f.label ?? (i === 0 ? '资金总额' : '财政拨款'),
      kind: f.kind ?? (i === 0 ? 'total' : 'fiscal'),
      ...(f.initial !== undefined ? { initial: c(f.initial, 'D', row) } : {}),
      ...(f.full !== undefined ? { full: c(f.full, 'F', row) } : {}),
      ...(f.executed !== undefined ? { executed: c(f.executed, 'G', row) } : {}),
      ...(f.balance !== undefined ? { balance: c(f.balance, 'H', row) } : {}),
      ...(f.rate !== undefined ? { rate: { ...c(f.rate, 'I', row)!, percent: true } } : {}),
      ...(f.weight !== undefined ? { weight: c(f.weight, 'K', row) } : {}),
      ...(f.score !== undefined ? { score: c(f.score, 'J', row) } : {}),
      ref: at('C', row),
    };
  });
  const mgmtStart = 7 + funds.length;
  const management: ScoreItem[] = (spec.management ?? []).map((m, i) => ({ name: m.name, weight: c(m.weight, 'I', mgmtStart + i) ?? null, score: c(m.score, 'J', mgmtStart + i) ?? null, ref: at('C', mgmtStart + i) }));
  const indStart = 12 + management.length;
  let l1 = '';
  let l2 = '';
  const indicators: Indicator[] = (spec.indicators ?? []).map((x, i) => {
    const row = indStart + i;
    l1 = x.l1 ?? l1;
    l2 = x.l2 ?? l2;
    return {
      l1,
      l2,
      name: x.name,
      target: x.target ?? '',
      actual: x.actual ?? '',
      weight: c(x.weight, 'I', row) ?? null,
      score: c(x.score, 'J', row) ?? null,
      ...(x.deviation !== undefined ? { deviation: { ...c(x.deviation, 'K', row)!, percent: true } } : {}),
      ...(x.note !== undefined ? { note: x.note } : {}),
      ref: at('D', row),
    };
  });
  const totalRow = indStart + indicators.length;
  const fund0 = funds[0];
  return {
    template: spec.template ?? (management.length ? 'b' : 'a'),
    name: spec.name ?? '测试项目',
    title: `${spec.name ?? '测试项目'}项目支出绩效自评表`,
    source: { file: FILE, sheet },
    funds,
    execWeight: fund0?.weight ?? null,
    execScore: fund0?.score ?? null,
    management,
    indicators,
    totalWeight: c(spec.totalWeight, 'I', totalRow) ?? null,
    total: c(spec.total, 'J', totalRow) ?? null,
    grade: spec.grade !== undefined ? { text: spec.grade, ref: at('K', totalRow) } : null,
    analysis: (spec.analysis ?? []).map((text, i) => ({ text, ref: at('D', totalRow + 1 + i) })),
  };
}

export function paragraphs(lines: string[], file = 'test.md'): Paragraph[] {
  return lines.map((text, i) => ({ text, ref: { file, line: i + 1, column: 1 } }));
}

export type { Claim, DeptEvaluation };
