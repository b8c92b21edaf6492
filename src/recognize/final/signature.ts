/**
 * Tables printed without their title (docx tables, whose title is a paragraph above them; CSV
 * exports of the body only): the kind from the header words alone. Used only for grids with no
 * title or 公开NN表 marker, and only when a file shows several 决算 tables this way, so that a
 * budget table with similar headers (科目编码 | 合计 | 基本支出 | 项目支出) is not taken for one.
 */
import type { Grid } from '../../types';
import type { FinalKind } from '../../ledger/table-kinds';
import { rowCells } from './grid-util';
import { norm } from './text';

/** Normalised header cells of the first rows, and rows with two or more of a word. */
function headerWords(grid: Grid, rows = 12): { words: Set<string>; twice: Set<string> } {
  const words = new Set<string>();
  const twice = new Set<string>();
  for (let r = 0; r < Math.min(grid.rowCount, rows); r++) {
    const seen = new Map<string, number>();
    for (const g of rowCells(grid, r)) {
      const t = norm(g.raw);
      words.add(t);
      seen.set(t, (seen.get(t) ?? 0) + 1);
    }
    for (const [t, n] of seen) if (n >= 2) twice.add(t);
  }
  return { words, twice };
}

/** Every normalised text of the grid: the header's words plus those of the rows below it. */
function allWords(grid: Grid, header: Set<string>, headerRows = 12): Set<string> {
  const all = new Set(header);
  for (let r = headerRows; r < grid.rowCount; r++) for (const g of rowCells(grid, r)) all.add(norm(g.raw));
  return all;
}

export type Signature = FinalKind | 'final-05/08';

export function signatureOf(grid: Grid): Signature | undefined {
  const { words, twice } = headerWords(grid);
  const has = (...ws: (string | RegExp)[]): boolean => ws.every((w) => (typeof w === 'string' ? words.has(w) : [...words].some((t) => w.test(t))));
  if (has(/^因公出国[(（]境[)）]费用?$/, /^公务接待费$/)) return 'final-09';
  // 06 prints its code | name | amount columns two or three times side by side (科目代码, 经济分类科目编码).
  if ([...twice].some((t) => /^(?:经济分类)?科目(?:代码|编码)$/.test(t)) && has(/^30[12]$/)) return 'final-06';
  // The whole grid's words: one more pass over the rows below the header (not a second full scan).
  const all = allWords(grid, words);
  const anywhere = (re: RegExp): boolean => [...all].some((t) => re.test(t));
  if (has(/^(?:[一二三]、)?政府采购(?:情况|支出|金额)?$/) && anywhere(/^(?:[(（][一二][)）])?车辆数/) && anywhere(/^(?:[一二三]、)?机关运行经费$/)) return 'final-10';
  if (twice.has('项目') && !has('预算数') && all.has('本年收入合计') && all.has('本年支出合计')) return has('一般公共预算财政拨款', '政府性基金预算财政拨款') ? 'final-04' : 'final-01';
  if (has('年初结转和结余', '本年收入', '年末结转和结余')) return 'final-07';
  if (has('本年收入合计', '财政拨款收入')) return 'final-02';
  if (has('本年支出合计', '基本支出', '项目支出') && has(/^上缴上级支出$|^对附属单位补助支出$/)) return 'final-03';
  if (has('基本支出', '项目支出', /^(?:小计|合计)$/, /^科目(?:代码|编码|名称)$/)) return 'final-05/08';
  return undefined;
}

/** signatureOf, asked once per grid when a memo is given (a file's grids are looked at twice). */
function signatureIn(grid: Grid, memo?: Map<Grid, Signature | undefined>): Signature | undefined {
  if (!memo) return signatureOf(grid);
  if (memo.has(grid)) return memo.get(grid);
  const sig = signatureOf(grid);
  memo.set(grid, sig);
  return sig;
}

/**
 * Kinds for title-less grids of one file, in order. 05 and 08 share their header: the first such
 * table before 06/07 is 05, a later one 08 (the 公开 tables are printed in order).
 */
export function kindsBySignature(grids: Grid[], memo?: Map<Grid, Signature | undefined>): Map<Grid, FinalKind> {
  const found: { grid: Grid; sig: Signature }[] = [];
  for (const grid of grids) {
    const sig = signatureIn(grid, memo);
    if (sig) found.push({ grid, sig });
  }
  const kinds = new Map<Grid, FinalKind>();
  if (new Set(found.map((f) => f.sig)).size < 4) return kinds;
  let seen05 = false;
  let after06 = false;
  let seen07 = false;
  for (const { grid, sig } of found) {
    if (sig === 'final-06' || sig === 'final-07') after06 = true;
    // 上海's 08 is laid out like 07 (年初结转和结余 … 年末结转和结余) and printed after it.
    if (sig === 'final-07') {
      kinds.set(grid, seen07 ? 'final-08' : 'final-07');
      seen07 = true;
    } else if (sig !== 'final-05/08') kinds.set(grid, sig);
    else {
      kinds.set(grid, !seen05 && !after06 ? 'final-05' : 'final-08');
      seen05 = true;
    }
  }
  return kinds;
}

/**
 * A title-less sheet in a workbook whose other tables have titles: a page of one of them
 * ("收入决算表(续)" holding only the header and rows). 05/08 continue the nearest 05/08 before it.
 */
export function continuationKinds(grids: Grid[], titledKinds: Map<Grid, FinalKind[]>, memo?: Map<Grid, Signature | undefined>): Map<Grid, FinalKind> {
  const kinds = new Map<Grid, FinalKind>();
  let last0508: FinalKind | undefined;
  for (const grid of grids) {
    const titled = titledKinds.get(grid) ?? [];
    for (const k of titled) if (k === 'final-05' || k === 'final-08') last0508 = k;
    if (titled.length > 0) continue;
    const sig = signatureIn(grid, memo);
    if (sig === 'final-05/08') {
      if (last0508) kinds.set(grid, last0508);
    } else if (sig) kinds.set(grid, sig);
  }
  return kinds;
}
