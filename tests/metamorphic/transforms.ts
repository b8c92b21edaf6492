/**
 * Layout-only transformations of a real document: what a user might hand over instead of the
 * original, with nothing in the content changed. Each is a small named function (Book → Book for
 * the workbook, text → text for the narrative); TRANSFORMS lists them, one line each.
 */
import * as XLSX from 'xlsx';
import {
  Book, Sheet, XCell, cellsOf, cloneBook, figureCells, firstNumericRow, headerRows, isBlank, isNumber, numberingCells, rowIsEmpty, set, shownText, textOf,
} from './book';

export type Output = 'xlsx' | 'xls' | 'ods' | 'csv-utf8' | 'csv-gbk';

export interface Transform {
  name: string;
  /** What it does, for the test name. */
  what: string;
  book?: (book: Book) => Book;
  text?: (narrative: string) => string;
  /** How the workbook is written (default .xlsx). */
  output?: Output;
  /**
   * 'same': every finding and the coverage are unchanged. 'yuan': the tables are restated in 元
   * (see compare.ts: narrative findings unchanged, table findings at 元 precision).
   */
  compare?: 'same' | 'yuan';
}

// ---------------------------------------------------------------- helpers

const maxCol = (sheet: Sheet): number => Math.max(0, ...sheet.rows.map((r) => r.length)) - 1;
const hasNumber = (row: (XCell | undefined)[] | undefined): boolean => !!row && row.some(isNumber);
const key = (r: number, c: number): string => `${r},${c}`;

function covered(sheet: Sheet): Set<string> {
  const out = new Set<string>();
  for (const m of sheet.merges) for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) out.add(key(r, c));
  return out;
}

function mapBook(book: Book, f: (sheet: Sheet, index: number) => Sheet | Sheet[]): Book {
  return cloneBook(book).flatMap((s, i) => f(s, i));
}

/** A self-evaluation form: its indicator header row (一级指标 …) and where its block ends (总分). */
function indicatorBlock(sheet: Sheet): { header: number; end: number; labelCols: number[] } | null {
  const header = sheet.rows.findIndex((row) => row.some((c) => textOf(c) === '一级指标'));
  if (header < 0) return null;
  const labelCols = sheet.rows[header].flatMap((c, i) => (/^(一级指标|二级指标)$/.test(textOf(c)) ? [i] : []));
  let end = header + 1;
  while (end < sheet.rows.length && !sheet.rows[end].some((c) => /^(总分|合计)$/.test(textOf(c)))) end++;
  return { header, end, labelCols };
}

function deleteRowsCols(sheet: Sheet, rows: Set<number>, cols: Set<number>): Sheet {
  const rowMap = (r: number): number => r - [...rows].filter((x) => x < r).length;
  const colMap = (c: number): number => c - [...cols].filter((x) => x < c).length;
  const out: Sheet = { name: sheet.name, rows: [], merges: [] };
  sheet.rows.forEach((row, r) => {
    if (rows.has(r)) return;
    out.rows.push(row.filter((_, c) => !cols.has(c)));
  });
  for (const m of sheet.merges) {
    const keptR = Array.from({ length: m.e.r - m.s.r + 1 }, (_, i) => m.s.r + i).filter((r) => !rows.has(r));
    const keptC = Array.from({ length: m.e.c - m.s.c + 1 }, (_, i) => m.s.c + i).filter((c) => !cols.has(c));
    if (!keptR.length || !keptC.length || rows.has(m.s.r) || cols.has(m.s.c)) continue;
    const merged = { s: { r: rowMap(keptR[0]), c: colMap(keptC[0]) }, e: { r: rowMap(keptR[keptR.length - 1]), c: colMap(keptC[keptC.length - 1]) } };
    if (merged.s.r !== merged.e.r || merged.s.c !== merged.e.c) out.merges.push(merged);
  }
  return out;
}

function offsetSheet(sheet: Sheet, dr: number, dc: number): Sheet {
  const rows = [...Array.from({ length: dr }, () => [] as (XCell | undefined)[]), ...sheet.rows.map((row) => [...Array<XCell | undefined>(dc).fill(undefined), ...row])];
  const merges = sheet.merges.map((m) => ({ s: { r: m.s.r + dr, c: m.s.c + dc }, e: { r: m.e.r + dr, c: m.e.c + dc } }));
  return { name: sheet.name, rows, merges };
}

const FULL_WIDTH: Record<string, string> = { '.': '．', ',': '，', '%': '％', '-': '－' };
const toFullWidth = (s: string): string => s.replace(/[0-9.,%-]/g, (ch) => (/\d/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : FULL_WIDTH[ch]));
const withThousands = (s: string): string => s.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/** Every figure stored as the text it displays, restyled (subject codes and 栏次/行次 stay as they are). */
function numbersAsText(style: (shown: string) => string): (book: Book) => Book {
  return (book) =>
    mapBook(book, (sheet) => {
      for (const { cell } of figureCells(sheet)) {
        const shown = shownText(cell);
        cell.t = 's';
        cell.v = style(shown);
        delete cell.z;
        delete cell.w;
      }
      return sheet;
    });
}

/** The next double up: what Excel stores for a SUM whose exact decimal it cannot represent. */
function noisy(v: number): number {
  const next = v + Math.abs(v) * Number.EPSILON;
  return String(next) !== String(v) && Number(next.toPrecision(15)) === v ? next : v;
}

// ---------------------------------------------------------------- workbook transformations

export const roundTrip = (book: Book): Book => cloneBook(book);

/**
 * Merged cells where printed tables have them: titles, notes and headers spanning the blank cells to
 * their right (rows without figures), headers over the blank header cell below, and in
 * self-evaluation forms the 一级指标 / 二级指标 labels over the blank label cells of their rows.
 */
export function mergedCells(book: Book): Book {
  return mapBook(book, (sheet) => {
    const taken = covered(sheet);
    const last = maxCol(sheet);
    const merge = (r1: number, c1: number, r2: number, c2: number): void => {
      sheet.merges.push({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) taken.add(key(r, c));
    };
    const firstFigures = firstNumericRow(sheet);
    sheet.rows.forEach((row, r) => {
      if (hasNumber(row)) return;
      row.forEach((cell, c) => {
        if (isBlank(cell) || isNumber(cell) || taken.has(key(r, c))) return;
        let end = c;
        while (end + 1 <= last && isBlank(row[end + 1]) && !taken.has(key(r, end + 1))) end++;
        if (end > c) merge(r, c, r, end);
      });
    });
    // Two-row column headers: a header over the blank cell below it (before the figures start).
    for (let r = 0; r + 1 < (firstFigures < 0 ? 0 : firstFigures); r++) {
      sheet.rows[r].forEach((cell, c) => {
        if (isBlank(cell) || taken.has(key(r, c))) return;
        const below = sheet.rows[r + 1];
        if (!rowIsEmpty(below) && !hasNumber(below) && isBlank(below[c]) && !taken.has(key(r + 1, c))) merge(r, c, r + 1, c);
      });
    }
    const block = indicatorBlock(sheet);
    if (block) {
      for (const c of block.labelCols) {
        for (let r = block.header + 1; r < block.end; r++) {
          if (isBlank(sheet.rows[r][c]) || taken.has(key(r, c))) continue;
          let end = r;
          while (end + 1 < block.end && isBlank(sheet.rows[end + 1][c]) && !taken.has(key(end + 1, c))) end++;
          if (end > r) merge(r, c, end, c);
          r = end;
        }
      }
    }
    return sheet;
  });
}

export const thousandsText = numbersAsText(withThousands);
export const fullWidthText = numbersAsText((s) => toFullWidth(withThousands(s)));
export const paddedText = numbersAsText((s) => `  ${s} `);

/** Stored doubles off by one unit in the last place (Excel's SUM results), General format kept. */
export function floatNoise(book: Book): Book {
  return mapBook(book, (sheet) => {
    for (const { cell } of figureCells(sheet)) if (!Number.isInteger(cell.v) || Math.abs(cell.v) >= 1000) cell.v = noisy(cell.v);
    return sheet;
  });
}

/** The same noise, with the amounts (figures of at most two decimals) in a 0.00 number format. */
export function floatNoiseFormatted(book: Book): Book {
  return mapBook(floatNoise(book), (sheet) => {
    for (const { cell } of figureCells(sheet)) {
      if (cell.z && cell.z !== 'General') continue;
      const value = Number(cell.v.toPrecision(15));
      if (!Number.isInteger(value) && Math.round(value * 100) / 100 === value) cell.z = '0.00';
    }
    return sheet;
  });
}

/** Every table three rows down and two columns right. */
export const shifted = (book: Book): Book => mapBook(book, (s) => offsetSheet(s, 3, 2));

/** All sheets one under another on one sheet, two blank rows between. */
export function stacked(book: Book): Book {
  const out: Sheet = { name: 'Sheet1', rows: [], merges: [] };
  for (const sheet of cloneBook(book)) {
    const top = out.rows.length;
    out.rows.push(...sheet.rows, [], []);
    out.merges.push(...sheet.merges.map((m) => ({ s: { r: m.s.r + top, c: m.s.c }, e: { r: m.e.r + top, c: m.e.c } })));
  }
  return [out];
}

/**
 * Every table continued on a second sheet, as a printed page break: a table's figures are cut in the
 * middle and the second sheet repeats its header rows; a self-evaluation form is cut in the middle of
 * its indicators and the second sheet repeats the indicator header row.
 */
export function split(book: Book): Book {
  const names = new Set(book.map((s) => s.name));
  return mapBook(book, (sheet) => {
    const block = indicatorBlock(sheet);
    const first = firstNumericRow(sheet);
    let cut: number;
    let repeat: (XCell | undefined)[][];
    if (block && block.end - block.header > 3) {
      cut = block.header + 1 + Math.floor((block.end - block.header - 1) / 2);
      repeat = [sheet.rows[block.header]];
    } else {
      const last = sheet.rows.reduce((n, row, i) => (hasNumber(row) ? i : n), -1);
      if (first < 0 || last - first < 6) return sheet;
      cut = first + Math.floor((last - first + 1) / 2);
      repeat = headerRows(sheet);
    }
    let name = `${sheet.name.slice(0, 27)}(续)`;
    for (let i = 2; names.has(name); i++) name = `${sheet.name.slice(0, 25)}(续${i})`;
    names.add(name);
    const top: Sheet = { name: sheet.name, rows: sheet.rows.slice(0, cut), merges: [] };
    const rest: Sheet = { name, rows: [...repeat.map((row) => row.map((c) => (c ? { ...c } : undefined))), ...sheet.rows.slice(cut)], merges: [] };
    const headerTop = block ? block.header : 0;
    const headerEnd = block ? block.header : repeat.length - 1;
    const shift = repeat.length - cut;
    for (const m of sheet.merges) {
      if (m.e.r < cut) top.merges.push(m);
      if (m.s.r >= headerTop && m.e.r <= headerEnd) rest.merges.push({ s: { r: m.s.r - headerTop, c: m.s.c }, e: { r: m.e.r - headerTop, c: m.e.c } });
      if (m.s.r >= cut) rest.merges.push({ s: { r: m.s.r + shift, c: m.s.c }, e: { r: m.e.r + shift, c: m.e.c } });
      else if (m.e.r >= cut) {
        // A merge across the break: each page keeps its part, the second with the label repeated.
        top.merges.push({ s: m.s, e: { r: cut - 1, c: m.e.c } });
        const origin = sheet.rows[m.s.r][m.s.c];
        set(rest, repeat.length, m.s.c, origin ? { ...origin } : undefined);
        rest.merges.push({ s: { r: repeat.length, c: m.s.c }, e: { r: m.e.r + shift, c: m.e.c } });
      }
    }
    for (const s of [top, rest]) s.merges = s.merges.filter((m) => m.s.r !== m.e.r || m.s.c !== m.e.c);
    return [top, rest];
  });
}

/** Sheets renamed Sheet1 … SheetN and put in reverse order. */
export const renamedShuffled = (book: Book): Book => mapBook(book, (s, i) => ({ ...s, name: `Sheet${i + 1}` })).reverse();

/** 栏次 rows and 行次 columns deleted. */
export const numberingRemoved = (book: Book): Book =>
  mapBook(book, (sheet) => {
    const { rows, cols } = numberingCells(sheet);
    return rows.size || cols.size ? deleteRowsCols(sheet, rows, cols) : sheet;
  });

const WAN_UNIT = /^(金额)?单位[:：]万元$/;
const COUNT_LABEL = /（辆）|\(辆\)|车辆数|用车$|台（套）|以上设备|人次|批次|个数|人数|项目数/;

/**
 * The tables restated in 元: in every sheet whose unit line says 万元, each amount ×10 000 and the
 * unit line says 元. Numbering (栏次/行次), subject codes, counts (车辆数 and each 用车 line, 台（套）, 人次 …) and percentages stay.
 */
export const sheetsInWan = (book: Book): Set<string> => new Set(book.filter((s) => [...cellsOf(s)].some(({ cell }) => WAN_UNIT.test(textOf(cell)))).map((s) => s.name));

export function inYuan(book: Book): Book {
  return mapBook(book, (sheet) => {
    const unit = [...cellsOf(sheet)].find(({ cell }) => WAN_UNIT.test(textOf(cell)));
    if (!unit) return sheet;
    unit.cell.v = String(unit.cell.v).replace('万元', '元');
    const countCols = new Set<number>();
    const countRows = new Set<number>();
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (isNumber(cell) || !COUNT_LABEL.test(textOf(cell))) return;
        if (sheet.rows.slice(r + 1, r + 4).some((below) => isNumber(below[c]))) countCols.add(c);
        if (row.some(isNumber)) countRows.add(r);
      }),
    );
    for (const { r, c, cell } of figureCells(sheet)) {
      if (countRows.has(r) || countCols.has(c)) continue;
      if (cell.z && /%/.test(cell.z)) continue;
      cell.v = Number((cell.v * 10000).toPrecision(15));
    }
    return sheet;
  });
}

// ---------------------------------------------------------------- narrative transformations

const HEADING = /^(#{1,6}\s|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;
const isHeading = (line: string): boolean => HEADING.test(line.trim()) && line.trim().length <= 40 && !/[。；]$/.test(line.trim());
const body = (line: string): string => line.trim().replace(/^[-*]\s+/, '');

/**
 * One paragraph per section: every prose line between two headings joined into one. What is not
 * prose stays on its own line, as re-wrapping leaves it: a Markdown table row, and a title-like line
 * (short, no sentence punctuation: a page caption such as "…2024年度部门决算表").
 */
export function oneParagraphPerSection(text: string): string {
  const out: string[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) out.push(para.join(''), '');
    para = [];
  };
  const notProse = (line: string): boolean => /^\s*\|/.test(line) || (line.trim().length <= 40 && !/[，。；：,;:！？]/.test(line));
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    if (isHeading(line) || notProse(line)) {
      flush();
      out.push(line.trim(), '');
    } else para.push(body(line));
  }
  flush();
  return out.join('\n');
}

/** A line break in the middle of every long sentence, between two Chinese characters. */
export function midSentenceBreaks(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      if (isHeading(line) || line.trim().length < 30) return line;
      const mid = Math.floor(line.length / 2);
      for (let d = 0; d < mid - 1; d++) {
        for (const i of [mid + d, mid - d]) {
          if (/[\u4e00-\u9fa5]/.test(line[i - 1] ?? '') && /[\u4e00-\u9fa5]/.test(line[i] ?? '') && !/[万亿元千]/.test(line[i])) return `${line.slice(0, i)}\n${line.slice(i)}`;
        }
      }
      return line;
    })
    .join('\n');
}

/** Figures in full-width digits (１２３．４５％), outside headings' ordinal numbers as well. */
export const fullWidthNarrative = (text: string): string => text.replace(/\d+(?:[.,]\d+)*%?/g, (n) => toFullWidth(n));

/** "万 元" with a space, as PDF text extraction leaves it. */
export const spacedUnit = (text: string): string => text.replace(/万元/g, '万 元');

// ---------------------------------------------------------------- the list

export const TRANSFORMS: Transform[] = [
  { name: 'round-trip', what: 'the workbook read and written again by SheetJS', book: roundTrip },
  { name: 'merged-cells', what: 'titles, headers and 自评表 indicator labels in merged cells', book: mergedCells },
  { name: 'numbers-as-text-thousands', what: 'figures stored as text with 千分位 (9,746.50)', book: thousandsText },
  { name: 'numbers-as-text-full-width', what: 'figures stored as full-width text (９，７４６．５)', book: fullWidthText },
  { name: 'numbers-as-text-padded', what: 'figures stored as text padded with spaces', book: paddedText },
  { name: 'float-noise', what: 'stored doubles one ulp off (1654.7800000000002), General format', book: floatNoise },
  { name: 'float-noise-0.00', what: 'stored doubles one ulp off, amounts in a 0.00 number format', book: floatNoiseFormatted },
  { name: 'shifted', what: 'every table 3 rows down and 2 columns right', book: shifted },
  { name: 'stacked', what: 'all tables on one sheet', book: stacked },
  { name: 'split', what: 'every table and 自评表 continued on a second sheet', book: split },
  { name: 'renamed-shuffled', what: 'sheets renamed Sheet1… and in reverse order', book: renamedShuffled },
  { name: 'numbering-removed', what: '栏次 rows and 行次 columns removed', book: numberingRemoved },
  { name: 'xls', what: 'saved as .xls (BIFF8)', book: roundTrip, output: 'xls' },
  { name: 'ods', what: 'saved as .ods', book: roundTrip, output: 'ods' },
  { name: 'csv-utf8', what: 'one UTF-8 CSV per sheet in a folder', book: roundTrip, output: 'csv-utf8' },
  { name: 'csv-gbk', what: 'one GBK CSV per sheet in a folder', book: roundTrip, output: 'csv-gbk' },
  { name: 'narrative-one-paragraph-per-section', what: 'the narrative re-wrapped, one paragraph per section', text: oneParagraphPerSection },
  { name: 'narrative-mid-sentence-breaks', what: 'line breaks in the middle of sentences', text: midSentenceBreaks },
  { name: 'narrative-full-width-digits', what: 'full-width digits in the narrative', text: fullWidthNarrative },
  { name: 'narrative-spaced-unit', what: '"万 元" with a space in the narrative', text: spacedUnit },
  { name: 'tables-in-yuan', what: 'tables in 元 (amounts ×10000), narrative left in 万元', book: inYuan, compare: 'yuan' },
];

export { XLSX };
