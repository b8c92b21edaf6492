/**
 * Reading functional subject codes from a row: one 科目代码 column (201 / '2010301' /
 * "2010301 行政运行"), or 类 | 款 | 项 columns (201 | 37 | 01, the 类 and 款 often left blank
 * on the rows below them).
 */
import type { Grid } from '../../types';
import { rawAt, rowCells } from './grid-util';
import { norm, SUBJECT_CODE, splitCodeName } from './text';

export interface CodeReader {
  /** The columns holding the code (one, or 类/款/项). */
  cols: number[];
  read(grid: Grid, r: number): { code: string; name?: string } | null;
}

export function singleColumnCodes(col: number): CodeReader {
  return {
    cols: [col],
    read(grid, r) {
      const raw = rawAt(grid, r, col).trim();
      if (SUBJECT_CODE.test(raw)) return { code: raw };
      const split = splitCodeName(raw);
      return split && SUBJECT_CODE.test(split.code) ? split : null;
    },
  };
}

/** 类 | 款 | 项 header cells in consecutive columns of one row, or null. */
export function findClassColumns(grid: Grid, r: number): number[] | null {
  const cells = rowCells(grid, r);
  const cls = cells.find((g) => norm(g.raw) === '类');
  if (!cls) return null;
  const at = (c: number, word: string): boolean => norm(rawAt(grid, r, c)) === word;
  return at(cls.c + 1, '款') && at(cls.c + 2, '项') ? [cls.c, cls.c + 1, cls.c + 2] : null;
}

export function classColumnCodes(cols: number[]): CodeReader {
  let lastClass = '';
  let lastKuan = '';
  return {
    cols,
    read(grid, r) {
      const [k, kk, x] = cols.map((c) => rawAt(grid, r, c).trim());
      if (!/^\d*$/.test(k) || !/^\d*$/.test(kk) || !/^\d*$/.test(x) || !(k || kk || x)) return null;
      const cls = k.length === 3 ? k : lastClass;
      let code: string;
      if (x) code = x.length === 7 ? x : x.length === 2 ? (kk.length === 5 ? kk : cls + (kk || lastKuan.slice(3))) + x : '';
      else if (kk) code = kk.length === 5 ? kk : kk.length === 2 ? cls + kk : '';
      else code = k.length === 3 ? k : '';
      if (!SUBJECT_CODE.test(code)) return null;
      lastClass = code.slice(0, 3);
      if (code.length >= 5) lastKuan = code.slice(0, 5);
      return { code };
    },
  };
}
