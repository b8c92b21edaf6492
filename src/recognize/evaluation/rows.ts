/** Row access for self-evaluation grids: normalised texts, numbers, and ledger cells with refs. */
import type { Cell, Grid, GridCell } from '../../types';
import { cellFromGrid, refOf } from '../../ledger/cells';
import { parseNumber } from '../../ledger/decimal';

export { norm } from '../label';
import { norm } from '../label';

const WIDE = /[\uff10-\uff19\uff0e\uff05\uff0d\uff0b\uff0c]/;

/** Full-width digits and signs (５．２％) as the ASCII ones people read them as. */
export function foldWidth(raw: string): string {
  return WIDE.test(raw) ? raw.replace(/[\uff01-\uff5e]/g, (ch) => (/[\uff10-\uff19\uff0e\uff05\uff0d\uff0b\uff0c]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch)) : raw;
}

const FOLDED = new WeakMap<GridCell, GridCell>();

function folded(g: GridCell): GridCell {
  if (!WIDE.test(g.raw)) return g;
  let f = FOLDED.get(g);
  if (!f) {
    const raw = foldWidth(g.raw);
    f = { ...g, raw, value: typeof g.value === 'string' ? raw : g.value };
    FOLDED.set(g, f);
  }
  return f;
}

export function cellsOf(grid: Grid, r: number): GridCell[] {
  return (grid.rows[r] ?? []).filter((g): g is GridCell => !!g && g.raw !== '').map(folded);
}

/**
 * Row texts by grid while a recognition pass runs (withRowTexts): findRow scans the same rows of a
 * self-evaluation for each of its parts. Grids do not change during recognition; outside a pass
 * nothing is kept.
 */
let rowTexts: WeakMap<Grid, string[]> | null = null;

export function withRowTexts<T>(fn: () => T): T {
  const outer = rowTexts;
  rowTexts = outer ?? new WeakMap();
  try {
    return fn();
  } finally {
    rowTexts = outer;
  }
}

function joinedRow(grid: Grid, r: number): string {
  return cellsOf(grid, r)
    .map((g) => norm(g.raw))
    .join('|');
}

export function rowText(grid: Grid, r: number): string {
  if (!rowTexts || !Number.isInteger(r) || r < 0) return joinedRow(grid, r);
  let list = rowTexts.get(grid);
  if (!list) {
    list = [];
    rowTexts.set(grid, list);
  }
  return (list[r] ??= joinedRow(grid, r));
}

/** A cell is a figure when it parses as a plain number (amounts, 98.31%, "1,000.00"). */
export function isFigure(g: GridCell): boolean {
  if (typeof g.value === 'number') return true;
  return parseNumber(g.raw) !== null;
}

/** Points written with their unit ("10分") read as the number they are. */
export function withoutPoints(g: GridCell): GridCell {
  const m = /^(\d+(?:\.\d+)?)\s*分$/.exec(g.raw.trim());
  return m ? { ...g, raw: m[1], value: m[1] } : g;
}

export function figuresOf(grid: Grid, r: number): GridCell[] {
  return cellsOf(grid, r).filter(isFigure);
}

export function textsOf(grid: Grid, r: number): GridCell[] {
  return cellsOf(grid, r).filter((g) => !isFigure(g));
}

export function toCell(grid: Grid, g: GridCell | undefined): Cell | null {
  if (!g) return null;
  return cellFromGrid(g, refOf(grid.file, grid.sheet, g));
}

/** A percentage cell (执行率, 偏差度): values stored as 0.9831 with a % format become 98.31. */
export function toPercentCell(grid: Grid, g: GridCell | undefined): Cell | null {
  const c = toCell(grid, g);
  if (!c) return null;
  return { ...c, percent: true };
}

/** Find the first row in [from, to] whose normalised text matches. */
export function findRow(grid: Grid, from: number, to: number, re: RegExp): number {
  for (let r = from; r <= to; r++) if (re.test(rowText(grid, r))) return r;
  return -1;
}

const GRADE = /^(优|良|中|差|优秀|良好|合格|不合格)$/;

export function gradeCell(grid: Grid, r: number): GridCell | undefined {
  return cellsOf(grid, r).find((g) => GRADE.test(norm(g.raw)));
}

/** Weight stated in a label: 产出指标（50分） → '50'. */
export function weightInLabel(raw: string): string | null {
  const m = /\((\d+(?:\.\d+)?)分\)/.exec(norm(raw));
  return m ? m[1] : null;
}
