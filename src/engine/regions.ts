/**
 * PDF input: where each printed cell is on its page (LintMessage.region, Related.region), so a
 * report can draw the page and the flagged box. Built from the grids the PDF reader gives (each
 * cell with its page and bbox, each grid with its pages' sizes); other input has no regions.
 *
 * A blank printed cell has no GridCell; its box is where its row's band (from the row's unspanned
 * cells) crosses its column's band on that page (from the column's unspanned cells) — the ruled
 * cell it is, when the table is ruled. A column blank all down one page of a table continued over
 * pages takes its band from another page of the same size (the reader joins pages only when their
 * column edges match).
 */
import type { Grid, GridCell, Paragraph, Region, Related, SourceRef } from '../types';

const key = (file: string, sheet: string): string => `${file}\u0000${sheet}`;

interface Sheet {
  cells: Map<string, GridCell>;
  /** Per grid row: the page and the top and bottom of its unspanned cells. */
  rows: Map<number, { page: number; top: number; bottom: number }>;
  /** Per page and grid column: the left and right of its unspanned cells. */
  cols: Map<string, { x0: number; x1: number }>;
  sizes: Record<number, [number, number]>;
}

function sheetOf(grid: Grid): Sheet {
  const s: Sheet = { cells: new Map(), rows: new Map(), cols: new Map(), sizes: grid.pageSizes ?? {} };
  for (const row of grid.rows) {
    for (const g of row) {
      if (!g || g.page === undefined || !g.bbox) continue;
      s.cells.set(g.address, g);
      if ((g.rowSpan ?? 1) === 1 && !s.rows.has(g.r)) s.rows.set(g.r, { page: g.page, top: g.bbox[1], bottom: g.bbox[3] });
      const ck = `${g.page}:${g.c}`;
      if ((g.colSpan ?? 1) === 1 && !s.cols.has(ck)) s.cols.set(ck, { x0: g.bbox[0], x1: g.bbox[2] });
    }
  }
  return s;
}

/** 'C12' → 0-based row and column. */
function position(address: string): { r: number; c: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export class RegionIndex {
  private readonly sheets = new Map<string, Sheet>();

  constructor(grids: readonly Grid[] = []) {
    for (const grid of grids) if (grid.pages?.length) this.sheets.set(key(grid.file, grid.sheet), sheetOf(grid));
  }

  /** The printed region of a cell named by file, sheet and address; undefined off a PDF or where nothing places it. */
  at(file: string | undefined, sheet: string | undefined, cell: string | undefined): Region | undefined {
    if (file === undefined || sheet === undefined || cell === undefined) return undefined;
    const s = this.sheets.get(key(file, sheet));
    if (!s) return undefined;
    const g = s.cells.get(cell);
    if (g) return region(g.page!, g.bbox!, s);
    const p = position(cell);
    const row = p && s.rows.get(p.r);
    const col = p && row && (s.cols.get(`${row.page}:${p.c}`) ?? sameColumnElsewhere(s, row.page, p.c));
    return row && col ? region(row.page, [col.x0, row.top, col.x1, row.bottom], s) : undefined;
  }
}

function sameColumnElsewhere(s: Sheet, page: number, c: number): { x0: number; x1: number } | undefined {
  const size = s.sizes[page];
  if (!size) return undefined;
  for (const [other, sz] of Object.entries(s.sizes)) {
    if (Number(other) === page || sz[0] !== size[0] || sz[1] !== size[1]) continue;
    const band = s.cols.get(`${other}:${c}`);
    if (band) return band;
  }
  return undefined;
}

function region(page: number, box: [number, number, number, number], s: Sheet): Region {
  const size = s.sizes[page];
  return { page, box, ...(size ? { pageSize: size } : {}) };
}

/**
 * Where a related narrative figure is: its line and, on PDF input, the page and printed line it
 * sits on (so a page map can outline it).
 */
export function textPlace(ref: SourceRef): Pick<Related, 'line' | 'page' | 'region'> {
  return { ...(ref.line ? { line: ref.line } : {}), ...(ref.region ? { page: ref.region.page, region: ref.region } : {}) };
}

/**
 * The ref of one character of a paragraph: its column and, on PDF input, the printed line it is on
 * (its page — a paragraph may run on over a page break — and its box).
 */
export function refInParagraph(p: Paragraph, offset: number): SourceRef {
  const ref: SourceRef = { ...p.ref, column: (p.ref.column ?? 1) + offset };
  const printed = p.printed?.filter((l) => l.offset <= offset).pop();
  return printed ? { ...ref, page: printed.region.page, region: printed.region } : ref;
}
