/**
 * Paragraphs → sentences, each with its heading path, in text as the parsers read it
 * (src/text normaliseText) and a map back to where each character was printed.
 *
 * Text as people write it:
 * - a line break inside a sentence (a paragraph that stops without 。；： and a next paragraph that
 *   is no heading or list item) joins the two lines into one sentence;
 * - a heading glued to its first sentence ("（二）政府采购情况说明2024年度…") is cut off and becomes
 *   a heading;
 * - several sections run together in one paragraph ("…。二、支出决算情况说明 本年支出…") are split
 *   at each heading, so no subject or list crosses into the next section.
 */
import type { Paragraph, SourceRef } from '../types';
import { halfWidth, normaliseText } from '../text';
import { refInParagraph } from '../engine/regions';

export interface Sentence {
  /** The sentence, normalised (full-width digits, no whitespace). */
  text: string;
  /** file + line (or paragraph number) + 1-based column of the sentence's first character. */
  ref: SourceRef;
  /** Heading path, outermost first. */
  section: string[];
  /** Index of the paragraph inside the narrative (sentences of one paragraph share it). */
  paragraph: number;
  /** Where the character at `offset` of `text` was printed. */
  at(offset: number): SourceRef;
}

const CN = '一二三四五六七八九十';
const PART = new RegExp(`^第[${CN}]+部分`);
const L2 = new RegExp(`^[${CN}]+、`);
const L3 = new RegExp(`^[（(][${CN}]+[)）]`);
const L4 = /^\d{1,2}[、.．](?!\d)/;
/** "（二）政府采购情况说明" followed directly by body text. */
const GLUED = new RegExp(`^((?:[（(][${CN}]+[)）]|[${CN}]+、|\\d{1,2}[、.．](?!\\d))[^，。；：,;:\\d]{2,24}?(?:情况说明|说明|情况))(?=\\S)(?!$)`);
const ENDS_SENTENCE = /[。；;：:！？!?）)”」]$/;
const STARTS_ITEM = new RegExp(`^(第[${CN}]+部分|[${CN}]+、|[（(][${CN}\\d]+[)）]|\\d{1,2}[、.．](?!\\d)|[#*>|-])`);

/** Heading level of a paragraph (1 part, 2 一、, 3 （一）, 4 1、 without sentence end), or 0. */
export function levelOf(p: Paragraph): number {
  // Full-width numbering (１．, （１）) marks headings and items like its ASCII form.
  return levelOfText(halfWidth(p.text.trim()), p.heading);
}

function levelOfText(t: string, heading?: number): number {
  if (PART.test(t) && t.length <= 30) return 1;
  if (t.length > 40 || /[。；;]$/.test(t) || /\d+(?:\.\d+)?\s*(?:[万亿]\s*元|元|%)/.test(t)) return 0;
  if (L2.test(t)) return 2;
  if (L3.test(t)) return 3;
  if (L4.test(t)) return 4;
  return heading ? Math.min(heading, 4) : 0;
}

/**
 * Split one text at 。！？ and at ；outside brackets, keeping the mark; returns [offset, text] pairs
 * (blank parts dropped). A ；ends a sentence as the end of a paragraph does: "A…；B…。" reads the same
 * as "A…；" and "B…。" printed as paragraphs of their own.
 */
export function splitText(text: string): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?' || (depth === 0 && (ch === '；' || ch === ';'))) {
      push(start, i + 1);
      start = i + 1;
      depth = 0;
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

/** A list marker whose colon ends a sentence: its items follow as sentences of their own (lists.ts FollowingList). */
const LIST_INTRO = /(其中|具体如下|如下|主要用于以下(?:几个)?方面)[：:]$/;

/** A sentence that starts an enumerated point: 1、 / 1. / （1） / （一） / 一、. */
const ENUMERATED = new RegExp(`^(?:[${CN}]+、|[（(][${CN}\\d]+[)）]|\\d{1,2}[、.．](?!\\d))`);

/**
 * A list marker's colon ("其中：", "主要用于以下方面："), or a colon followed by an enumerated point
 * ("…：1、…"), ends a sentence, as the end of its paragraph does: the items that follow are sentences
 * of their own whether they are printed as paragraphs or run on (lists.ts FollowingList).
 */
function splitAtListColons(pieces: { offset: number; text: string }[]): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  for (const piece of pieces) {
    let from = 0;
    for (const m of piece.text.matchAll(/[：:]/g)) {
      const cut = m.index! + 1;
      if (cut >= piece.text.length || !(ENUMERATED.test(piece.text.slice(cut)) || LIST_INTRO.test(piece.text.slice(from, cut)))) continue;
      out.push({ offset: piece.offset + from, text: piece.text.slice(from, cut) });
      from = cut;
    }
    out.push(from ? { offset: piece.offset + from, text: piece.text.slice(from) } : piece);
  }
  return out;
}

/** One logical paragraph: printed lines joined, with a map from its characters to their refs. */
interface Joined {
  text: string;
  heading?: number;
  index: number;
  at(offset: number): SourceRef;
}

/** Lines broken inside a sentence become one paragraph. */
function joinBrokenLines(paragraphs: Paragraph[]): Joined[] {
  const out: Joined[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const first = paragraphs[i];
    const parts: Paragraph[] = [first];
    while (
      i + 1 < paragraphs.length &&
      !levelOf(parts[parts.length - 1]) &&
      !ENDS_SENTENCE.test(parts[parts.length - 1].text.trim()) &&
      !levelOf(paragraphs[i + 1]) &&
      !STARTS_ITEM.test(halfWidth(paragraphs[i + 1].text.trim())) &&
      paragraphs[i + 1].ref.file === first.ref.file
    ) {
      parts.push(paragraphs[++i]);
    }
    i++;
    const starts: number[] = [];
    let text = '';
    for (const p of parts) {
      starts.push(text.length);
      text += p.text;
    }
    const at = (offset: number): SourceRef => {
      let k = parts.length - 1;
      while (k > 0 && starts[k] > offset) k--; // few parts per paragraph
      return refInParagraph(parts[k], offset - starts[k]);
    };
    out.push({ text, ...(first.heading ? { heading: first.heading } : {}), index: out.length, at });
  }
  return out;
}

export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  const stack: string[] = [];
  // the heading path, shared by the sentences under one heading (rebuilt when a heading is set)
  let section: string[] | undefined;
  const setHeading = (level: number, text: string): void => {
    section = undefined;
    stack.length = Math.min(stack.length, level - 1);
    while (stack.length < level - 1) stack.push('');
    stack.push(text);
  };
  // Paragraph numbers: one per printed paragraph, and a new one at each enumerated point (1、 （2）)
  // inside a paragraph — the same point reads the same whether or not a line break precedes it.
  let paragraphNo = -1;
  for (const p of joinBrokenLines(paragraphs)) {
    paragraphNo++;
    const level = levelOfText(halfWidth(p.text.trim()), p.heading);
    if (level) {
      setHeading(level, p.text.trim());
      continue;
    }
    const norm = normaliseText(p.text);
    const refAt = (offset: number): SourceRef => p.at(norm.origin[Math.min(offset, norm.origin.length - 1)]);
    for (const piece of splitAtListColons(splitText(norm.text))) {
      let text = piece.text;
      let offset = piece.offset;
      if (offset > 0 && ENUMERATED.test(text)) paragraphNo++;
      // a heading glued to its sentence, at the paragraph's start or after a 。 (sections run together)
      const glued = GLUED.exec(text);
      if (glued && text.length > glued[1].length + 4) {
        setHeading(L2.test(glued[1]) ? 2 : L4.test(glued[1]) ? 4 : 3, glued[1]);
        text = text.slice(glued[1].length);
        offset += glued[1].length;
      } else if (offset > 0 && levelOfText(text) && !/\d/.test(text)) {
        setHeading(levelOfText(text), text);
        continue;
      }
      const base = offset;
      if (!section) section = stack.filter(Boolean);
      out.push({ text, ref: refAt(base), section, paragraph: paragraphNo, at: (o) => refAt(base + o) });
    }
  }
  return out;
}
