/**
 * Text a PDF's fonts may have garbled. A font without a usable ToUnicode map yields U+FFFD or
 * private-use code points (unreadable: reported, never guessed), or Kangxi radicals and
 * compatibility ideographs in place of the ideographs they look like (NFKC maps them back). Word
 * processors also space out short labels ("项 目"); the spaces between Han characters go.
 */
import type { Run } from './geometry';

const UNREADABLE = /[\uFFFD\uE000-\uF8FF]|[\uDB80-\uDBFF][\uDC00-\uDFFF]/;
/** Kangxi radicals, CJK radicals supplement, CJK compatibility ideographs (and supplement). */
const LOOKALIKE = /[\u2E80-\u2FDF\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/g;
const HAN = '\\u3400-\\u9FFF\\uF900-\\uFAFF\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20';
const HAN_SPACE = new RegExp(`(?<=[${HAN}])[ \\u00A0\\u3000]+(?=[${HAN}])`, 'g');

export function isUnreadable(text: string): boolean {
  return UNREADABLE.test(text);
}

export function normaliseText(text: string): string {
  let t = text.replace(LOOKALIKE, (ch) => ch.normalize('NFKC'));
  t = t.replace(HAN_SPACE, '');
  return t.replace(/\s+/g, ' ').trim();
}

const isAsciiWord = (ch: string | undefined): boolean => !!ch && /[A-Za-z0-9.%,)\-]/.test(ch);

/** Runs of one line, left to right, into text: a space only between Latin words set apart. */
export function joinLine(runs: Run[]): string {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  let out = '';
  let prev: Run | undefined;
  for (const r of sorted) {
    if (prev) {
      const gap = r.x0 - prev.x1;
      if (gap > 0.2 * Math.min(prev.size, r.size) && isAsciiWord(out[out.length - 1]) && isAsciiWord(r.text[0])) out += ' ';
    }
    out += r.text;
    prev = r;
  }
  return out;
}

/** Runs grouped into lines by baseline (top to bottom), each line's runs left to right. */
export function linesOf(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  const lines: Run[][] = [];
  let cur: Run[] = [];
  let base = -Infinity;
  let size = 0;
  for (const r of sorted) {
    if (cur.length && Math.abs(r.bottom - base) > 0.45 * Math.max(size, r.size)) {
      lines.push(cur);
      cur = [];
    }
    if (!cur.length) {
      base = r.bottom;
      size = r.size;
    }
    cur.push(r);
  }
  if (cur.length) lines.push(cur);
  return lines.map((l) => l.sort((a, b) => a.x0 - b.x0));
}
