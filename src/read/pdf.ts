/**
 * Published PDFs (text PDFs exported by office software) through pdfjs-dist: tables from their
 * ruling lines as Grids with page, spans and bounding boxes (read/pdf/tables.ts, grids.ts), the
 * rest as narrative paragraphs with page and line (read/pdf/narrative.ts). Scanned PDFs (no text
 * layer) and password-protected ones are refused with one clear message: no OCR is done.
 */
import type { Grid, ReadOutput, Reader, Unrecognised } from '../types';
import { ReadError } from '../errors';
import { openPdf, pdfjs } from './pdf/load';
import { readPage, type PageContent } from './pdf/page';
import { dropRunningText, toLines, type Line } from './pdf/lines';
import { findTables, placeRuns } from './pdf/tables';
import { assemble, captions, gridOf, type Placed } from './pdf/grids';
import { paragraphsOf } from './pdf/narrative';
import { positionTables } from './pdf/fallback';
import { isUnreadable } from './pdf/text';
import { round2 } from './pdf/geometry';

export const MAX_PDF_PAGES = 2000;

export async function readPdf(bytes: Buffer, file: string): Promise<ReadOutput> {
  const lib = pdfjs();
  const doc = await openPdf(bytes, file);
  const pages: PageContent[] = [];
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new ReadError('pdfTooManyPages', file, { count: doc.numPages, limit: MAX_PDF_PAGES });
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(await doc.getPage(n), n, lib));
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError('pdfCorrupt', file, { reason: (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200) });
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  if (!pages.some((p) => p.runs.some((r) => r.text.trim() !== ''))) throw new ReadError('pdfNoText', file, { pages: pages.length });

  const tablesOf = new Map(pages.map((p) => [p.number, findTables(p.number, p.segments)]));
  dropRunningText(pages, new Map([...tablesOf].map(([n, ts]) => [n, ts.map((t) => t.box)])));
  const unreadable: Unrecognised[] = [];
  const perPage: { placed: Placed[]; rest: Line[] }[] = [];
  const positioned = new Set<Placed>();
  for (const p of pages) {
    const tables = tablesOf.get(p.number)!;
    const rest = toLines(p.number, placeRuns(tables, p.runs));
    const cap = captions(tables, rest);
    // Text outside every ruled table that still stands in aligned columns of figures (a table drawn
    // without lines, or with rules between rows only) is read by position, as weak evidence.
    const fb = positionTables(p.number, cap.rest);
    if (fb.tables.length) {
      const again = captions(fb.tables, fb.rest);
      again.placed.forEach((pl) => positioned.add(pl));
      const placed = [...cap.placed, ...again.placed].sort((a, b) => a.table.box[1] - b.table.box[1]);
      perPage.push({ placed, rest: again.rest });
      continue;
    }
    perPage.push(cap);
  }
  const sizes = new Map(pages.map((p) => [p.number, [round2(p.width), round2(p.height)] as [number, number]]));
  const grids: Grid[] = [];
  const perPageCount = new Map<number, number>();
  for (const t of assemble(perPage)) {
    const first = t.parts[0].table.page;
    const n = (perPageCount.get(first) ?? 0) + 1;
    perPageCount.set(first, n);
    const last = t.parts[t.parts.length - 1].table.page;
    const onPage = perPage.find((pp) => pp.placed[0]?.table.page === first)?.placed.length ?? 1;
    const sheet = `第${first}${last !== first ? `–${last}` : ''}页${onPage > 1 || n > 1 ? ` 表${n}` : ''}`;
    const grid = gridOf(file, sheet, t, unreadable);
    if (t.parts.some((p) => positioned.has(p))) grid.placedBy = 'position';
    grid.pageSizes = pageSizesOf(grid, sizes);
    grids.push(grid);
  }
  const lines = perPage.flatMap((pp) => pp.rest);
  const kept: Line[] = [];
  for (const l of lines) {
    // Text a font garbled is never read for figures: a line with digits and unreadable characters goes.
    if (isUnreadable(l.text) && /\d/.test(l.text)) {
      unreadable.push({ file, sheet: `第${l.page}页`, reason: `第${l.page}页一行文字无法识别（字体缺少可用的字符映射），未读取：${l.text.slice(0, 30)}` });
      continue;
    }
    kept.push(l);
  }
  const paragraphs = paragraphsOf(kept, file, sizes);
  return { grids, paragraphs, ...(unreadable.length ? { unreadable } : {}) };
}

export const pdfReader: Reader = { id: 'pdf', extensions: ['.pdf'], read: (bytes, file) => readPdf(bytes, file) };

/** The size of every page a grid's cells are printed on. */
function pageSizesOf(grid: Grid, sizes: Map<number, [number, number]>): Record<number, [number, number]> {
  const out: Record<number, [number, number]> = {};
  for (const row of grid.rows) for (const g of row) if (g?.page !== undefined && !(g.page in out) && sizes.has(g.page)) out[g.page] = sizes.get(g.page)!;
  return out;
}
