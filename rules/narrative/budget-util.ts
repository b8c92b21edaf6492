/**
 * Helpers of the narrative/budget-* rules: figures found in the budget narrative's paragraphs by
 * their label (一般公共预算收入116.76万元), as ledger cells in 万元 pointing at their line and column.
 * (The claim parser of src/narrative binds to 决算 tables; these patterns are the budget phrasings
 * it does not know yet.)
 */
import type { Cell, LintDocument, Paragraph, SourceRef, Unit } from '../../src/types';
import { FIGURE_SOURCE, figureValue, normaliseText } from '../../src/text';
import { toWan } from '../../src/narrative/numbers';

export interface Figure {
  label: string;
  cell: Cell;
  /** Text from the figure to the end of its sentence. */
  rest: string;
  paragraph: Paragraph;
  index: number;
  /** Index in the paragraph where `rest` starts. */
  restIndex: number;
}

/** The project's one figure pattern (src/text) with the amount units these rules read. */
export const NUMBER = `(${FIGURE_SOURCE})\\s*(万元|元)`;

/** A paragraph as the text rules read it (src/text normaliseText), with each index's printed column. */
export interface ReadParagraph {
  text: string;
  columnAt(index: number): number;
}

const READ = new WeakMap<Paragraph, ReadParagraph>();

export function readParagraph(p: Paragraph): ReadParagraph {
  let r = READ.get(p);
  if (!r) {
    const n = normaliseText(p.text);
    r = { text: n.text, columnAt: (i) => (p.ref.column ?? 1) + n.origin[Math.min(i, n.origin.length - 1)] };
    READ.set(p, r);
  }
  return r;
}

/** A narrative figure as a cell in 万元 (元 figures converted exactly); `index` is in the read text. */
export function figureCell(raw: string, unit: string, p: Paragraph, index: number): Cell {
  const ref: SourceRef = { ...p.ref, column: readParagraph(p).columnAt(index) };
  const { value, decimals } = figureValue(raw);
  return toWan({ value, raw: `${raw}${unit}`, decimals, ref }, unit as Unit);
}

/**
 * Figures named by `label` (a regex source) directly followed — after filler words only (为, 共计,
 * 安排, 预算) — by an amount. Figures inside spans already taken are skipped, so longer labels go first.
 */
export function findFigures(doc: LintDocument, labels: { key: string; label: string }[]): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const p of doc.narrative) {
    const text = readParagraph(p).text;
    const taken: [number, number][] = [];
    for (const { key, label } of labels) {
      const re = new RegExp(`(?:${label})(?:为|共计|合计|安排|预算|数)*\\s*${NUMBER}`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const [start, end] = [m.index, m.index + m[0].length];
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        const at = end - m[0].length + m[0].lastIndexOf(m[1]);
        const sentenceEnd = text.indexOf('。', end);
        const fig: Figure = { label: m[0].slice(0, m[0].lastIndexOf(m[1])), cell: figureCell(m[1], m[2], p, at), rest: text.slice(end, sentenceEnd < 0 ? undefined : sentenceEnd), paragraph: p, index: at, restIndex: end };
        out.set(key, [...(out.get(key) ?? []), fig]);
      }
    }
  }
  return out;
}

/** Items of a list "A20万元、B4.8万元、C减少1.2万元": label and amount cells. */
export function listItems(text: string, p: Paragraph, offset: number): { label: string; cell: Cell }[] {
  const items: { label: string; cell: Cell }[] = [];
  const re = new RegExp(`([^、，,；;：:。\\d]+?)(?:减少|增加|下降|增长)?${NUMBER}`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = offset + m.index + m[0].lastIndexOf(m[2]);
    items.push({ label: m[1].replace(/^(?:主要为|主要是|包括|其中)[:：]?/, '').replace(/^主要为/, ''), cell: figureCell(m[2], m[3], p, at) });
  }
  return items;
}
