/** 差额: actual − expected with exact decimals, when both are plain numbers; undefined otherwise. */
import { D, decimalsOf } from '../ledger/decimal';

const NUMBER = /^[-+]?\d[\d,]*(\.\d+)?%?$/;

export function difference(actual: string | undefined, expected: string | undefined): string | undefined {
  if (actual === undefined || expected === undefined) return undefined;
  const a = actual.trim();
  const e = expected.trim();
  if (!NUMBER.test(a) || !NUMBER.test(e)) return undefined;
  const clean = (s: string): string => s.replace(/[,%]/g, '');
  const diff = new D(clean(a)).minus(new D(clean(e)));
  if (diff.isZero()) return undefined;
  const places = Math.max(decimalsOf(clean(a)), decimalsOf(clean(e)));
  const text = diff.toFixed(places);
  return diff.isPositive() ? `+${text}` : text;
}
