/**
 * Exact decimals (decimal.js) and parsing of printed figures. No binary floating point takes part
 * in any comparison: spreadsheet numbers are converted through their shortest decimal text.
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Placeholders that mean "nothing here". */
const EMPTY = /^(?:[-—–－─━_]+|\/|无|空)$/;

export interface ParsedNumber {
  value: Decimal;
  decimals: number;
  percent: boolean;
}

/** Number of digits after the decimal point in a plain decimal string. */
export function decimalsOf(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}

export function isPlaceholder(raw: string): boolean {
  const t = raw.trim();
  return t === '' || EMPTY.test(t);
}

/** Memo of parseNumber by raw text (bounded; cleared when full). */
const PARSED = new Map<string, ParsedNumber | null>();
const PARSED_MAX = 50000;
const PARSED_LONGEST = 64;

/**
 * Parse a printed amount: "1,654.78", "１２３.４", "-3.2", "(3.2)", "98.31%", "0.00".
 * Returns null for blanks, placeholders and non-numbers.
 */
export function parseNumber(raw: string): ParsedNumber | null {
  let hit = PARSED.get(raw);
  if (hit === undefined) {
    hit = parseUncached(raw);
    // Workbooks repeat the same figures and texts; long texts (paragraphs) seldom repeat.
    if (raw.length <= PARSED_LONGEST) {
      if (PARSED.size >= PARSED_MAX) PARSED.clear();
      PARSED.set(raw, hit);
    }
  }
  // A fresh object each time: callers own what they are given (Decimal values are immutable).
  return hit && { value: hit.value, decimals: hit.decimals, percent: hit.percent };
}

function parseUncached(raw: string): ParsedNumber | null {
  let t = raw.trim();
  if (isPlaceholder(t)) return null;
  t = t.replace(/[０-９．，％－＋（）]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  // U+2212 minus (typeset documents), U+3001 、 never; spaces inside a figure (1 654.78) are dropped.
  t = t.replace(/\u2212/g, '-').replace(/\s+/g, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1];
  }
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1);
  }
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/.test(t)) return null;
  t = t.replace(/,/g, '');
  const value = new D(t);
  return { value: negative ? value.neg() : value, decimals: decimalsOf(t), percent };
}

/** Excel keeps and shows 15 significant digits; what lies beyond them is binary noise. */
export const EXCEL_DIGITS = 15;

/**
 * The decimal a stored spreadsheet double stands for: the shortest decimal that round-trips at
 * Excel's 15 significant digits (1654.7800000000002 → "1654.78", 0.1 + 0.2 → "0.3"), as plain text.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return new D(n.toPrecision(EXCEL_DIGITS)).toFixed();
}

/** Format a decimal with a fixed number of places (half-up), as a plain string. */
export function fmt(value: Decimal, decimals: number): string {
  return value.toFixed(Math.max(0, decimals), D.ROUND_HALF_UP);
}
