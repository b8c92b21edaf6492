/**
 * A narrative kept inside the workbook: a sheet (情况说明) whose cells are mostly sentences, one
 * paragraph per cell (multi-line cells split at line breaks). Sheets of figures — the tables, the
 * self-evaluation forms with their analysis cells — are left alone: their text belongs to them.
 */
import type { Grid, Paragraph } from '../types';
import { headingLevel } from './text';

const LONG = 20;

function isProse(text: string): boolean {
  return text.length >= LONG && /[，。；：]/.test(text);
}

/** Sheets where prose cells are at least half of the non-empty cells (and there are two or more). */
export function isTextSheet(grid: Grid): boolean {
  let filled = 0;
  let prose = 0;
  for (const row of grid.rows) {
    for (const c of row) {
      if (!c || !c.raw) continue;
      filled++;
      if (isProse(c.raw)) prose++;
    }
  }
  return prose >= 2 && prose * 2 >= filled;
}

/** Paragraphs of the text sheets among `grids`, each pointing at its cell (sheet + A1, line = row). */
export function paragraphsFromGrids(grids: Grid[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const g of grids) {
    if (!isTextSheet(g)) continue;
    for (const row of g.rows) {
      for (const c of row) {
        if (!c || !c.raw) continue;
        for (const line of String(c.value ?? c.raw).split(/\r\n|\n|\r/)) {
          const text = line.trim();
          if (!text) continue;
          const heading = headingLevel(text);
          out.push({ text, ref: { file: g.file, sheet: g.sheet, cell: c.address, line: c.r + 1, column: 1 }, ...(heading ? { heading } : {}) });
        }
      }
    }
  }
  return out;
}
