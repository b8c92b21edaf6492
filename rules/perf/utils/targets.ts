/**
 * Reading indicator targets and actual values: "≥95%", "≤30万元", "=100%", "—1人", "2024年12月前",
 * "达成预期指标", "提升". Comparisons use exact decimals.
 */
import type Decimal from 'decimal.js';
import type { Indicator } from '../../../src/ledger/evaluation';
import { D } from '../../../src/ledger/decimal';
import { chineseNumeral, FIGURE_SOURCE, figureValue, halfWidth } from '../../../src/text';

export type Op = '>=' | '<=' | '=' | '>' | '<';

export interface Figure {
  op: Op;
  value: Decimal;
  /** The unit words after the number (万元, 元, %, 人, 个 …); '' when none. */
  unit: string;
  /** The figure text (plain decimal string). */
  text: string;
}

const OPS: [RegExp, Op][] = [
  [/^(≥|>=|＞=|不低于|不少于|大于等于)/, '>='],
  [/^(≤|<=|＜=|不高于|不超过|小于等于|控制在)/, '<='],
  [/^(>|＞|大于|高于|超过)/, '>'],
  [/^(<|＜|小于|低于)/, '<'],
  [/^(=|＝|—|－|-|一|~|约)/, '='],
];

/** A figure with a number: "≥95%" → {>=, 95, %}; "—1人" → {=, 1, 人}; "2024年12月前" → null (a date). */
const LEADING_FIGURE = new RegExp(`^(${FIGURE_SOURCE})(.*)$`);

/** Memo of parseFigure by text: several rules read the same targets and actuals of every indicator. */
const FIGURES = new Map<string, Figure | null>();
const FIGURES_MAX = 20000;

export function parseFigure(text: string): Figure | null {
  let hit = FIGURES.get(text);
  if (hit === undefined) {
    hit = parseFigureUncached(text);
    if (text.length <= 64) {
      if (FIGURES.size >= FIGURES_MAX) FIGURES.clear();
      FIGURES.set(text, hit);
    }
  }
  // A fresh object each time: callers own what they are given (Decimal values are immutable).
  return hit && { ...hit };
}

function parseFigureUncached(text: string): Figure | null {
  let t = halfWidth(text).replace(/\s+/g, '').replace(/，/g, ',');
  if (!t || /\d{4}年|\d+月|\d+日/.test(t)) return null;
  // 一个, 两家, 十二次: a count in Chinese numerals (一批 is not a count).
  const cn = /^([一二两三四五六七八九十]+)(个|家|次|份|人|台|条|项|名|套|期)$/.exec(t);
  const count = cn ? chineseNumeral(cn[1]) : null;
  if (cn && count !== null) return { op: '=', value: new D(count), unit: cn[2], text: String(count) };
  let op: Op = '=';
  for (const [re, o] of OPS) {
    const m = re.exec(t);
    if (m) {
      op = o;
      t = t.slice(m[0].length);
      break;
    }
  }
  const m = LEADING_FIGURE.exec(t);
  if (!m) return null;
  const { value } = figureValue(m[1]);
  return { op, value, unit: m[2] ?? '', text: m[1].replace(/,/g, '') };
}

const MET_WORDS = /^(达成预期指标|达成预期|达成|已达成|完成|已完成|按时完成|全部完成|达到预期|达标|符合|是)$/;
const MISSED_WORDS = /未达成|部分达成|未完成|部分完成|未达到|滞后|未支付/;

/** Whether the actual meets the target: true, false, or null when it cannot be told. */
export function targetMet(ind: Indicator): boolean | null {
  const actual = ind.actual.replace(/\s+/g, '');
  const target = ind.target.replace(/\s+/g, '');
  if (!actual) return null;
  if (MISSED_WORDS.test(actual)) return false;
  if (MET_WORDS.test(actual)) return true;
  const t = parseFigure(target);
  const a = parseFigure(actual);
  if (t && a) {
    if (t.unit && a.unit && t.unit !== a.unit) return null;
    const v = a.value;
    switch (t.op) {
      case '>=':
        return v.gte(t.value);
      case '>':
        return v.gt(t.value);
      case '<=':
        return v.lte(t.value);
      case '<':
        return v.lt(t.value);
      default:
        return v.eq(t.value);
    }
  }
  if (!t && !a && target && actual === target) return true;
  return null;
}

export function isCost(ind: Indicator): boolean {
  return /成本/.test(ind.l1) || /成本/.test(ind.l2) || /成本|总金额|经费开支/.test(ind.name);
}

/** A money figure in 万元 ("≤39.9万元" → 39.9; "≤4000元" → 0.4), null for per-unit rates ("元/月/人"). */
export function moneyWan(f: Figure | null): Decimal | null {
  if (!f) return null;
  if (/^万元$/.test(f.unit)) return f.value;
  if (/^元$/.test(f.unit)) return f.value.div(10000);
  return null;
}
