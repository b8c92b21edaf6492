/**
 * Narrative paragraphs from text lines: a line continues the paragraph above when that one ran to
 * the right margin and this one is not indented — on the same page or across a page break.
 * Headings (第X部分, 一、, （一）) are paragraphs of their own.
 */
import type { Paragraph, Region } from '../../types';
import { headingLevel } from '../text';
import type { Line } from './lines';

function margins(lines: Line[], widthOf: (l: Line) => number): Map<number, { left: number; right: number }> {
  // Per page width (portrait and landscape pages differ): the usual left edge and right edge.
  const byWidth = new Map<number, Line[]>();
  for (const l of lines) {
    const w = Math.round(widthOf(l));
    (byWidth.get(w) ?? byWidth.set(w, []).get(w)!).push(l);
  }
  const out = new Map<number, { left: number; right: number }>();
  for (const [w, ls] of byWidth) {
    const x1s = ls.map((l) => l.x1).sort((a, b) => a - b);
    const x0s = ls.map((l) => Math.round(l.x0)).sort((a, b) => a - b);
    const count = new Map<number, number>();
    for (const x of x0s) count.set(x, (count.get(x) ?? 0) + 1);
    const left = Math.min(...[...count].filter(([, n]) => n >= Math.max(2, ls.length * 0.1)).map(([x]) => x), x0s[0] ?? 0);
    const right = x1s[Math.floor(x1s.length * 0.95)] ?? 0;
    out.set(w, { left, right });
  }
  return out;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Where a line is printed, for a page map of the findings in it. */
function regionOf(line: Line, sizes: Map<number, [number, number]>): Region {
  const size = sizes.get(line.page);
  return { page: line.page, box: [round2(line.x0), round2(line.top), round2(line.x1), round2(line.bottom)], ...(size ? { pageSize: size } : {}) };
}

/** `sizes`: each page's width and height in points. */
export function paragraphsOf(lines: Line[], file: string, sizes: Map<number, [number, number]>): Paragraph[] {
  const widthOf = (l: Line): number => sizes.get(l.page)?.[0] ?? 0;
  const m = margins(lines, widthOf);
  const out: Paragraph[] = [];
  let prev: Line | undefined;
  let lineNo = 0;
  lines.forEach((line, i) => {
    lineNo++;
    const heading = headingLevel(line.text);
    const mg = m.get(Math.round(widthOf(line)))!;
    const last = out[out.length - 1];
    let joins = false;
    if (prev && last && !last.heading && !heading) {
      const pm = m.get(Math.round(widthOf(prev)))!;
      const full = prev.x1 >= pm.right - 1.5 * prev.size;
      const indented = line.x0 > mg.left + 0.8 * line.size;
      const near = prev.page === line.page ? line.top - prev.bottom < 1.2 * Math.max(prev.size, line.size) : line.page === prev.page + 1 && lines[i - 1] === prev;
      joins = full && !indented && near;
    }
    if (joins) {
      last.text += /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
      last.printed!.push({ offset: last.text.length, region: regionOf(line, sizes) });
      last.text += line.text;
    } else {
      out.push({ text: line.text, ref: { file, page: line.page, line: lineNo, column: 1 }, ...(heading ? { heading } : {}), printed: [{ offset: 0, region: regionOf(line, sizes) }] });
    }
    prev = line;
  });
  return out;
}
