/**
 * A workbook as the metamorphic transformations see it: sheets of SheetJS cells in rows, with their
 * merges. Loaded and saved with SheetJS (`xlsx`, as the project imports it); transformations are
 * Book → Book and never touch files.
 */
import * as XLSX from 'xlsx';

export type XCell = XLSX.CellObject;

export interface Sheet {
  name: string;
  rows: (XCell | undefined)[][];
  merges: XLSX.Range[];
}

export type Book = Sheet[];

export function loadBook(bytes: Buffer): Book {
  const wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellNF: true, cellFormula: false, cellStyles: false });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name] as XLSX.WorkSheet & { '!data'?: (XCell | undefined)[][] };
    const rows = Array.from(ws['!data'] ?? [], (row) => Array.from(row ?? [], (c) => (c ? { ...c } : undefined)));
    return { name, rows, merges: (ws['!merges'] ?? []).map((m) => ({ s: { ...m.s }, e: { ...m.e } })) };
  });
}

export function toWorkbook(book: Book): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const sheet of book) {
    const ws: XLSX.WorkSheet = {};
    let maxR = 0;
    let maxC = 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.t === 'z') return;
        const out: XCell = { t: cell.t, v: cell.v };
        if (cell.z !== undefined && cell.t === 'n') out.z = cell.z;
        ws[XLSX.utils.encode_cell({ r, c })] = out;
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, c);
      }),
    );
    for (const m of sheet.merges) {
      maxR = Math.max(maxR, m.e.r);
      maxC = Math.max(maxC, m.e.c);
    }
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
    if (sheet.merges.length) ws['!merges'] = sheet.merges;
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }
  return wb;
}

export function saveBook(book: Book, bookType: XLSX.BookType): Buffer {
  return XLSX.write(toWorkbook(book), { type: 'buffer', bookType, compression: bookType === 'xlsx' }) as Buffer;
}

/** CSV text of each sheet (what Excel's "save as CSV" gives: the displayed text, merges blank). */
export function sheetCsv(sheet: Sheet): string {
  const ws = toWorkbook([sheet]).Sheets[sheet.name];
  return XLSX.utils.sheet_to_csv(ws, { blankrows: true, strip: false });
}

export function cloneBook(book: Book): Book {
  return book.map((s) => ({
    name: s.name,
    rows: Array.from(s.rows, (row) => Array.from(row ?? [], (c) => (c ? { ...c } : undefined))),
    merges: s.merges.map((m) => ({ s: { ...m.s }, e: { ...m.e } })),
  }));
}

export function isBlank(cell: XCell | undefined): boolean {
  return !cell || cell.t === 'z' || cell.v === undefined || cell.v === null || String(cell.v).trim() === '';
}

export function isNumber(cell: XCell | undefined): cell is XCell & { v: number } {
  return !!cell && cell.t === 'n' && typeof cell.v === 'number';
}

export function textOf(cell: XCell | undefined): string {
  return isBlank(cell) ? '' : String(cell!.v).replace(/\s+/g, '');
}

/** The text a cell displays (its formatted text for numbers). */
export function shownText(cell: XCell): string {
  if (!isNumber(cell)) return String(cell.v ?? '');
  return XLSX.SSF.format(cell.z ?? 'General', cell.v);
}

export function rowIsEmpty(row: (XCell | undefined)[] | undefined): boolean {
  return !row || row.every(isBlank);
}

/** Index of the first row holding a number (where a table's figures start), or -1. */
export function firstNumericRow(sheet: Sheet): number {
  return sheet.rows.findIndex((row) => row.some(isNumber));
}

/** Rows up to the first number: the title, unit line and column headers a continued page repeats. */
export function headerRows(sheet: Sheet): (XCell | undefined)[][] {
  const first = firstNumericRow(sheet);
  return first < 0 ? [] : sheet.rows.slice(0, first);
}

/**
 * Numbering rows and columns (栏次 1, 2, 3 …; 行次 1, 2, 3 …): figures that are positions, not
 * amounts. A row is one when its numbers are consecutive integers (at least three) or it is labelled
 * 栏次; a column when its header says 行次 (栏次 labels a row, and the column it stands in holds codes).
 */
export function numberingCells(sheet: Sheet): { rows: Set<number>; cols: Set<number> } {
  const rows = new Set<number>();
  const cols = new Set<number>();
  sheet.rows.forEach((row, r) => {
    const nums = row.filter(isNumber).map((c) => c.v);
    const consecutive = nums.length >= 3 && nums.every((v, i) => Number.isInteger(v) && (i === 0 || v === nums[i - 1] + 1));
    if (consecutive || row.some((c) => textOf(c) === '栏次')) rows.add(r);
    row.forEach((c, ci) => {
      if (textOf(c) === '行次' && sheet.rows.slice(r + 1, r + 4).some((below) => isNumber(below[ci]))) cols.add(ci);
    });
  });
  return { rows, cols };
}

/** Columns of subject codes (科目代码 / 功能分类科目编码 …): codes stored as numbers are not figures. */
export function codeColumns(sheet: Sheet): Set<number> {
  const cols = new Set<number>();
  sheet.rows.forEach((row) => row.forEach((c, ci) => { if (!isNumber(c) && /(代码|编码)$/.test(textOf(c))) cols.add(ci); }));
  return cols;
}

/** Cells holding figures: numbers outside the numbering rows/columns and the code columns. */
export function figureCells(sheet: Sheet): { r: number; c: number; cell: XCell & { v: number } }[] {
  const { rows, cols } = numberingCells(sheet);
  const codes = codeColumns(sheet);
  const out: { r: number; c: number; cell: XCell & { v: number } }[] = [];
  for (const { r, c, cell } of cellsOf(sheet)) if (isNumber(cell) && !rows.has(r) && !cols.has(c) && !codes.has(c)) out.push({ r, c, cell });
  return out;
}

/** Every cell address of a sheet, in reading order. */
export function* cellsOf(sheet: Sheet): Generator<{ r: number; c: number; cell: XCell }> {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) yield { r, c, cell };
    }
  }
}

export function set(sheet: Sheet, r: number, c: number, cell: XCell | undefined): void {
  while (sheet.rows.length <= r) sheet.rows.push([]);
  sheet.rows[r][c] = cell;
}
