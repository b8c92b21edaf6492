/**
 * The project's one parser of numbers written in running text: Arabic figures with thousands
 * separators and decimals ("1,234.56", full-width digits after normaliseText), Chinese numerals
 * for counts ("十一", "两", "二十三"), each with the unit word that follows it.
 *
 * `scanNumbers(text, unitPattern)` is linear in the text's length: one pass of a global regex, the
 * unit read with a sticky regex at the number's end (no copies of the rest of the text). Callers
 * give the units they read (the narrative: 万元 / % / 个 / 辆 …; a self-evaluation's analysis text:
 * 万元 / 元 / %), so one parser serves every reader of prose.
 */
import { D } from '../ledger/decimal';

export interface TextNumber {
  /** Offsets in the text: the figure, and the end of its unit (= end when there is none). */
  start: number;
  end: number;
  unitEnd: number;
  /** The figure as written ("1,234.56", "十一"). */
  text: string;
  value: InstanceType<typeof D>;
  decimals: number;
  /** The unit word as matched (group 1 of the unit pattern), '' when none. */
  unit: string;
  /** Written in Chinese numerals. */
  chinese?: boolean;
}

/** A figure as printed in prose: 1,234.56 / 1234.56 / 12 (after normaliseText: ASCII digits). */
export const FIGURE_SOURCE = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const ARABIC = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;

/** A figure's text ("1,234.56") → its exact value and printed decimals. */
export function figureValue(text: string): { value: InstanceType<typeof D>; decimals: number } {
  const digits = text.replace(/,/g, '');
  const dot = digits.indexOf('.');
  return { value: new D(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1 };
}
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE = /[零〇一二两三四五六七八九十百千]+/g;

/** 十一 → 11, 二十三 → 23, 一百零五 → 105, 两 → 2; null when it is not a well-formed numeral. */
export function chineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      if (digit !== null && digit !== 0 && CN_DIGIT[ch] !== 0) return null; // 一二 is not a number
      digit = CN_DIGIT[ch];
    } else if (ch in CN_UNIT) {
      total += (digit ?? 1) * CN_UNIT[ch];
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * Numbers in `text` followed by a unit matched by `unit` (a regex source whose group 1 is the unit
 * word; optional whitespace before it is allowed). Numbers without a unit are returned with unit ''
 * when `keepBare` is set. Chinese numerals are returned only when followed by one of `chineseUnits`.
 */
export function scanNumbers(text: string, unit: string, opts: { keepBare?: boolean; chineseUnits?: RegExp } = {}): TextNumber[] {
  const unitRe = new RegExp(`\\s*(?:${unit})`, 'y');
  const out: TextNumber[] = [];
  const readUnit = (end: number): { unit: string; unitEnd: number } => {
    unitRe.lastIndex = end;
    const u = unitRe.exec(text);
    return u ? { unit: u[1] ?? '', unitEnd: end + u[0].length } : { unit: '', unitEnd: end };
  };
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(text); m; m = ARABIC.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && /[A-Za-z_.\d]/.test(text[start - 1])) continue;
    const u = readUnit(end);
    if (!u.unit && !opts.keepBare) continue;
    out.push({ start, end, unitEnd: u.unitEnd, text: m[0], ...figureValue(m[0]), unit: u.unit });
  }
  if (opts.chineseUnits) {
    const only = new RegExp(opts.chineseUnits.source, 'y');
    CHINESE.lastIndex = 0;
    for (let m = CHINESE.exec(text); m; m = CHINESE.exec(text)) {
      const value = chineseNumeral(m[0]);
      if (value === null) continue;
      const end = m.index + m[0].length;
      only.lastIndex = end;
      if (!only.test(text)) continue;
      const u = readUnit(end);
      if (!u.unit) continue;
      out.push({ start: m.index, end, unitEnd: u.unitEnd, text: m[0], value: new D(value), decimals: 0, unit: u.unit, chinese: true });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
