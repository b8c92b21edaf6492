/**
 * PDF input: a small inline SVG "page map" for a finding's detail — the page at a fixed width,
 * the flagged cell's printed box (or a narrative figure's printed line) filled, related cells and
 * figures on the same page outlined, captioned "第 8 页 C12" / "p. 8 C12". Self-contained (no external assets), drawn with presentation
 * attributes so it prints, and an image to assistive technology (role="img" + aria-label).
 * A finding without a region (a workbook, a Word or text narrative) gets nothing.
 */
import type { Lang, LintMessage, Region } from '../types';
import { escapeHtml as h, pageText } from './common';

/** The page map's width in CSS pixels. */
export const MAP_WIDTH = 160;
/** A box smaller than this (px) is drawn at this size, so a narrow cell stays visible. */
const MIN_MARK = 2;

const COLOURS = { error: '#c62828', warning: '#b26a00', related: '#1565c0', page: '#57606a' };

const px = (n: number): string => String(Math.round(n * 10) / 10);

function rect(box: Region['box'], scale: number, attrs: string): string {
  const w = Math.max(MIN_MARK, (box[2] - box[0]) * scale);
  const hh = Math.max(MIN_MARK, (box[3] - box[1]) * scale);
  return `<rect x="${px(box[0] * scale)}" y="${px(box[1] * scale)}" width="${px(w)}" height="${px(hh)}" ${attrs}/>`;
}

/** The page map of a finding, or '' when the finding has no region with a page size. */
export function pageMap(m: LintMessage, lang: Lang): string {
  const r = m.region;
  if (!r?.pageSize || !(r.pageSize[0] > 0) || !(r.pageSize[1] > 0)) return '';
  const scale = MAP_WIDTH / r.pageSize[0];
  const height = r.pageSize[1] * scale;
  const caption = [pageText(r.page, lang), m.cell ?? ''].filter(Boolean).join(' ');
  const label = lang === 'en' ? `Where ${caption} is printed on the page` : `${caption}在页面上的位置`;
  const related = (m.related ?? []).filter((x) => x.region && x.region.page === r.page);
  const colour = m.severity === 2 ? COLOURS.error : COLOURS.warning;
  const parts = [
    `<rect x="0.5" y="0.5" width="${px(MAP_WIDTH - 1)}" height="${px(height - 1)}" fill="#fff" stroke="${COLOURS.page}" stroke-width="1"/>`,
    ...related.map((x) => rect(x.region!.box, scale, `class="rel" fill="none" stroke="${COLOURS.related}" stroke-width="1" stroke-dasharray="2 1"`)),
    rect(r.box, scale, `class="mark" fill="${colour}" fill-opacity="0.85" stroke="${colour}" stroke-width="0.5"`),
  ];
  return (
    `<figure class="page-map">` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${h(label)}" width="${MAP_WIDTH}" height="${px(height)}" viewBox="0 0 ${MAP_WIDTH} ${px(height)}"><title>${h(label)}</title>${parts.join('')}</svg>` +
    `<figcaption>${h(caption)}</figcaption></figure>`
  );
}
