/** One page as the reader sees it: its size, text runs and ruling lines, in top-left points. */
import type { PdfMarkedContent, PdfPage, PdfTextItem, Pdfjs } from './load';
import { apply, boxOf, type Box, type Run, type Segment } from './geometry';
import { segmentsOf } from './ops';

export interface PageContent {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  segments: Segment[];
}

function runOf(item: PdfTextItem, vt: readonly number[], artifact: boolean): Run | null {
  const t = item.transform;
  const size = Math.hypot(t[2], t[3]) || Math.abs(t[3]) || item.height;
  const len = Math.hypot(t[0], t[1]) || 1;
  const dx = t[0] / len, dy = t[1] / len;
  const w = item.width;
  const h = item.height || size;
  // the run's four corners in user space (baseline and top), then on the page
  const corners: [number, number][] = [
    [t[4], t[5]],
    [t[4] + w * dx, t[5] + w * dy],
    [t[4] - h * dy, t[5] + h * dx],
    [t[4] + w * dx - h * dy, t[5] + w * dy + h * dx],
  ].map(([x, y]) => apply(vt, x, y));
  const b = boxOf(corners);
  if (!Number.isFinite(b[0])) return null;
  return { text: item.str, x0: b[0], x1: b[2], top: b[1], bottom: b[3], size, artifact };
}

export async function readPage(page: PdfPage, number: number, lib: Pdfjs): Promise<PageContent> {
  const vp = page.getViewport({ scale: 1 });
  const [text, ops] = await Promise.all([page.getTextContent({ includeMarkedContent: true }), page.getOperatorList()]);
  const runs: Run[] = [];
  const tags: string[] = [];
  for (const item of text.items) {
    if ('type' in item) {
      const mc = item as PdfMarkedContent;
      if (mc.type === 'endMarkedContent') tags.pop();
      else tags.push(mc.tag ?? '');
      continue;
    }
    const it = item as PdfTextItem;
    if (!it.str || !it.str.trim()) continue;
    const run = runOf(it, vp.transform, tags.includes('Artifact'));
    if (run) runs.push(run);
  }
  const pageBox: Box = [0, 0, vp.width, vp.height];
  const segments = segmentsOf(ops, lib.OPS, vp.transform, pageBox);
  page.cleanup();
  return { number, width: vp.width, height: vp.height, runs, segments };
}
