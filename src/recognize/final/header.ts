/**
 * Header rows → one label per column. Merged cells arrive copied (xlsx) or only in their first
 * column (CSV, PDF conversions): an empty cell of an upper header row above header text belongs to the spanning header on its left, so it inherits that text.
 */
import type { Grid } from '../../types';
import { normAt } from './grid-util';

export interface ColumnLabel {
  col: number;
  /** Normalised header texts from top to bottom, consecutive duplicates removed. */
  parts: string[];
  /** parts joined. */
  text: string;
}

function textBelow(grid: Grid, r: number, bottom: number, c: number): boolean {
  for (let k = r + 1; k <= bottom; k++) if (normAt(grid, k, c) !== '') return true;
  return false;
}

export function columnLabels(grid: Grid, top: number, bottom: number, lastCol: number): ColumnLabel[] {
  const filled: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    for (let c = 0; c <= lastCol; c++) {
      let t = normAt(grid, r, c);
      if (t === '' && c > 0 && line[c - 1] !== '' && textBelow(grid, r, bottom, c)) t = line[c - 1];
      line.push(t);
    }
    filled.push(line);
  }
  const labels: ColumnLabel[] = [];
  for (let c = 0; c <= lastCol; c++) {
    const parts: string[] = [];
    for (const line of filled) if (line[c] && parts[parts.length - 1] !== line[c]) parts.push(line[c]);
    labels.push({ col: c, parts, text: parts.join('') });
  }
  return labels;
}

/** Match a label against ordered [key, pattern] pairs; the first match wins. */
export function keyOfLabel(text: string, patterns: [string, RegExp][]): string | undefined {
  for (const [key, re] of patterns) if (re.test(text)) return key;
  return undefined;
}
