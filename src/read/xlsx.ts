/**
 * .xlsx / .xls through SheetJS (@e965/xlsx 0.20.3, patched against CVE-2023-30533 and
 * CVE-2024-22363). Reads values and their displayed text; never trusts the sheet's declared
 * dimension (a bogus <dimension> can claim a million rows): bounds come from the cells that exist.
 */
import type * as XLSXT from 'xlsx';
import { sheetjs, ensureCodepages } from './sheetjs';
import type { Grid, GridCell, ReadLimits, ReadOutput, Reader } from '../types';
import { ReadError } from '../errors';
import { a1 } from './grid';
import { FIGURE_SOURCE, halfWidth } from '../text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function checkSignature(bytes: Buffer, file: string): void {
  const isXlsx = /\.xlsx$|\.xlsm$/i.test(file);
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, CFB)) {
    if (isXlsx) return; // an encrypted .xlsx is a CFB container; SheetJS reports the password
    return;
  }
  const head = bytes.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  // Many finance systems export HTML or SpreadsheetML with an .xls name; SheetJS reads both.
  if (!isXlsx && (head.startsWith('<') || head.startsWith('\ufeff<'))) return;
  throw new ReadError('fileWrongType', file, {
    expected: isXlsx ? 'Excel .xlsx 工作簿' : 'Excel .xls 工作簿',
    reason: isXlsx ? '不是 zip 格式' : '不是 Excel 二进制、HTML 或 XML 格式',
  });
}

/** Excel's encrypted workbooks (.xlsx with a password) are OLE containers holding these streams. */
function isEncryptedContainer(bytes: Buffer): boolean {
  if (!startsWith(bytes, CFB)) return false;
  try {
    const cfb = sheetjs().CFB.read(bytes, { type: 'buffer' });
    return cfb.FullPaths.some((p: string) => /\/(EncryptionInfo|EncryptedPackage)$/.test(p));
  } catch {
    return false;
  }
}

function classify(err: unknown, file: string): ReadError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/password/i.test(msg)) return new ReadError('fileEncrypted', file);
  return new ReadError('fileCorrupt', file, { reason: msg.split('\n')[0].slice(0, 200) });
}

function sheetToGrid(file: string, name: string, sheet: XLSXT.WorkSheet): Grid {
  const rows: (GridCell | undefined)[][] = [];
  let colCount = 0;
  const data = (sheet as { '!data'?: (XLSXT.CellObject | undefined)[][] })['!data'];
  const visit = (r: number, c: number, cell: XLSXT.CellObject | undefined): void => {
    if (!cell) return;
    const t = cell.t;
    if (t === 'e') {
      if (cell.v === undefined) throw new ReadError('fileFormulaNoValue', file, {}, name, a1(r, c));
      return;
    }
    // Excel keeps covered merge cells and cleared cells as empty strings: they are blanks.
    if (t === 'z' || (cell.v === '' && !cell.w)) return;
    if (t === 'n' && typeof cell.v !== 'number') return; // formula without cached value
    let value: GridCell['value'];
    if (t === 'n') value = cell.v as number;
    else if (t === 'b') value = Boolean(cell.v);
    else if (t === 'd') value = cell.w ?? String(cell.v);
    else value = cell.v === undefined || cell.v === null ? null : String(cell.v);
    const shown = cell.w ?? (value === null ? '' : String(value));
    const raw = (shown.includes('\n') ? shown.replace(/\r?\n/g, ' ') : shown).trim();
    if (raw === '') return;
    (rows[r] ??= [])[c] = { r, c, address: a1(r, c), raw, value: t === 's' ? raw : value, numFmt: typeof cell.z === 'string' ? cell.z : undefined };
    if (c >= colCount) colCount = c + 1;
  };
  if (data) {
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (row) for (let c = 0; c < row.length; c++) visit(r, c, row[c]);
    }
  } else {
    for (const key of Object.keys(sheet)) {
      if (key.startsWith('!')) continue;
      const { r, c } = sheetjs().utils.decode_cell(key);
      visit(r, c, sheet[key] as XLSXT.CellObject);
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { file, sheet: name, rowCount: rows.length, colCount, rows };
}

/**
 * A declared <dimension> far beyond the cells that exist (A1:XFD1048576 over a few rows) marks a
 * file written by a broken tool; reading stays bounded by the real cells, but the user is told.
 */
function checkDimension(grid: Grid, ref: string | undefined, file: string): void {
  if (!ref) return;
  const declared = sheetjs().utils.decode_range(ref);
  const rows = declared.e.r - declared.s.r + 1;
  const cols = declared.e.c - declared.s.c + 1;
  const declaredCells = rows * cols;
  const actualCells = Math.max(1, grid.rowCount * Math.max(1, grid.colCount));
  if (declaredCells > 1_000_000 && declaredCells > 1000 * actualCells) {
    throw new ReadError('fileBogusDimension', file, { declared: ref, actual: grid.rowCount ? `A1:${a1(grid.rowCount - 1, Math.max(0, grid.colCount - 1))}` : '（空）' }, grid.sheet);
  }
}

/** A figure stored as text ("5", "９８．３１％", "-1,234.50") is a figure as much as a typed number. */
const FIGURE_TEXT = new RegExp(`^[-+]?${FIGURE_SOURCE}%?$`);
const isFigureCell = (g: GridCell | undefined): boolean =>
  !!g && (typeof g.value === 'number' || (typeof g.value === 'string' && FIGURE_TEXT.test(halfWidth(g.raw).replace(/\s+/g, ''))));

const hasNumberIn = (grid: Grid, r: number, c1: number, c2: number): boolean => {
  for (let c = c1; c <= c2; c++) if (isFigureCell(grid.rows[r]?.[c])) return true;
  return false;
};

/**
 * Expand merged ranges that are column headers: the top-left text is copied into each covered cell,
 * so every column under a merged header (预算数 over six columns) knows its group. A merge is a
 * header when its rows hold no figures and, if it spans columns, the row below it has sub-headers
 * under at least two of them (figures stored as text count as figures). Other merges — a title across the page, a row label over its code
 * and name columns (合计), 一级指标 over the rows of its block — leave the covered cells blank, as
 * the same table typed without merges has them: copying a label into them would make a second label.
 */
export function applyMerges(grid: Grid, merges: XLSXT.Range[] | undefined): void {
  for (const m of merges ?? []) {
    const origin = grid.rows[m.s.r]?.[m.s.c];
    if (!origin || origin.raw === '' || isFigureCell(origin)) continue;
    const lastRow = Math.min(m.e.r, grid.rowCount - 1);
    const lastCol = Math.min(m.e.c, m.s.c + 64);
    let figures = false;
    for (let r = m.s.r; r <= lastRow && !figures; r++) figures = hasNumberIn(grid, r, 0, Math.max(grid.colCount - 1, lastCol));
    if (figures) continue;
    if (lastCol > m.s.c) {
      const below = grid.rows[lastRow + 1] ?? [];
      let subHeaders = 0;
      for (let c = m.s.c; c <= lastCol; c++) if (below[c] && below[c]!.raw !== '' && !isFigureCell(below[c])) subHeaders++;
      if (subHeaders < 2) continue;
    }
    for (let r = m.s.r; r <= lastRow; r++) {
      for (let c = m.s.c; c <= lastCol; c++) {
        if (r === m.s.r && c === m.s.c) continue;
        if (grid.rows[r]?.[c]) continue;
        (grid.rows[r] ??= [])[c] = { r, c, address: a1(r, c), raw: origin.raw, value: origin.value, numFmt: origin.numFmt };
        grid.colCount = Math.max(grid.colCount, c + 1);
      }
    }
  }
}

export const DEFAULT_MAX_SHEETS = 300;

export function readWorkbook(bytes: Buffer, file: string, limits: ReadLimits = {}): ReadOutput {
  checkSignature(bytes, file);
  if (!startsWith(bytes, ZIP)) ensureCodepages();
  if (isEncryptedContainer(bytes)) throw new ReadError('fileEncrypted', file);
  let wb: XLSXT.WorkBook;
  try {
    wb = sheetjs().read(bytes, { type: 'buffer', dense: true, cellFormula: false, cellHTML: false, cellStyles: false, cellDates: false, cellNF: true } as XLSXT.ParsingOptions);
  } catch (err) {
    throw classify(err, file);
  }
  const maxSheets = limits.maxSheets ?? DEFAULT_MAX_SHEETS;
  if (wb.SheetNames.length > maxSheets) throw new ReadError('fileTooManySheets', file, { count: wb.SheetNames.length, limit: maxSheets });
  const grids: Grid[] = [];
  for (const name of wb.SheetNames) {
    const sheet = wb.Sheets[name];
    if (!sheet) continue;
    const grid = sheetToGrid(file, name, sheet);
    checkDimension(grid, sheet['!ref'], file);
    applyMerges(grid, sheet['!merges']);
    grids.push(grid);
  }
  return { grids, paragraphs: [] };
}

export const xlsxReader: Reader = {
  id: 'xlsx',
  extensions: ['.xlsx', '.xlsm', '.xls', '.ods'],
  read: readWorkbook,
};
