/** Narrative as .md / .txt (UTF-8 or GBK): one paragraph per non-blank line, with its line number. */
import type { Paragraph, ReadOutput, Reader } from '../types';
import { ReadError } from '../errors';
import { decodeText, looksBinary } from './encoding';

/** 第一部分 / 一、 / （一） / 1. headings, and Markdown #. */
export function headingLevel(text: string): number | undefined {
  const t = text.trim();
  if (t.length > 60) return undefined;
  if (/^第[一二三四五六七八九十]+部分/.test(t)) return 1;
  if (/^[一二三四五六七八九十]+、/.test(t)) return 2;
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(t) && t.length <= 40 && !/[。；]$/.test(t)) return 3;
  return undefined;
}

const ITEM_START = /^(?:\d+[.、．)）]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|[|>*-])/;

/**
 * A line cut in the middle of a sentence (a PDF or e-mail wrap) goes on in the next line: it reads
 * as prose (a clause mark inside, or 12 characters or more), ends inside a clause (no 。；：！？), and the next line
 * starts no heading, item, table row or list entry. A blank line always ends a paragraph.
 */
function continues(previous: Paragraph | undefined, prevBlank: boolean, body: string, isMd: boolean): boolean {
  if (!previous || prevBlank || previous.heading || isMd || !body) return false;
  const prev = previous.text;
  if (ITEM_START.test(body) || /^[|#]/.test(prev)) return false;
  if (!/[\u4e00-\u9fa5\d，、%]$/.test(prev)) return false;
  return /[，；、]/.test(prev) || prev.length >= 12;
}

export function paragraphsFromText(text: string, file: string): Paragraph[] {
  const out: Paragraph[] = [];
  let blank = true;
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    const md = /^(#{1,6})\s+(.*)$/.exec(line);
    const body = (md ? md[2] : line.replace(/^\s*[-*]\s+/, '')).trim();
    if (!body) {
      blank = true;
      return;
    }
    const last = out[out.length - 1];
    const heading = md ? Math.min(md[1].length, 3) : headingLevel(body);
    if (!heading && !/^\s*[-*]\s+/.test(line) && continues(last, blank, body, !!md)) {
      last.text += body;
      blank = false;
      return;
    }
    blank = false;
    const column = line.indexOf(body) + 1;
    out.push({ text: body, ref: { file, line: i + 1, column: column > 0 ? column : 1 }, ...(heading ? { heading } : {}) });
  });
  return out;
}

export function readText(bytes: Buffer, file: string): ReadOutput {
  if (looksBinary(bytes)) throw new ReadError('fileBinary', file);
  return { grids: [], paragraphs: paragraphsFromText(decodeText(bytes), file) };
}

export const textReader: Reader = { id: 'text', extensions: ['.md', '.txt', '.markdown'], read: readText };
