/**
 * Shared types: the contract between readers, recognizers, the ledger, rules, the engine and
 * formatters. Data flows one way: read → recognize → ledger → rules → report.
 */
import type { Claim } from './narrative/claim-types';
import type { ProjectEvaluation, DeptEvaluation } from './ledger/evaluation';
import type { Reading } from './ledger/evidence';
import type { Cell, Paragraph, Region, SourceRef, Unit } from './ledger/model';

export type { Claim } from './narrative/claim-types';
export type { ProjectEvaluation, DeptEvaluation } from './ledger/evaluation';
export type { Reading, Basis, Strength, Aspect } from './ledger/evidence';
export type { Cell, Paragraph, Region, SourceRef, Unit } from './ledger/model';

export type Lang = 'zh' | 'en';
export type Severity = 0 | 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';
export type Bilingual = { zh: string; en: string };


// ---------------------------------------------------------------------------------------------
// read/: bytes → Grid / Paragraph. A reader never guesses tables.

export interface GridCell {
  /** 0-based row and column inside the grid. */
  r: number;
  c: number;
  /** A1 address as the user sees it in the sheet. */
  address: string;
  /** The text as displayed (formatted), trimmed. '' for blank. */
  raw: string;
  /** Typed value: number for numeric cells, string for text, null for blank. */
  value: string | number | boolean | null;
  /** Number format string where the source has one (e.g. '0.00%'). */
  numFmt?: string;
  /** PDF input: the 1-based page the cell is printed on. */
  page?: number;
  /** PDF input: rows and columns the printed cell spans (covered cells repeat its text, as merged workbook cells do). */
  rowSpan?: number;
  colSpan?: number;
  /** PDF input: the printed cell's box in points, top-left origin of its page: [x0, y0, x1, y1]. */
  bbox?: [number, number, number, number];
}

export interface Grid {
  file: string;
  /** Sheet name; for CSV the file's base name; for docx "表N". */
  sheet: string;
  rowCount: number;
  colCount: number;
  /** rows[r][c], 0-based; undefined where the cell does not exist. */
  rows: (GridCell | undefined)[][];
  /** For docx tables: the table's ordinal (1-based). */
  tableIndex?: number;
  /**
   * PDF input: 'position' when the cells were placed by text position alone (a table printed
   * without ruling lines); a recognizer may turn it into a weak reading. Absent: cells from lines.
   */
  placedBy?: 'rules' | 'position';
  /** PDF input: the pages the table is printed on. */
  pages?: number[];
  /** PDF input: each page's size in points [width, height], by 1-based page number (a page map draws the page at scale). */
  pageSizes?: Record<number, [number, number]>;
}


export interface ReadOutput {
  grids: Grid[];
  paragraphs: Paragraph[];
  /** What a reader could not read (PDF text without a usable character map), for coverage. */
  unreadable?: Unrecognised[];
}

export interface ReadLimits {
  /** More sheets than this is treated as a malformed or hostile workbook. */
  maxSheets?: number;
}

export interface Reader {
  id: string;
  extensions: string[];
  read(bytes: Buffer, file: string, limits?: ReadLimits): ReadOutput | Promise<ReadOutput>;
}

// ---------------------------------------------------------------------------------------------
// ledger/: the common model rules see.



/**
 * Table kinds. 决算 公开01–10 are 'final-01' … 'final-10'; budget tables 'budget-*'.
 * Canonical row keys and column keys for each kind are listed in src/ledger/table-kinds.ts.
 */
export type TableKind = string;

export interface LedgerColumn {
  key: string;
  label: string;
  /** How the column's role was read (header text, or position when no header word says it). */
  reading?: Reading;
}

export interface LedgerRow {
  /** Canonical key for rows with a fixed meaning (e.g. 'total', 'income.total'). */
  key?: string;
  /** Subject code (功能分类 201 / 20137 / 2013701, 经济分类 301 / 30101). */
  code?: string;
  name: string;
  /** 1 = 类, 2 = 款, 3 = 项 (functional codes of 3 / 5 / 7 digits). */
  level?: 1 | 2 | 3;
  side?: 'income' | 'expense';
  ref: SourceRef;
  cells: Map<string, Cell>;
  /** How the row's role was read (subject code, label text, or position). */
  reading?: Reading;
}

export interface LedgerTable {
  kind: TableKind;
  title: string;
  unit: Unit | null;
  source: { file: string; sheet: string; range?: string };
  columns: LedgerColumn[];
  rows: LedgerRow[];
  /** Text lines printed above the title (a running caption, a department line). */
  captions?: string[];
  /** The table states it has no data (本表无数据 / 空表). */
  empty?: boolean;
  notes?: string[];
  /** How the table's kind was read (title text, header words). */
  readings?: Reading[];
  /**
   * How `unit` was read: the 金额单位 line or a column's "（元）" (basis 'label'), another table of
   * the document, or a default. It matters only when a table figure is compared with text, so the
   * gate applies it to narrative findings alone.
   */
  unitReading?: Reading;
}

export interface DocumentMeta {
  department?: string;
  year?: string;
  unit?: Unit;
}

export interface Unrecognised {
  file: string;
  sheet: string;
  range?: string;
  reason: string;
}

export interface LintDocument {
  /** Primary input (the workbook, or the folder of CSVs). */
  id: string;
  inputs: string[];
  kind: 'final' | 'budget' | 'perf' | 'unknown';
  meta: DocumentMeta;
  tables: LedgerTable[];
  evaluations: ProjectEvaluation[];
  deptEvaluations: DeptEvaluation[];
  narrative: Paragraph[];
  claims: Claim[];
  /** Sentences that carry numbers, and those the claim parser could not understand. */
  narrativeStats: { sentencesWithNumbers: number; notUnderstood: { text: string; ref: SourceRef }[] };
  unrecognised: Unrecognised[];
  /** Last year's document, with --prior. */
  prior?: LintDocument;
  /**
   * Other renditions of this document (same base name, or a second narrative) that were not read,
   * because a better one was (workbook > Word > PDF for tables; .md/.txt > Word > PDF for text).
   */
  setAside?: SetAside[];
}

export interface SetAside {
  file: string;
  /** What it would have given: its tables, its narrative, or both. */
  role: 'tables' | 'narrative' | 'both';
  /** The files read instead. */
  usedInstead: string[];
}

// ---------------------------------------------------------------------------------------------
// engine/ and report/


export interface Related {
  label?: string;
  file?: string;
  sheet?: string;
  cell?: string;
  line?: number;
  /** PDF input: the 1-based page the related cell or text is printed on. */
  page?: number;
  /** PDF input: the printed box of the related cell. */
  region?: Region;
  value?: string;
}

export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  /** Present when the finding points into a file other than the result's filePath (narrative). */
  file?: string;
  sheet?: string;
  cell?: string;
  /** Title of the table or self-evaluation the cell belongs to. */
  table?: string;
  /** PDF input: the 1-based page the cell or the narrative text is printed on. */
  page?: number;
  /** PDF input: the printed box of the finding's cell (none for narrative findings: paragraphs keep no box). */
  region?: Region;
  source?: 'table' | 'narrative';
  actual?: string;
  expected?: string;
  tail?: boolean;
  /** For tails: the rule whose check produced it. */
  tailOf?: string;
  related?: Related[];
  fatal?: boolean;
  /**
   * The readings behind the figures this finding used (weak ones first). A finding that would be
   * an error but rests on a weak reading is a warning with `doubt: true`.
   */
  evidence?: Reading[];
  doubt?: true;
}

export interface Coverage {
  /** Tables recognised; `readings` lists how the table, and any column, row or unit read weakly, was read. */
  tables: { kind: string; title: string; file: string; sheet: string; range?: string; readings?: Reading[] }[];
  unrecognised: Unrecognised[];
  rulesSkipped: { ruleId: string; reason: string }[];
  evaluations: number;
  sentencesWithNumbers: number;
  claimsChecked: number;
  claimsNotUnderstood: { text: string; file: string; line?: number }[];
  /** Figures in the tables' own texts (a self-evaluation's analysis, 实际完成情况, 偏差原因) bound to nothing checked. */
  textsNotUnderstood?: { ruleId: string; text: string; figure: string; file: string; sheet?: string; cell?: string }[];
  tolerance?: string;
  /** Findings withheld because they rested on a sentence the parser did not understand. */
  findingsWithheld?: { ruleId: string; file: string; line?: number; text: string }[];
  /**
   * Tables whose readings made most of their identities fail: read without confidence, so their
   * findings are summed up in one warning instead of N errors.
   */
  tablesInDoubt?: { title: string; file: string; sheet: string; failed: number; checked: number }[];
}

export interface LintResult {
  filePath: string;
  inputs?: string[];
  /** For a narrative's own result: the document (its table file's path) it was checked with. */
  document?: string;
  /** Department, year and unit of the document (report headers). */
  meta?: DocumentMeta;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  coverage: Coverage;
}
