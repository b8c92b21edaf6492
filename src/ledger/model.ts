/**
 * The leaf of the model: where a figure came from, one printed figure, a paragraph of text. Every
 * other model module (types.ts, the claim model, the self-evaluation model) builds on these, so
 * they sit where nothing imports back.
 */
import type Decimal from 'decimal.js';
import type { Reading } from './evidence';

/**
 * Where a value came from. Table cells carry file + sheet + A1 cell (+ 1-based row/col);
 * narrative text carries file + 1-based line/column. docx tables add the table index.
 */
export interface SourceRef {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  col?: number;
  line?: number;
  column?: number;
  table?: number;
  /** PDF input: the 1-based page the cell or paragraph is printed on (`line` then numbers the narrative's lines through the whole document, so no two paragraphs share one). */
  page?: number;
  /** PDF input: the printed line a narrative figure sits on (its page and box), for a page map. */
  region?: Region;
}

/** PDF input: where something is printed — its page, its box in points (top-left origin) and the page's size. */
export interface Region {
  page: number;
  box: [number, number, number, number];
  pageSize?: [number, number];
}

/** One printed number. `decimals` is the printed precision the rounding model uses. */
export interface Cell {
  value: Decimal | null;
  raw: string;
  decimals: number;
  ref: SourceRef;
  /** The value is a percentage in percent units (98.31 means 98.31 %). */
  percent?: boolean;
  /**
   * Readings that belong to this figure alone (a fund figure placed by order, a narrative figure's
   * binding). A cell also inherits the readings of its table, column and row (engine/gate.ts).
   */
  readings?: Reading[];
}

export type Unit = '元' | '万元' | '亿元';

export interface Paragraph {
  text: string;
  ref: SourceRef;
  /** Heading level (1 = 一、…, 2 = （一）…) when the paragraph is a heading. */
  heading?: number;
  /**
   * PDF input: the printed lines the paragraph joins, each from its offset in `text`, with where it
   * is printed — a paragraph may run on over a page break, so its figures' pages differ.
   */
  printed?: { offset: number; region: Region }[];
}
