/**
 * Tables as Grids, laid out as a workbook holds the same table: the caption lines above (title,
 * 单位) and the notes below (注：…) as rows of their own, the table's grid rows below them, and a
 * merged cell's text copied into the cells it covers (as read/xlsx.ts does with merged ranges), so
 * the recognizers see what they see from a workbook. A table continued on the next page is joined
 * when its column edges match; a repeated header is dropped.
 */
import type { Grid, GridCell, Unrecognised } from '../../types';
import { a1 } from '../grid';
import { headingLevel } from '../text';
import { round2 } from './geometry';
import type { Line } from './lines';
import { cellText, type PageTable } from './tables';
import { isUnreadable, normaliseText } from './text';

export interface Placed {
  table: PageTable;
  above: Line[];
  below: Line[];
}

const NUMBER = /^[-+]?[\d,]*\.?\d+%?$/;

/** Short lines just above a table (its title, 单位) and 注/说明 lines just below it are the table's. */
export function captions(tables: PageTable[], lines: Line[]): { placed: Placed[]; rest: Line[] } {
  const taken = new Set<Line>();
  const placed: Placed[] = tables.map((t) => ({ table: t, above: [], below: [] }));
  placed.forEach((p, i) => {
    const floor = i > 0 ? tables[i - 1].box[3] : -Infinity;
    const above = lines.filter((l) => l.bottom <= p.table.box[1] + 1 && l.top >= floor - 1 && !taken.has(l)).sort((a, b) => b.top - a.top);
    let edge = p.table.box[1];
    for (const l of above) {
      if (p.above.length >= 4) break;
      if (edge - l.bottom > 3 * l.size) break;
      if (l.text.length > 40 || /[。；：:，,、]$/.test(l.text) || headingLevel(l.text)) break;
      p.above.unshift(l);
      taken.add(l);
      edge = l.top;
    }
    const ceiling = i + 1 < tables.length ? tables[i + 1].box[1] : Infinity;
    const below = lines.filter((l) => l.top >= p.table.box[3] - 1 && l.bottom <= ceiling + 1 && !taken.has(l)).sort((a, b) => a.top - b.top);
    edge = p.table.box[3];
    let inNote = false;
    for (const l of below) {
      if (p.below.length >= 6 || l.top - edge > 2 * l.size) break;
      if (/^(注|说明|备注)[:：\d]/.test(l.text)) inNote = true;
      else if (!inNote || headingLevel(l.text)) break;
      p.below.push(l);
      taken.add(l);
      edge = l.bottom;
    }
  });
  return { placed, rest: lines.filter((l) => !taken.has(l)) };
}

/** One table, possibly over several pages. */
export interface Assembled {
  parts: Placed[];
  /** Rows of the continuation parts to skip (a repeated header), by part index. */
  skip: number[];
}

function rowTexts(t: PageTable, r: number): string {
  const seen = new Set<unknown>();
  return t.cellAt[r].filter((c) => !seen.has(c) && seen.add(c)).map((c) => normaliseText(cellText(c))).join('|');
}

const sameEdges = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= 2);

const CONTINUED = /[（(]\s*续\s*[)）]|续表|\s*续$/g;

/** A continuation may repeat its table's caption lines, marked 续 or not; nothing else. */
function repeatsCaption(first: Placed, next: Placed): boolean {
  const known = new Set(first.above.map((l) => l.text.replace(CONTINUED, '')));
  return next.above.every((l) => known.has(l.text.replace(CONTINUED, '')) || /^续表?$/.test(l.text.trim()));
}

/**
 * Join a table with the first table of the next page when nothing stands between them (no text
 * below the first; above the second nothing but its caption repeated, 续 or not) and the column
 * edges match.
 */
export function assemble(pages: { placed: Placed[]; rest: Line[] }[]): Assembled[] {
  const out: Assembled[] = [];
  let prevPage: { placed: Placed[]; rest: Line[] } | undefined;
  for (const page of pages) {
    page.placed.forEach((p, i) => {
      const last = out[out.length - 1];
      const lastPart = last?.parts[last.parts.length - 1];
      const continues =
        i === 0 &&
        !!lastPart &&
        !!prevPage &&
        lastPart.table.page === p.table.page - 1 &&
        prevPage.placed[prevPage.placed.length - 1] === lastPart &&
        lastPart.below.length === 0 &&
        repeatsCaption(last.parts[0], p) &&
        !prevPage.rest.some((l) => l.top >= lastPart.table.box[3] - 1) &&
        !page.rest.some((l) => l.bottom <= p.table.box[1] + 1) &&
        sameEdges(lastPart.table.xs, p.table.xs);
      if (continues) {
        const first = last.parts[0].table;
        let k = 0;
        while (k < Math.min(6, p.table.ys.length - 2, first.ys.length - 1) && rowTexts(p.table, k) !== '' && rowTexts(p.table, k) === rowTexts(first, k) && !rowTexts(p.table, k).split('|').some((t) => NUMBER.test(t))) k++;
        last.parts.push(p);
        last.skip.push(k);
      } else out.push({ parts: [p], skip: [0] });
    });
    prevPage = page;
  }
  return out;
}

function lineRow(l: Line, r: number, page: number): (GridCell | undefined)[] {
  // a caption line of several pieces far apart (编制单位 … 单位：万元) gives one cell per piece
  const pieces: { text: string; x0: number; x1: number }[] = [];
  for (const run of l.runs) {
    const last = pieces[pieces.length - 1];
    if (last && run.x0 - last.x1 < 3 * run.size) {
      last.text += run.text;
      last.x1 = run.x1;
    } else pieces.push({ text: run.text, x0: run.x0, x1: run.x1 });
  }
  return pieces
    .map((p) => normaliseText(p.text))
    .filter((t) => t !== '')
    .map((raw, c) => ({ r, c, address: a1(r, c), raw, value: raw, page, bbox: [round2(l.x0), round2(l.top), round2(l.x1), round2(l.bottom)] as [number, number, number, number] }));
}

export function gridOf(file: string, sheet: string, t: Assembled, unreadable: Unrecognised[]): Grid {
  const rows: (GridCell | undefined)[][] = [];
  const pages = [...new Set(t.parts.map((p) => p.table.page))];
  for (const l of t.parts[0].above) rows.push(lineRow(l, rows.length, l.page));
  let colCount = 0;
  t.parts.forEach((part, pi) => {
    const tb = part.table;
    const R = tb.ys.length - 1, C = tb.xs.length - 1;
    colCount = Math.max(colCount, C);
    const base = rows.length - t.skip[pi];
    const texts = new Map(tb.cells.map((c) => [c, normaliseText(cellText(c))]));
    for (let r = t.skip[pi]; r < R; r++) {
      const row: (GridCell | undefined)[] = [];
      for (let c = 0; c < C; c++) {
        const cell = tb.cellAt[r][c];
        const raw = texts.get(cell) ?? '';
        if (raw === '') continue;
        const origin = cell.r === r && cell.c === c;
        // as merged workbook cells: a header's text repeats in the cells it covers, a figure does not
        if (!origin && NUMBER.test(raw)) continue;
        const gr = base + r;
        const g: GridCell = { r: gr, c, address: a1(gr, c), raw, value: raw, page: tb.page, bbox: cell.box.map(round2) as [number, number, number, number] };
        if (cell.rowSpan > 1) g.rowSpan = cell.rowSpan;
        if (cell.colSpan > 1) g.colSpan = cell.colSpan;
        row[c] = g;
        if (origin && isUnreadable(raw)) unreadable.push({ file, sheet, range: g.address, reason: `第${tb.page}页 ${g.address} 的文字无法识别（字体缺少可用的字符映射），未按数字读取` });
      }
      rows.push(row);
    }
  });
  for (const l of t.parts[t.parts.length - 1].below) rows.push(lineRow(l, rows.length, l.page));
  for (const row of rows) colCount = Math.max(colCount, row.length);
  return { file, sheet, rowCount: rows.length, colCount, rows, placedBy: 'rules', pages };
}
