/**
 * The printed text of a document the doc/* rules read: narrative paragraphs (with their heading
 * level), table titles and the notes under tables, each with where it sits.
 */
import type { LintDocument, SourceRef } from '../../../src/types';
import { refInParagraph } from '../../../src/engine/regions';

export interface PrintedLine {
  text: string;
  at: SourceRef;
  /** A heading, a table title, or a short line with no sentence punctuation (a title-like line). */
  titleLike: boolean;
  source: 'narrative' | 'table';
  /** A narrative line: the ref of its character at `offset` (its column; on a PDF, its printed line). */
  refAt?: (offset: number) => SourceRef;
}

const SENTENCE = /[，。；：,;:]/;

/**
 * Full-width digits, decimal point and per-cent sign read as ASCII ("２０２４年" is 2024年): the
 * rules compare years and figures, and DESIGN reads full-width digits as digits everywhere. Brackets
 * and other punctuation stay as printed (下降（增长） is quoted as the document has it).
 */
export function foldDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function tableCell(range: string | undefined): string {
  return /^([A-Z]+\d+)/.exec(range ?? '')?.[1] ?? 'A1';
}

export function printedLines(doc: LintDocument): PrintedLine[] {
  const lines: PrintedLine[] = [];
  for (const p of doc.narrative) {
    const text = foldDigits(p.text.trim());
    if (!text) continue;
    const lead = p.text.length - p.text.trimStart().length;
    const refAt = (offset: number): SourceRef => refInParagraph(p, lead + offset);
    lines.push({ text, at: p.ref, titleLike: p.heading !== undefined || (text.length <= 60 && !SENTENCE.test(text)), source: 'narrative', refAt });
  }
  for (const t of doc.tables) {
    const at: SourceRef = { file: t.source.file, sheet: t.source.sheet, cell: tableCell(t.source.range) };
    for (const c of t.captions ?? []) lines.push({ text: foldDigits(c.trim()), at, titleLike: true, source: 'table' });
    if (t.title) lines.push({ text: foldDigits(t.title), at, titleLike: true, source: 'table' });
    for (const n of t.notes ?? []) lines.push({ text: foldDigits(n.trim()), at, titleLike: false, source: 'table' });
  }
  return lines;
}

/**
 * The texts inside the self-evaluation tables (年度目标, 实际完成情况, 评价结论 and the other analysis
 * cells), one line per cell, for the rules that look for template text left unfilled.
 */
export function evaluationTextLines(doc: LintDocument): PrintedLine[] {
  const lines: PrintedLine[] = [];
  for (const e of [...doc.evaluations, ...doc.deptEvaluations]) {
    for (const p of [...(e.goals ?? []), ...(e.achieved ?? []), ...(e.analysis ?? [])]) {
      const text = foldDigits(p.text.trim());
      if (text) lines.push({ text, at: p.ref, titleLike: false, source: 'table' });
    }
  }
  return lines;
}

/**
 * Entries of the 目录: the paragraphs after the 目录 line, up to the first one the body repeats
 * (the 目录 lists the part headings the body prints again) or the first sentence.
 */
export function contentsLines(doc: LintDocument): PrintedLine[] {
  const start = doc.narrative.findIndex((p) => /^目\s*录$/.test(p.text.trim()));
  if (start < 0) return [];
  const out: PrintedLine[] = [];
  const seen = new Set<string>();
  for (const p of doc.narrative.slice(start + 1, start + 120)) {
    const text = foldDigits(p.text.replace(/\s+/g, ''));
    if (!text) continue;
    if (seen.has(text) || SENTENCE.test(text) || text.length > 60) break;
    seen.add(text);
    out.push({ text: foldDigits(p.text.trim()), at: p.ref, titleLike: true, source: 'narrative' });
  }
  return out;
}
