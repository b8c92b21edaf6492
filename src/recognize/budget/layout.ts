/** Where a budget table's header, 栏次 row, body and notes sit in its grid; its meta lines. */
import type { DocumentMeta, Grid } from '../../types';
import { lanciColumns, rowCells, rowIsBlank, rowText } from '../final/grid-util';
import { isNoteText, norm, saysEmpty } from '../final/text';
import { budgetKindOfTitle } from './classify';

const META = /单位[：:]|预算年度|截止时间|截至|金额单位|^\d{6}\S|部门(?:名称)?[：:]|编制单位/;

export function isMetaRow(grid: Grid, r: number): boolean {
  const cells = rowCells(grid, r);
  return cells.length > 0 && cells.every((g) => META.test(g.raw.trim()) || !!budgetKindOfTitle(g.raw));
}

/** First header row: the first row (from `from`) with two or more texts that are not meta lines. */
export function headerTop(grid: Grid, from: number, to: number): number {
  for (let r = from; r <= to; r++) {
    if (rowIsBlank(grid, r) || isMetaRow(grid, r)) continue;
    if (rowCells(grid, r).length >= 2) return r;
  }
  return from;
}

/** The 栏次 row between top and to, or -1. */
export function lanciRow(grid: Grid, top: number, to: number): number {
  for (let r = top; r <= Math.min(to, top + 6); r++) {
    const cells = rowCells(grid, r);
    if (cells.some((g) => norm(g.raw) === '栏次') && lanciColumns(grid, r)) return r;
  }
  return -1;
}

/** Meta lines above the header: department (after an agency code), year, unit. */
export function readBudgetMeta(grid: Grid, from: number, to: number): DocumentMeta {
  const meta: DocumentMeta = {};
  for (let r = from; r < to; r++) {
    for (const g of rowCells(grid, r)) {
      const t = g.raw.trim();
      const dept = /^\d{6}\s*(\S.+)$/.exec(t) ?? /^(?:部门|单位|编制单位)(?:名称)?[：:]\s*(\S+)/.exec(t);
      if (dept && !/万元|^元$/.test(dept[1])) meta.department = dept[1].trim();
      const year = /预算年度[：:]\s*(\d{4})/.exec(t) ?? /(\d{4})年/.exec(t);
      if (year && !meta.year) meta.year = year[1];
      const unit = /单位[：:]\s*(万元|元|亿元)/.exec(t);
      if (unit) meta.unit = unit[1] as DocumentMeta['unit'];
    }
  }
  return meta;
}

export interface NotesFound {
  notes: string[];
  /** First note row (the body ends above it), or to + 1. */
  first: number;
  saysEmpty: boolean;
}

/** Note lines (注：… / 本表无数据) anywhere in [from, to]: the body ends at the first. */
export function findNotes(grid: Grid, from: number, to: number): NotesFound {
  const out: NotesFound = { notes: [], first: to + 1, saysEmpty: false };
  for (let r = from; r <= to; r++) {
    const text = rowText(grid, r);
    if (!text || !(isNoteText(text) || saysEmpty(text))) continue;
    if (out.first > to) out.first = r;
    out.notes.push(text);
    if (saysEmpty(text) || /空表列示|无数据/.test(norm(text))) out.saysEmpty = true;
  }
  return out;
}
