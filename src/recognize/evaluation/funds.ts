/**
 * 项目资金 block: header words name the columns (年初预算数 … 执行率, 得分, in any order, over one or
 * more header rows). A figure under its header word is read from the header (strong). A row of a PDF
 * conversion that prints one figure per header word, in order, is read in that order, strong only
 * when the row's own arithmetic (预算 − 执行 = 结余, 执行 ÷ 预算 = 执行率) bears it out; any other row
 * is placed by position and content (weak, and the warning says a short fund block cannot be
 * corroborated by its other rows).
 */
import type { Cell, Grid, GridCell } from '../../types';
import type { FundRow } from '../../ledger/evaluation';
import { refOf } from '../../ledger/cells';
import { reading, type Basis, type Bilingual, type Reading } from '../../ledger/evidence';
import { D } from '../../ledger/decimal';
import { FUND_NAMES, fundKey, headerColumns, type FundKey, type HeaderColumn } from './columns';
import { isPercent, withReading } from './indicators';
import { cellsOf, figuresOf, norm, textsOf, toCell, toPercentCell, weightInLabel } from './rows';

export type Slot = Exclude<FundKey, 'reason'>;
const ORDER: Slot[] = ['declared', 'initial', 'carried', 'full', 'executed', 'balance', 'weight', 'rate', 'score'];

export interface HeaderSlot {
  slot: Slot;
  col: number;
  /** The header text the slot was read from. */
  text: string;
}

/** Slots of the fund header (one or more rows), left to right; ties in a column in template order. */
export function headerSlots(grid: Grid, rows: number[]): HeaderSlot[] {
  const found = headerColumns(grid, rows, fundKey).filter((h): h is HeaderColumn<Slot> => h.key !== 'reason');
  // 年初预算数 over 目标申报数 / 预算编制数 is a parent header, not a column of its own.
  const sub = found.some((f) => /目标申报数|预算编制数/.test(f.text));
  const kept = found.filter((f) => !(sub && /^年初预算/.test(f.text)));
  const unique = kept.filter((f, i) => kept.findIndex((x) => x.key === f.key) === i);
  return unique.map(({ key, col, text }) => ({ slot: key, col, text })).sort((a, b) => a.col - b.col || ORDER.indexOf(a.slot) - ORDER.indexOf(b.slot));
}

function* choose(n: number, k: number, start = 0, acc: number[] = []): Generator<number[]> {
  if (acc.length === k) {
    yield acc;
    return;
  }
  for (let i = start; i <= n - (k - acc.length); i++) yield* choose(n, k, i + 1, [...acc, i]);
}

function num(g: GridCell | undefined, grid: Grid, percent = false): number | null {
  const c = percent ? toPercentCell(grid, g) : toCell(grid, g);
  return c && c.value !== null ? c.value.toNumber() : null;
}

/**
 * Plausibility of a placement by position and content only (a percentage belongs under 执行率, a
 * 分值 is small): never by the arithmetic the rules check, so a misprinted 执行率 is not placed
 * out of sight. Floats are fine here, they only rank candidate placements.
 */
function score(grid: Grid, place: Map<Slot, GridCell>, offsets: number[]): number {
  const v = (s: Slot): number | null => num(place.get(s), grid, s === 'rate');
  let s = 0;
  for (const [slot, g] of place) if (isPercent(g)) s += slot === 'rate' ? 2 : -3;
  const rate = v('rate');
  if (v('weight') !== null && (v('weight') as number) > 30) s -= 2;
  if (rate !== null && rate > 100.5) s -= 1;
  const sorted = [...offsets].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  s -= offsets.reduce((a, o) => a + Math.abs(o - median), 0) * 0.3 + offsets.reduce((a, o) => a + Math.abs(o), 0) * 0.2;
  return s;
}

export function placeFigures(grid: Grid, slots: HeaderSlot[], figures: GridCell[]): Map<Slot, GridCell> {
  const k = Math.min(figures.length, slots.length);
  let best = new Map<Slot, GridCell>();
  let bestScore = -Infinity;
  // More figures than header words (a column the header does not name): choose which figures, too.
  for (const fi of choose(figures.length, k)) {
    const used = fi.map((i) => figures[i]);
    for (const idx of choose(slots.length, k)) {
      const place = new Map<Slot, GridCell>();
      idx.forEach((si, j) => place.set(slots[si].slot, used[j]));
      const skipped = figures.length - k;
      const s = score(grid, place, idx.map((si, j) => used[j].c - slots[si].col)) - skipped * 0.5;
      if (s > bestScore) {
        bestScore = s;
        best = place;
      }
    }
  }
  return best;
}

export function fundKind(label: string): FundRow['kind'] {
  if (/总额|合计|总计/.test(label)) return 'total';
  if (/专户/.test(label)) return 'special';
  if (/单位资金|其他资金|自有/.test(label)) return 'unit';
  if (/上年结转|结转资金|结转结余/.test(label)) return 'carried';
  if (/财政|拨款|预算|资金|资/.test(label)) return 'fiscal';
  return 'other';
}

export interface FundParse {
  funds: FundRow[];
  execWeight: Cell | null;
  execScore: Cell | null;
}

interface RowPlacement {
  place: Map<Slot, GridCell>;
  basis: Basis;
  /** The linter's own account of how the row was placed (none when the header places it). */
  note?: Bilingual;
  alternative?: Bilingual;
}

/** Each figure under a header word of its own: the header places it. */
function exactPlacement(slots: HeaderSlot[], figures: GridCell[]): Map<Slot, GridCell> | null {
  const place = new Map<Slot, GridCell>();
  for (const f of figures) {
    const under = slots.filter((s) => s.col === f.c);
    if (under.length !== 1 || place.has(under[0].slot)) return null;
    // A percentage sits under 执行率 only: elsewhere the row is off its header.
    if (isPercent(f) && under[0].slot !== 'rate') return null;
    place.set(under[0].slot, f);
  }
  return place;
}

function placeRow(grid: Grid, slots: HeaderSlot[], figures: GridCell[], rows: number): RowPlacement {
  const exact = exactPlacement(slots, figures);
  if (exact) return { place: exact, basis: 'header' };
  if (figures.length === slots.length) {
    const place = new Map<Slot, GridCell>(slots.map((s, i) => [s.slot, figures[i]]));
    return {
      place,
      basis: 'order',
      note: { zh: `按表头顺序逐一对应，${slots.length}列${figures.length}个数字`, en: `matched one by one in header order: ${slots.length} columns, ${figures.length} figures` },
    };
  }
  const place = placeFigures(grid, slots, figures);
  const few = rows <= 3;
  return {
    place,
    basis: 'order',
    note: {
      zh: `数字与表头列不对齐，按数字顺序推断${few ? `；资金表仅${rows}行，无法以其他行勾稽印证` : ''}`,
      en: `figures not aligned with the header columns, inferred from their order${few ? `; the funds table has only ${rows} row${rows === 1 ? '' : 's'}, so no other row can corroborate it` : ''}`,
    },
    alternative: { zh: '按表头所在列读取', en: 'reading each figure in the column of its header' },
  };
}

/** 预算 − 执行 = 结余 or 执行 ÷ 预算 = 执行率 on the row, within the printed precision. */
function corroborated(row: FundRow): Bilingual | null {
  const half = (c: Cell): InstanceType<typeof D> => new D(10).pow(-c.decimals).div(2);
  const { full, executed, balance, rate } = row;
  const found: Bilingual[] = [];
  if (full?.value && executed?.value && balance?.value) {
    if (full.value.minus(executed.value).minus(balance.value).abs().lte(half(full).plus(half(executed)).plus(half(balance)))) found.push({ zh: '预算−执行=结余', en: 'budget − executed = balance' });
  }
  if (full?.value && !full.value.isZero() && executed?.value && rate?.value) {
    const computed = executed.value.div(full.value).times(100);
    const reach = half(rate).plus(computed.times(half(full).div(full.value).plus(half(executed).div(executed.value.isZero() ? 1 : executed.value))));
    if (computed.minus(rate.value).abs().lte(reach)) found.push({ zh: '执行÷预算=执行率', en: 'executed ÷ budget = execution rate' });
  }
  return found.length ? { zh: found.map((f) => f.zh).join('、'), en: found.map((f) => f.en).join(', ') } : null;
}

/** Fund rows from the row after the header(s) until stop (exclusive). */
export function parseFunds(grid: Grid, headerRows: number[], from: number, stop: number): FundParse {
  const slots = headerSlots(grid, headerRows);
  const funds: FundRow[] = [];
  const dataRows = [...Array(Math.max(0, stop - from)).keys()].map((i) => from + i).filter((r) => figuresOf(grid, r).length);
  for (const r of dataRows) {
    const figures = figuresOf(grid, r);
    const label = textsOf(grid, r)
      .filter((g) => g.c < figures[0].c)
      .map((g) => norm(g.raw))
      .filter((t) => !/项目资金|执行进度|^\(?万元\)?$|^年度预算申请/.test(t))
      .join('');
    const placed = placeRow(grid, slots, figures, dataRows.length);
    const { place } = placed;
    const at = (s: Slot): Cell | undefined => (s === 'rate' ? toPercentCell(grid, place.get(s)) : toCell(grid, place.get(s))) ?? undefined;
    const first = cellsOf(grid, r)[0];
    const row: FundRow = { label: label.replace(/^其中:?/, '') || '资金', kind: fundKind(label), ref: refOf(grid.file, grid.sheet, first) };
    const initial = at('initial') ?? at('declared');
    if (initial) row.initial = initial;
    for (const s of ['carried', 'full', 'executed', 'balance', 'rate', 'weight', 'score'] as const) {
      const c = at(s);
      if (c) row[s] = c;
    }
    normaliseRate(row);
    // A one-to-one order is a reading of the header only when the row's own arithmetic bears it out.
    const arithmetic = placed.basis === 'order' && !placed.alternative ? corroborated(row) : null;
    const basis: Basis = arithmetic ? 'arithmetic' : placed.basis;
    const note: Bilingual | undefined =
      arithmetic && placed.note ? { zh: `${placed.note.zh}，本行${arithmetic.zh}`, en: `${placed.note.en}; on this row ${arithmetic.en}` } : placed.note;
    const alternative: Bilingual | undefined = placed.alternative ?? (basis === 'order' ? { zh: '数字与表头列错位', en: 'the figures are off their header columns' } : undefined);
    for (const [s, g] of place) {
      const cell = s === 'initial' || (s === 'declared' && !place.has('initial')) ? row.initial : (row as unknown as Record<string, Cell | undefined>)[s];
      const slot = slots.find((x) => x.slot === s);
      if (cell && cell.ref.cell === refOf(grid.file, grid.sheet, g).cell) withReading(cell, fundReading(s, basis, slot?.text, note, alternative));
    }
    funds.push(row);
  }
  if (funds.length && !funds.some((f) => f.kind === 'total')) funds[0].kind = 'total';
  markAmbiguousFiscal(funds);
  const total = funds.find((f) => f.kind === 'total');
  return { funds, execWeight: total?.weight ?? null, execScore: total?.score ?? null };
}

/**
 * The execution block's weight printed in the fund header's label (预算执行情况（10分）), for tables
 * whose rows print no 分值: a label reading.
 */
export function statedExecWeight(grid: Grid, headerRows: number[]): Cell | null {
  for (const r of headerRows) {
    for (const g of textsOf(grid, r)) {
      const t = norm(g.raw);
      const w = /预算执行|执行情况|资金执行|执行率/.test(t) ? weightInLabel(g.raw) : null;
      if (w) return withReading(toCell(grid, { ...g, raw: w, value: Number(w) }) as Cell, reading('column', '执行率分值', 'label', t));
    }
  }
  return null;
}

/** The label says the row is the year's own 财政拨款 (当年 / 本年), or that it includes the carry-over. */
const THIS_YEAR = /当年|本年|当期|年度财政/;
const WITH_CARRIED = /含上年结转|包括上年结转|含结转/;

/**
 * A 财政拨款 row beside a 上年结转 row: is it the year's part (the two add up to the total) or all of
 * the 财政拨款, the carry-over inside it? Only the label can tell; where it does not, the row's
 * reading is weak and names the other.
 */
function markAmbiguousFiscal(funds: FundRow[]): void {
  const carried = funds.find((f) => f.kind === 'carried');
  if (!carried) return;
  for (const f of funds) {
    if (f.kind !== 'fiscal' || THIS_YEAR.test(f.label) || WITH_CARRIED.test(f.label)) continue;
    f.reading = reading('row', '当年财政拨款', 'default', f.label, {
      note: { zh: `“${f.label}”未写明是否含${carried.label}`, en: `“${f.label}” does not say whether it includes ${carried.label}` },
      alternative: { zh: `含${carried.label}的财政拨款合计`, en: `all of the 财政拨款, ${carried.label} included` },
    });
  }
}

function fundReading(s: Slot, basis: Basis, detail: string | undefined, note: Bilingual | undefined, alternative?: Bilingual): Reading {
  return reading('column', FUND_NAMES[s], basis, detail, { note, alternative: basis === 'order' ? alternative : undefined });
}

/** 执行率 stored as a fraction (0.9831 in General format): bring it to percent units when the figures say so. */
function normaliseRate(row: FundRow): void {
  const { rate, full, executed } = row;
  if (!rate?.value || rate.raw.includes('%') || !full?.value || full.value.isZero() || !executed?.value) return;
  if (rate.value.gt(1.5)) return;
  const fraction = executed.value.div(full.value);
  if (fraction.minus(rate.value).abs().lt(0.01) && !fraction.times(100).minus(rate.value).abs().lt(0.01)) {
    row.rate = { ...rate, value: rate.value.times(100), decimals: Math.max(0, rate.decimals - 2), percent: true };
  }
}
