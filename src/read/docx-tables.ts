/**
 * Word tables from mammoth's HTML with merged cells laid out on the grid: a cell spanning columns
 * (colspan) is followed by '' for the columns it covers (as docx.ts does), and a cell spanning rows
 * (rowspan, Word's vertical merge) leaves '' in the rows below at its columns — mammoth omits those
 * cells, which would shift the rest of each covered row left. Nested tables are flattened into their
 * cell's text. src/read/docx.ts builds its Grids with `tablesFromHtml(html)`.
 */
import type { Grid } from '../types';
import { decodeEntities } from './html-entities';
import { gridFromText } from './grid';

interface OpenTable {
  rows: string[][];
  row: string[] | null;
  cell: string | null;
  colspan: number;
  rowspan: number;
  /** Column → rows still covered by a rowspan from above. */
  pending: Map<number, number>;
}

/** Skip columns covered from above, leaving '' there. */
function fillCovered(t: OpenTable): void {
  if (!t.row) return;
  for (;;) {
    const c = t.row.length;
    const left = t.pending.get(c);
    if (!left) return;
    t.row.push('');
    if (left > 1) t.pending.set(c, left - 1);
    else t.pending.delete(c);
  }
}

export function tablesFromHtml(html: string): string[][][] {
  const tables: string[][][] = [];
  const stack: OpenTable[] = [];
  const re = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, close, rawTag, attrs, text] = m;
    const t = stack[stack.length - 1];
    if (text !== undefined) {
      if (t && t.cell !== null) t.cell += decodeEntities(text);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'table') {
      if (!close) stack.push({ rows: [], row: null, cell: null, colspan: 1, rowspan: 1, pending: new Map() });
      else {
        const done = stack.pop();
        if (done && !stack.length) tables.push(done.rows);
        else if (done) {
          const outer = stack[stack.length - 1];
          if (outer.cell !== null) outer.cell += done.rows.map((r) => r.join(' ')).join(' ');
        }
      }
    } else if (t && tag === 'tr') {
      if (!close) t.row = [];
      else if (t.row) {
        fillCovered(t);
        // Trailing covered columns of a row that ends early.
        for (const [c, left] of [...t.pending].filter(([c]) => c >= (t.row?.length ?? 0))) {
          while ((t.row?.length ?? 0) < c) t.row?.push('');
          t.row?.push('');
          if (left > 1) t.pending.set(c, left - 1);
          else t.pending.delete(c);
        }
        t.rows.push(t.row);
        t.row = null;
      }
    } else if (t && (tag === 'td' || tag === 'th')) {
      if (!close) {
        fillCovered(t);
        t.cell = '';
        t.colspan = Number(/colspan="?(\d+)/i.exec(attrs)?.[1] ?? 1);
        t.rowspan = Number(/rowspan="?(\d+)/i.exec(attrs)?.[1] ?? 1);
      } else if (t.row && t.cell !== null) {
        const start = t.row.length;
        t.row.push(t.cell.trim());
        for (let i = 1; i < t.colspan; i++) t.row.push('');
        if (t.rowspan > 1) for (let i = 0; i < t.colspan; i++) t.pending.set(start + i, t.rowspan - 1);
        t.cell = null;
      }
    } else if (t && t.cell !== null && (tag === 'p' || tag === 'br') && close) {
      t.cell += '\n';
    }
  }
  return tables;
}

/** Grids '表N' of a .docx, rowspans laid out (what readDocx would return with tablesFromHtml). */
export async function readDocxTables(bytes: Buffer, file: string): Promise<Grid[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as { convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }> };
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  return tablesFromHtml(html).map((rows, i) => ({ ...gridFromText(file, `表${i + 1}`, rows), tableIndex: i + 1 }));
}
