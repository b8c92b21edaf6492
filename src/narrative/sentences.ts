/**
 * Paragraphs → sentences, each with its heading path. A heading glued to its first sentence
 * ("（二）政府采购情况说明2024年度政府采购支出总额…") is cut off and becomes a heading.
 */
import type { Paragraph, SourceRef } from '../types';

export interface Sentence {
  text: string;
  /** file + line (or paragraph number) + 1-based column of the sentence's first character. */
  ref: SourceRef;
  /** Heading path, outermost first. */
  section: string[];
  /** Index of the paragraph inside the narrative (sentences of one paragraph share it). */
  paragraph: number;
}

const CN = '一二三四五六七八九十';
const PART = new RegExp(`^第[${CN}]+部分`);
const L2 = new RegExp(`^[${CN}]+、`);
const L3 = new RegExp(`^[（(][${CN}]+[)）]`);
const L4 = /^\d{1,2}[、.．](?!\d)/;
/** "（二）政府采购情况说明" followed directly by body text. */
const GLUED = new RegExp(`^([（(][${CN}]+[)）][^，。；：,;:\\d]{2,24}?(?:情况说明|说明|情况))(?=\\S)(?!$)`);

/** Heading level of a paragraph (1 part, 2 一、, 3 （一）, 4 1、 without sentence end), or 0. */
export function levelOf(p: Paragraph): number {
  const t = p.text.trim();
  if (PART.test(t) && t.length <= 30) return 1;
  if (t.length > 40 || /[。；;]$/.test(t) || /\d+(?:\.\d+)?\s*(?:万元|元|%)/.test(t)) return 0;
  if (L2.test(t)) return 2;
  if (L3.test(t)) return 3;
  if (L4.test(t)) return 4;
  return p.heading ? Math.min(p.heading, 4) : 0;
}

/** Split one text at 。！？ keeping the mark; returns [offset, text] pairs (blank parts dropped). */
export function splitText(text: string): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?') {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.length);
  return out;
  function push(a: number, b: number): void {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ offset: a + lead, text: t });
  }
}

export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  const stack: string[] = [];
  const setHeading = (level: number, text: string): void => {
    stack.length = Math.min(stack.length, level - 1);
    while (stack.length < level - 1) stack.push('');
    stack.push(text);
  };
  paragraphs.forEach((p, index) => {
    let text = p.text;
    let column = p.ref.column ?? 1;
    const level = levelOf(p);
    if (level) {
      setHeading(level, text.trim());
      return;
    }
    const glued = GLUED.exec(text);
    if (glued && text.length > glued[1].length + 4) {
      setHeading(3, glued[1]);
      text = text.slice(glued[1].length);
      column += glued[1].length;
    }
    for (const s of splitText(text)) {
      out.push({ text: s.text, ref: { ...p.ref, column: column + s.offset }, section: stack.filter(Boolean), paragraph: index });
    }
  });
  return out;
}
