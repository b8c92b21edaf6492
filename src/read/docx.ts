/**
 * .docx reader (mammoth → HTML): paragraphs with their headings (ref line = paragraph number), and
 * tables as Grids named '表N' with their tableIndex. A .docx without tables is a narrative.
 */
import type { Grid, Paragraph, ReadOutput } from '../types';
import { ReadError } from '../errors';
import { gridFromText } from './grid';
import { headingLevel } from './text';
import { decodeEntities } from './html-entities';

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Walk mammoth's HTML: block texts outside tables become paragraphs; tables become row/cell texts. */
export function walkHtml(html: string): { blocks: { text: string; heading?: number }[]; tables: string[][][] } {
  const blocks: { text: string; heading?: number }[] = [];
  const tables: string[][][] = [];
  const stack: { rows: string[][]; row: string[] | null; cell: string | null; span: number }[] = [];
  let block: { text: string; heading?: number } | null = null;
  const re = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, close, rawTag, attrs, text] = m;
    const t = stack[stack.length - 1];
    if (text !== undefined) {
      const s = decodeEntities(text);
      if (t && t.cell !== null) t.cell += s;
      else if (block) block.text += s;
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'table') {
      if (!close) stack.push({ rows: [], row: null, cell: null, span: 1 });
      else {
        const done = stack.pop();
        if (done && !stack.length) tables.push(done.rows);
        else if (done && stack.length) {
          // nested table: flatten its text into the enclosing cell
          const outer = stack[stack.length - 1];
          if (outer.cell !== null) outer.cell += done.rows.map((r) => r.join(' ')).join(' ');
        }
      }
    } else if (t && tag === 'tr') {
      if (!close) t.row = [];
      else if (t.row) {
        t.rows.push(t.row);
        t.row = null;
      }
    } else if (t && (tag === 'td' || tag === 'th')) {
      if (!close) {
        t.cell = '';
        t.span = Number(/colspan="?(\d+)/i.exec(attrs)?.[1] ?? 1);
      } else if (t.row && t.cell !== null) {
        t.row.push(t.cell.trim());
        for (let i = 1; i < t.span; i++) t.row.push('');
        t.cell = null;
      }
    } else if (t && t.cell !== null && (tag === 'p' || tag === 'br') && close) {
      t.cell += '\n';
    } else if (!t && BLOCK.has(tag)) {
      if (!close) block = { text: '', ...(/^h\d$/.test(tag) ? { heading: Math.min(Number(tag[1]), 3) } : {}) };
      else if (block) {
        blocks.push(block);
        block = null;
      }
    } else if (!t && tag === 'br' && block) block.text += '\n';
  }
  return { blocks, tables };
}

export async function readDocx(bytes: Buffer, file: string): Promise<ReadOutput> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new ReadError('fileCorrupt', file, { reason: '不是有效的 .docx（zip）文件' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as { convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }> };
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (err) {
    throw new ReadError('fileCorrupt', file, { reason: err instanceof Error ? err.message : String(err) });
  }
  const { blocks } = walkHtml(html);
  // Tables with Word's vertical merges laid out on the grid (mammoth omits the covered cells).
  const { tablesFromHtml } = require('./docx-tables') as typeof import('./docx-tables');
  const tables = tablesFromHtml(html);
  const paragraphs: Paragraph[] = [];
  let n = 0;
  for (const b of blocks) {
    for (const line of b.text.split('\n')) {
      const text = line.trim();
      if (!text) continue;
      n++;
      const heading = b.heading ?? headingLevel(text);
      paragraphs.push({ text, ref: { file, line: n, column: 1 }, ...(heading ? { heading } : {}) });
    }
  }
  const grids: Grid[] = tables.map((rows, i) => ({ ...gridFromText(file, `表${i + 1}`, rows), tableIndex: i + 1 }));
  return { grids, paragraphs };
}
