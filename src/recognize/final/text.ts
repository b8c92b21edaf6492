/** Text normalisation shared by the 决算 table recognizers. */

export { norm } from '../label';
import { norm } from '../label';

/** Leading ordinals: 一、 （一） (1) 1. 1、 ① */
const ORDINAL = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|[①-⑳])\s*/;

export function stripOrdinal(text: string): string {
  return text.trim().replace(ORDINAL, '').trim();
}

export function hasOrdinal(text: string): boolean {
  return ORDINAL.test(text.trim());
}

/** Functional (3/5/7 digits) or economic (3/5 digits) subject code. */
export const SUBJECT_CODE = /^\d{3}(?:\d{2}){0,2}$/;

/** A cell that starts with a code then its name: "2013701 行政运行". */
export function splitCodeName(text: string): { code: string; name: string } | null {
  const m = /^(\d{3}(?:\d{2}){0,2})[\s　]+(\S.*)$/.exec(text.trim());
  return m ? { code: m[1], name: m[2].trim() } : null;
}

/** Notes under a table: 注：… 说明：… 备注：… */
export function isNoteText(text: string): boolean {
  return /^(?:注|说明|备注|填表说明)\s*[：:\d]/.test(text.trim()) || /^注[\s　]/.test(text.trim());
}

/** The table says it has no data. */
export function saysEmpty(text: string): boolean {
  // Each phrase has 无 or 空: the rows of a long table skip normalisation.
  if (!/[无空]/.test(text)) return false;
  return /本表无数据|本表为空|空表|无此项(?:收支|支出|数据)|无相关数据/.test(norm(text));
}

/** Words that make up header rows (so they are never taken for data). */
export function isHeaderWord(text: string): boolean {
  return /^(?:项目|栏次|行次|收入|支出|科目代码|科目名称|科目编码|金额|决算数|统计数|本年支出|本年收入)$/.test(norm(text));
}
