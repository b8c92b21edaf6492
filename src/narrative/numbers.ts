/**
 * Numbers in a sentence of the narrative, with their units: amounts (元 / 万元 / 亿元, converted to
 * 万元 exactly), percentages and counts (Arabic or Chinese numerals: 十一个项目). Years, dates,
 * ordinals and thresholds inside names ("单价100万元（含）以上设备") are not figures and are skipped.
 * The scanning itself is src/text's, shared by the whole project.
 */
import type { Cell, SourceRef, Unit } from '../types';
import { D } from '../ledger/decimal';
import { halfWidth, scanNumbers, type TextNumber } from '../text';

export { halfWidth };

export type TokenKind = 'amount' | 'percent' | 'count';

/** A figure of a sentence with what it is: an amount, a percentage or a count (its unit word). */
export interface NumberToken extends TextNumber {
  kind: TokenKind;
  /** "4125.49、4143.91万元": printed without a unit, it takes the next figure's (a run of figures sharing one unit). */
  sharedUnit?: true;
}

/** What may join the figures of a run that share the last one's unit. */
const SHARED_UNIT_GAP = /^[、,，和]$/;

const UNIT = '(亿\\s*元|万\\s*元|元|万(?![人次个])|%|个|辆|批次|人次|台[（(]套[)）]|台|套|项|名|人|家|条|次|所|分(?![之钟类别项配析解]))';
/** Chinese numerals are read as counts only before a count word of a claim (十一个项目, 两辆). */
const CHINESE_COUNT = /(?:个|项|辆|批次|人次|家)/;

function isSkipped(s: string, t: { start: number; end: number; unitEnd: number; unit: string; chinese?: boolean }): boolean {
  const before = s.slice(Math.max(0, t.start - 3), t.start);
  const after = s.slice(t.end, t.end + 6);
  if (/^(年|月|日|号|时|季度|周岁)/.test(after)) return true;
  if (/^[）)]/.test(after) && /[（(]$/.test(before)) return true; // （1）
  if (/^[、.．]/.test(after) && (t.start === 0 || /[：:\s（(]$/.test(before))) return true; // 1、 / 1.
  if (/第$/.test(before)) return true;
  if (/^(表|部分|号文)/.test(after)) return true;
  // thresholds inside names: 单价100万元（含）以上, 50万元以下
  const rest = s.slice(t.unitEnd, t.unitEnd + 4);
  if (t.unit && /^[（(]含[)）]|^(以上|以下)/.test(rest)) return true;
  // 一是 / 一方面 / 一个方面 are words, not figures
  if (t.chinese && /^(个)?(方面|是|般|致|起|同|并|律|直|些)/.test(after)) return true;
  return false;
}

/** The sentence must already be normalised (src/text normaliseText); offsets refer to it. */
export function findNumbers(sentence: string): NumberToken[] {
  const s = halfWidth(sentence);
  const out: NumberToken[] = [];
  const all = scanNumbers(s, UNIT, { chineseUnits: CHINESE_COUNT, keepBare: true });
  // a bare figure borrows the unit of the run it starts ("A、B万元", "E,F%"): amounts and percentages only
  for (let i = all.length - 2; i >= 0; i--) {
    const n = all[i];
    const next = all[i + 1];
    if (n.unit || n.chinese || !next.unit || !/元|^万\s*$|%/.test(next.unit) || !SHARED_UNIT_GAP.test(s.slice(n.end, next.start))) continue;
    all[i] = { ...n, unit: next.unit, unitEnd: n.end, shared: true } as TextNumber;
  }
  for (const n of all) {
    if (!n.unit) continue;
    if (isSkipped(s, n)) continue;
    const unit = n.unit.replace(/\s+/g, ''); // 万 元 is 万元
    const kind: TokenKind = /元|^万$/.test(unit) ? 'amount' : unit === '%' ? 'percent' : 'count';
    if (n.chinese && kind !== 'count') continue;
    out.push({
      kind,
      start: n.start,
      end: n.end,
      unitEnd: n.unitEnd,
      text: n.text,
      value: n.value,
      decimals: n.decimals,
      unit: unit === '万' ? '万元' : unit.replace(/\(/g, '（').replace(/\)/g, '）'),
      ...(n.chinese ? { chinese: true } : {}),
      ...((n as { shared?: boolean }).shared ? { sharedUnit: true as const } : {}),
    });
  }
  return out;
}

const SCALE: Record<Unit, number> = { 元: -4, 万元: 0, 亿元: 4 };

/** A figure in `unit` as the same figure in 万元: exact, decimals shifted with it, same ref. */
export function toWan(c: Cell, unit: Unit | null | undefined): Cell {
  const k = SCALE[unit ?? '万元'] ?? 0;
  if (k === 0 || c.value === null) return c;
  // decimals may go negative for 亿元 (1.23亿元 = 12300万元 ± 50): the interval stays the printed one.
  return { ...c, value: c.value.times(new D(10).pow(k)), decimals: c.decimals - k };
}

/** The printed figure as a cell, and the same figure in 万元 (exact, decimals shifted with it). */
export function amountCells(t: NumberToken, ref: SourceRef): { stated: Cell; wan: Cell; unit: Unit } {
  const unit = t.unit as Unit;
  const stated: Cell = { value: t.value, raw: `${t.text}${t.unit}`, decimals: t.decimals, ref };
  return { stated, wan: toWan(stated, unit), unit };
}

export function percentCell(t: NumberToken, ref: SourceRef): Cell {
  return { value: t.value, raw: `${t.text}%`, decimals: t.decimals, ref, percent: true };
}

export function countCell(t: NumberToken, ref: SourceRef): Cell {
  return { value: t.value, raw: `${t.text}${t.unit}`, decimals: t.decimals, ref };
}
