/** Text lines outside tables, and the running headers, footers and page numbers to drop. */
import type { Box, Run } from './geometry';
import type { PageContent } from './page';
import { joinLine, linesOf, normaliseText } from './text';

export interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  runs: Run[];
}

export function toLines(page: number, runs: Run[]): Line[] {
  return linesOf(runs).map((rs) => ({
    page,
    text: normaliseText(joinLine(rs)),
    x0: Math.min(...rs.map((r) => r.x0)),
    x1: Math.max(...rs.map((r) => r.x1)),
    top: Math.min(...rs.map((r) => r.top)),
    bottom: Math.max(...rs.map((r) => r.bottom)),
    size: Math.max(...rs.map((r) => r.size)),
    runs: rs,
  })).filter((l) => l.text !== '');
}

const PAGE_NUMBER = /^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d+\s*页(\s*[/／共]\s*\d+\s*页?)?$|^\d+\s*[/／]\s*\d+$|^page\s*\d+/i;
/** The top and bottom bands of a page where running text lives. */
const BAND = 0.08;

/**
 * Runs to keep: those not marked as artifacts, not a page number in a band, and not a line that
 * repeats (digits aside) in the same band on at least three pages.
 */
export function dropRunningText(pages: PageContent[], tableBoxes: Map<number, Box[]> = new Map()): void {
  const key = (l: Line): string => l.text.replace(/\d+/g, '#');
  const inBand = (l: Line, h: number): 'top' | 'bottom' | null => (l.bottom < h * BAND ? 'top' : l.top > h * (1 - BAND) ? 'bottom' : null);
  const seen = new Map<string, number>();
  const banded: { page: PageContent; line: Line; band: string }[] = [];
  for (const p of pages) {
    p.runs = p.runs.filter((r) => !r.artifact);
    // text inside a table (a header repeated at the top of each page) is the table's, never running text
    const boxes = tableBoxes.get(p.number) ?? [];
    const outside = p.runs.filter((r) => !boxes.some((b) => (r.x0 + r.x1) / 2 >= b[0] && (r.x0 + r.x1) / 2 <= b[2] && (r.top + r.bottom) / 2 >= b[1] && (r.top + r.bottom) / 2 <= b[3]));
    for (const line of toLines(p.number, outside)) {
      const band = inBand(line, p.height);
      if (!band) continue;
      banded.push({ page: p, line, band });
      const k = `${band}\u0000${key(line)}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  }
  for (const { page, line, band } of banded) {
    const repeated = (seen.get(`${band}\u0000${key(line)}`) ?? 0) >= Math.min(3, Math.max(2, pages.length));
    if (PAGE_NUMBER.test(line.text) || repeated) {
      const drop = new Set(line.runs);
      page.runs = page.runs.filter((r) => !drop.has(r));
    }
  }
}
