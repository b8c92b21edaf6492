/** Grid construction helpers shared by the readers. */
import type { Grid, GridCell } from '../types';

/** Column letters by index, built once: every cell of every grid gets an A1 address. */
const COLUMN_NAMES: string[] = [];

export function columnName(c: number): string {
  if (Number.isInteger(c) && c >= 0 && c < 16384) return (COLUMN_NAMES[c] ??= lettersOf(c));
  return lettersOf(c);
}

function lettersOf(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 addresses of the cells most tables use, by row then column: every workbook asks for the same
 * few thousand, so each is built once rather than per cell of every file.
 */
const A1_ROWS = 2000;
const A1_COLS = 64;
const A1_MEMO: (string[] | undefined)[] = [];

export function a1(r: number, c: number): string {
  if (r >= 0 && r < A1_ROWS && c >= 0 && c < A1_COLS && Number.isInteger(r) && Number.isInteger(c)) {
    const row = (A1_MEMO[r] ??= []);
    return (row[c] ??= `${columnName(c)}${r + 1}`);
  }
  return `${columnName(c)}${r + 1}`;
}

/** Grid from rows of text (CSV, docx tables): numbers stay text and are parsed by the ledger. */
export function gridFromText(file: string, sheet: string, rows: string[][]): Grid {
  const out: (GridCell | undefined)[][] = [];
  let colCount = 0;
  rows.forEach((row, r) => {
    const line: (GridCell | undefined)[] = [];
    row.forEach((text, c) => {
      const raw = (text ?? '').replace(/\r?\n/g, ' ').trim();
      if (raw === '') return;
      line[c] = { r, c, address: a1(r, c), raw, value: raw };
      colCount = Math.max(colCount, c + 1);
    });
    out.push(line);
  });
  return { file, sheet, rowCount: out.length, colCount, rows: out };
}

export function cellText(grid: Grid, r: number, c: number): string {
  return grid.rows[r]?.[c]?.raw ?? '';
}

/** The non-empty texts of a row, in order. */
export function rowTexts(grid: Grid, r: number): string[] {
  return (grid.rows[r] ?? []).filter((g): g is GridCell => !!g && g.raw !== '').map((g) => g.raw);
}
