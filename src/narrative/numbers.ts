/**
 * Numbers in a sentence, with their units: amounts (元 / 万元 / 亿元, converted to 万元 exactly),
 * percentages and counts. Years, dates, ordinals and thresholds inside names ("单价100万元（含）以上
 * 设备") are not figures and are skipped.
 */
import type { Cell, SourceRef, Unit } from '../types';
import { D } from '../ledger/decimal';

export type TokenKind = 'amount' | 'percent' | 'count';

export interface NumberToken {
  kind: TokenKind;
  /** Offsets inside the sentence: the digits, and the end of the unit. */
  start: number;
  end: number;
  unitEnd: number;
  text: string;
  value: InstanceType<typeof D>;
  decimals: number;
  /** Amount unit, or the count word (个, 辆, 批次, 人次 …), or '%'. */
  unit: string;
}

const FULLWIDTH = /[０-９．，％]/g;
/** Same-length normalisation so offsets stay valid. */
export function halfWidth(s: string): string {
  return s.replace(FULLWIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const NUM = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const UNIT = /^\s*(亿元|万元|元|万(?![人次个])|%|个|辆|批次|人次|台[（(]套[)）]|台|套|项|名|人|家|条|次|所|分(?![之钟类别项配析解]))/;

function isSkipped(s: string, start: number, end: number, unit: string): boolean {
  const before = s.slice(Math.max(0, start - 3), start);
  const after = s.slice(end, end + 6);
  if (/^\s*(年|月|日|号|时|季度|周岁)/.test(after)) return true;
  if (/^[）)]/.test(after) && /[（(]$/.test(before)) return true; // （1）
  if (/^[、.．]/.test(after) && (start === 0 || /[：:\s（(]$/.test(before))) return true; // 1、 / 1.
  if (/第$/.test(before)) return true;
  if (/^\s*(表|部分|号文)/.test(after)) return true;
  // thresholds inside names: 单价100万元（含）以上, 50万元以下
  const rest = s.slice(end).replace(UNIT, '');
  if (unit && /^[（(]含[)）]|^(以上|以下)/.test(rest)) return true;
  return false;
}

export function findNumbers(sentence: string): NumberToken[] {
  const s = halfWidth(sentence);
  const out: NumberToken[] = [];
  NUM.lastIndex = 0;
  for (let m = NUM.exec(s); m; m = NUM.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && /[A-Za-z_.\d]/.test(s[start - 1])) continue;
    const u = UNIT.exec(s.slice(end));
    const unit = u ? u[1] : '';
    if (!unit) continue;
    if (isSkipped(s, start, end, unit)) continue;
    const digits = m[0].replace(/,/g, '');
    const kind: TokenKind = /元|^万$/.test(unit) ? 'amount' : unit === '%' ? 'percent' : 'count';
    out.push({
      kind,
      start,
      end,
      unitEnd: end + (u ? u[0].length : 0),
      text: m[0],
      value: new D(digits),
      decimals: m[2] ? m[2].length - 1 : 0,
      unit: unit === '万' ? '万元' : unit.replace(/\(/g, '（').replace(/\)/g, '）'),
    });
  }
  return out;
}

const SCALE: Record<Unit, number> = { 元: -4, 万元: 0, 亿元: 4 };

/** The printed figure as a cell, and the same figure in 万元 (exact, decimals shifted with it). */
export function amountCells(t: NumberToken, ref: SourceRef): { stated: Cell; wan: Cell; unit: Unit } {
  const unit = t.unit as Unit;
  const stated: Cell = { value: t.value, raw: `${t.text}${t.unit}`, decimals: t.decimals, ref };
  const k = SCALE[unit] ?? 0;
  const wanValue = t.value.times(new D(10).pow(k));
  // decimals may go negative for 亿元 (1.23亿元 = 12300万元 ± 50): the interval stays the printed one.
  const wan: Cell = { value: wanValue, raw: stated.raw, decimals: t.decimals - k, ref };
  return { stated, wan, unit };
}

export function percentCell(t: NumberToken, ref: SourceRef): Cell {
  return { value: t.value, raw: `${t.text}%`, decimals: t.decimals, ref, percent: true };
}

export function countCell(t: NumberToken, ref: SourceRef): Cell {
  return { value: t.value, raw: `${t.text}${t.unit}`, decimals: t.decimals, ref };
}
