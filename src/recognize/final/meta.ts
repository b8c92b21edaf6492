/** The 部门名称 / 年度 / 金额单位 line(s) under a title. */
import type { DocumentMeta, Grid, Unit } from '../../types';
import { rowText } from './grid-util';
import { norm } from './text';

export interface BlockMeta extends DocumentMeta {
  /** Rows that held meta text. */
  rows: number[];
}

const UNIT = /(?:金额)?单位[:：]?\s*(亿元|万元|元)/;
const YEAR = /((?:19|20)\d{2})\s*年/;

export function isMetaText(text: string): boolean {
  const t = norm(text);
  return /部门名称|单位名称|编制单位|填报单位|^部门[:：]|^(?:金额)?单位[:：]|[(（]?(?:金额)?单位[:：]|^(?:19|20)\d{2}年度?$/.test(t) || UNIT.test(t);
}

/** Scan rows [from, to] for meta lines; stops at the first row that is not one (after a meta line). */
export function readMeta(grid: Grid, from: number, to: number): BlockMeta {
  const meta: BlockMeta = { rows: [] };
  for (let r = from; r <= to; r++) {
    const text = rowText(grid, r);
    if (text === '') continue;
    if (!isMetaText(text)) {
      if (meta.rows.length > 0) break;
      continue;
    }
    meta.rows.push(r);
    const dept = /(?:(?:部门|单位)名称|编制单位|填报单位|部门)[:：]\s*(.+?)\s*(?=(?:19|20)\d{2}\s*年|(?:金额)?单位[:：]|$)/.exec(text);
    if (dept && dept[1]) meta.department ??= dept[1].trim();
    const year = YEAR.exec(text);
    if (year) meta.year ??= year[1];
    const unit = UNIT.exec(text.replace(/\s+/g, ''));
    if (unit) meta.unit ??= unit[1] as Unit;
  }
  return meta;
}
