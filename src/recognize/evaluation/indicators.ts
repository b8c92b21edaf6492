/**
 * 绩效指标 rows, read from the block's header: each cell means what the header over its column says
 * (一级/二级/三级指标, 指标值, 实际完成值, 分值/权重, 得分, 偏差度 …, in any order). First-level names
 * are whatever the 一级指标 column holds (产出/效益/满意度/成本, 决策/过程/产出/效益 …); blank labels
 * under merged cells are inherited. A row of a PDF conversion that sits off its header is read with
 * its cells aligned in order to the header's columns by content (texts under text columns, points under
 * 分值/得分), and its figures record that weak reading.
 */
import type { Cell, Grid, GridCell } from '../../types';
import type { Indicator, StatedBlock } from '../../ledger/evaluation';
import { reading, type Bilingual, type Reading } from '../../ledger/evidence';
import { refOf } from '../../ledger/cells';
import { headerColumns, headerRowsFrom, indicatorKey, INDICATOR_NAMES, type HeaderColumn, type IndicatorKey } from './columns';
import { cellsOf, isFigure, norm, toCell, toPercentCell, weightInLabel, withoutPoints } from './rows';

const SKIP = /^(……|…|\.\.\.|—|-|\/|无)$/;
const SUBTOTAL = /^(小计|合计|总计|总分)/;
const FIGURE_KEYS: ReadonlySet<IndicatorKey> = new Set(['weight', 'score', 'deviation', 'target', 'actual', 'initialTarget']);
const POINT_KEYS: ReadonlySet<IndicatorKey> = new Set(['weight', 'score', 'deviation']);
const TEXT_KEYS: ReadonlySet<IndicatorKey> = new Set(['reason', 'note', 'criteria']);
/** The indicator header: its level names, or a single 指标名称 column (a template without levels). */
export const INDICATOR_HEADER = /三级指标|一级指标|二级指标|(^|\|)(绩效)?指标名称(\||$)/;

export interface IndicatorParse {
  indicators: Indicator[];
  blocks: StatedBlock[];
  columns: IndicatorColumns;
  /** The 一级/二级 labels in force after the last row (a label-only row such as 效益指标（30分） included). */
  carry: { l1: string; l2: string };
}

/** The indicator header: its columns and a lookup of the column under any grid column. */
export interface IndicatorColumns {
  columns: HeaderColumn<IndicatorKey>[];
  /** One column per grid column: the lowest header row's word (年初指标值 under a merged 指标值). */
  effective: HeaderColumn<IndicatorKey>[];
  /** Header column covering grid column c (a header word covers the blank columns to its right). */
  at(c: number): HeaderColumn<IndicatorKey> | undefined;
}

export function indicatorColumns(grid: Grid, headerRows: number[]): IndicatorColumns {
  const columns = headerColumns(grid, headerRows, indicatorKey);
  const first = new Map<number, HeaderColumn<IndicatorKey>>();
  for (const h of columns) first.set(h.col, h);
  const cols = [...first.keys()].sort((a, b) => a - b);
  const last = cols[cols.length - 1] ?? -1;
  return {
    columns,
    effective: cols.map((c) => first.get(c)!),
    at(c) {
      if (c < (cols[0] ?? 0) || c > last + 1) return undefined;
      let hit: HeaderColumn<IndicatorKey> | undefined;
      for (const k of cols) if (k <= c) hit = first.get(k);
      // Beyond the last header word only a trailing text column (a note) can sit.
      if (c > last && hit && hit.col !== c) return hit.key === 'reason' || hit.key === 'note' ? hit : undefined;
      return hit;
    },
  };
}

/** Words of the upper row of a two-row indicator header: the value columns' names (指标值, 分值, 得分 …). */
const VALUE_COLUMN_KEYS: ReadonlySet<IndicatorKey> = new Set(['initialTarget', 'target', 'actual', 'weight', 'score', 'deviation']);
/** Fund header words (预算数, 执行数, 执行率): a row that has them is the fund block's, not the indicators'. */
const FUND_WORD = /预算数|执行数|执行率|预算执行|资金总额/;

/**
 * The header rows of the indicator block whose level names (一级/二级/三级指标) are on row `header`:
 * a second row of header words below joins it (分值 | 得分 under a merged 评分), and so does the row
 * just above when it names value columns and holds no figure (绩效指标 over the level names, with
 * 年度指标值 | 实际完成值 | 分值 | 得分 printed once on the upper row).
 */
export function indicatorHeaderRows(grid: Grid, header: number, limit: number): number[] {
  const rows = headerRowsFrom(grid, header, indicatorKey, limit);
  // Only a header that lacks its 分值 or 得分 goes on above (a 预期目标 | 实际完成情况 line there is the goals').
  const own = new Set(headerColumns(grid, rows, indicatorKey).map((h) => h.key));
  if (own.has('weight') && own.has('score')) return rows;
  const above = header - 1;
  const cells = above >= 0 ? cellsOf(grid, above) : [];
  if (!cells.length || cells.some(isFigure) || cells.some((g) => FUND_WORD.test(norm(g.raw)))) return rows;
  const keys = cells.map((g) => indicatorKey(g.raw));
  const named = keys.filter((k): k is IndicatorKey => k !== null);
  // Every cell a header word, at least two of them value columns, none of them a level name (that row would be the header).
  if (named.length < cells.length || named.filter((k) => VALUE_COLUMN_KEYS.has(k)).length < 2 || named.some((k) => LEVEL_KEYS.has(k))) return rows;
  return [above, ...rows];
}

const LEVEL_KEYS: ReadonlySet<IndicatorKey> = new Set(['l1', 'l2', 'l3']);

/** Points are plain numbers: a percentage is never a 分值 or 得分. */
export const isPercent = (g: GridCell): boolean => /%$/.test(g.raw.trim()) || /%/.test(g.numFmt ?? '');

const isBlank = (g: GridCell): boolean => norm(g.raw) === '' || SKIP.test(norm(g.raw));

/** Does every cell of the row sit under a header column that can hold it? */
function fits(cells: GridCell[], cols: IndicatorColumns): boolean {
  let weight = false;
  let score = false;
  let zeroInText = false;
  for (const g of cells) {
    if (isBlank(g)) continue;
    const h = cols.at(g.c);
    if (isFigure(g)) {
      // A "0" under 偏差原因 / 说明 (nothing to explain) is that column's text, once 分值 and 得分 are in place.
      if (h && TEXT_KEYS.has(h.key) && /^0(\.0+)?$/.test(g.raw.trim())) {
        zeroInText = true;
        continue;
      }
      if (!h || !FIGURE_KEYS.has(h.key) || (isPercent(g) && (h.key === 'weight' || h.key === 'score'))) return false;
      if (h.key === 'weight') weight = true;
      if (h.key === 'score') score = true;
    } else if (h ? POINT_KEYS.has(h.key) : !indicatorKey(g.raw)) {
      // Text under 分值 / 得分 / 偏差度, or outside the header (a merged header word copied down is fine).
      return false;
    }
  }
  if (zeroInText && !(weight && score)) return false;
  return weight || !cells.some(isFigure);
}

interface Placed {
  byKey: Map<IndicatorKey, GridCell[]>;
  basis: 'header' | 'order';
  /** What was printed: the header word the figure sits under, if any. */
  detail: (h: HeaderColumn<IndicatorKey> | undefined) => string;
  note?: Bilingual;
  alternative?: Bilingual;
}

const BY_HEADER_COLUMN: Bilingual = { zh: '按表头所在列读取', en: 'reading each figure in the column of its header' };
const LAST_TWO: Bilingual = { zh: '行末两个数字', en: 'the last two figures of the row' };
const ONE_OF_LAST_TWO: Bilingual = { zh: '行末两个数字之一', en: 'one of the last two figures of the row' };

function place(cells: GridCell[], cols: IndicatorColumns): Map<IndicatorKey, GridCell[]> {
  const byKey = new Map<IndicatorKey, GridCell[]>();
  for (const g of cells) {
    const h = cols.at(g.c);
    if (!h || isBlank(g)) continue;
    const list = byKey.get(h.key) ?? [];
    if (!list.some((x) => x.raw === g.raw && !isFigure(x))) list.push(g);
    byKey.set(h.key, list);
  }
  return byKey;
}

/** The old reading of a row no header fits: the last two adjacent figures are 分值 and 得分. */
function byOrder(cells: GridCell[]): Map<IndicatorKey, GridCell[]> {
  const figures = cells.filter(isFigure);
  const last = figures[figures.length - 1];
  const prev = figures[figures.length - 2];
  const byKey = new Map<IndicatorKey, GridCell[]>();
  let weight: GridCell | undefined;
  let score: GridCell | undefined;
  if (last && prev && last.c - prev.c === 1) [weight, score] = [prev, last];
  else weight = last;
  if (!weight) return byKey;
  byKey.set('weight', [weight]);
  if (score) byKey.set('score', [score]);
  const texts = cells.filter((g) => g.c < weight!.c && !isFigure(g) && !isBlank(g));
  if (texts.length) byKey.set('l3', [texts[0]]);
  if (texts.length >= 3) byKey.set('target', [texts[texts.length - 2]]);
  if (texts.length >= 2) byKey.set('actual', [texts[texts.length - 1]]);
  const after = cells.filter((g) => g.c > (score ?? weight!).c && !isFigure(g));
  if (after.length) byKey.set('reason', after);
  return byKey;
}

const VALUE_LIKE = /^[≥≤=<>＞＜≧≦—－\-一~～]|\d|%$|^(部分)?达成|^未达成|^(已|按时|未)?完成/;
const VALUE_KEYS: ReadonlySet<IndicatorKey> = new Set(['initialTarget', 'target', 'actual']);
const LABEL_KEYS: ReadonlySet<IndicatorKey> = new Set(['l1', 'l2', 'l3']);
const NO_FIT = -1e9;

/** How well one cell sits in one column, by its content (never by its value agreeing with anything). */
function affinity(g: GridCell, key: IndicatorKey): number {
  if (isFigure(g)) {
    if (isPercent(g) && (key === 'weight' || key === 'score')) return NO_FIT;
    if (key === 'weight') return 3;
    if (key === 'score') return 1;
    if (key === 'deviation') return 0;
    return VALUE_KEYS.has(key) ? 0.3 : NO_FIT;
  }
  if (POINT_KEYS.has(key)) return NO_FIT;
  const valueLike = VALUE_LIKE.test(norm(g.raw));
  if (VALUE_KEYS.has(key)) return valueLike ? 1 : 0;
  if (LABEL_KEYS.has(key)) return valueLike ? -1 : 0.5;
  return 0;
}

/**
 * Cells of a row that sits off its header aligned to the header's columns, in order (each cell to
 * its own column, left to right): the alignment whose cells fit their columns best by content, then
 * moved least. PDF conversions drop blank columns and drift by one or two.
 */
function align(cells: GridCell[], cols: IndicatorColumns): Map<GridCell, HeaderColumn<IndicatorKey>> | null {
  const columns = cols.effective;
  const live = cells.filter((g) => !isBlank(g));
  const n = live.length;
  const m = columns.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(NO_FIT));
  const step: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  dp[0].fill(0);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = NO_FIT;
      let how = 0;
      if (j > 0 && dp[i][j - 1] > best) [best, how] = [dp[i][j - 1], 1]; // column j-1 left blank
      if (i > 0 && j > 0 && dp[i - 1][j - 1] > NO_FIT) {
        const a = affinity(live[i - 1], columns[j - 1].key);
        if (a > NO_FIT && dp[i - 1][j - 1] + a - 0.1 * Math.abs(live[i - 1].c - columns[j - 1].col) > best) [best, how] = [dp[i - 1][j - 1] + a - 0.1 * Math.abs(live[i - 1].c - columns[j - 1].col), 2];
      }
      if (i > 0 && !isFigure(live[i - 1]) && dp[i - 1][j] > NO_FIT && dp[i - 1][j] - 2 > best) [best, how] = [dp[i - 1][j] - 2, 3]; // a stray text
      if (i > 0 || j > 0) {
        if (i === 0) continue;
        dp[i][j] = best;
        step[i][j] = how;
      }
    }
  }
  if (dp[n][m] <= NO_FIT / 2) return null;
  const out = new Map<GridCell, HeaderColumn<IndicatorKey>>();
  for (let i = n, j = m; i > 0; ) {
    const how = step[i][j];
    if (how === 1) j--;
    else if (how === 2) {
      out.set(live[i - 1], columns[j - 1]);
      i--;
      j--;
    } else if (how === 3) i--;
    else return null;
  }
  if (live.some(isFigure) && ![...out].some(([g, h]) => isFigure(g) && h.key === 'weight')) return null;
  return out;
}

function placeRow(cells: GridCell[], cols: IndicatorColumns): Placed {
  if (fits(cells, cols)) return { byKey: place(cells, cols), basis: 'header', detail: (h) => h?.text ?? '' };
  const aligned = align(cells, cols);
  if (aligned) {
    const byKey = new Map<IndicatorKey, GridCell[]>();
    let moved = 0;
    for (const [g, h] of aligned) {
      byKey.set(h.key, [...(byKey.get(h.key) ?? []), g]);
      if (g.c !== h.col) moved++;
    }
    return {
      byKey,
      basis: 'order',
      detail: (h) => h?.text ?? '',
      note: { zh: `本行${moved}个单元格不在表头列下，按顺序对齐`, en: `${moved} cell${moved === 1 ? '' : 's'} of this row not under a header column, aligned by order` },
      alternative: BY_HEADER_COLUMN,
    };
  }
  return { byKey: byOrder(cells), basis: 'order', detail: () => '', note: LAST_TWO, alternative: BY_HEADER_COLUMN };
}

function labelOf(raw: string): string {
  return norm(raw).replace(/\(\d+(?:\.\d+)?分\)$/, '');
}

const text = (list: GridCell[] | undefined): GridCell | undefined => list?.find((g) => !isBlank(g));

export function withReading<T extends Cell | null>(cell: T, r: Reading): T {
  if (cell) cell.readings = [...(cell.readings ?? []), r];
  return cell;
}

export function parseIndicators(grid: Grid, headerRows: number | number[], from: number, stop: number, given?: IndicatorColumns, inherited?: { l1: string; l2: string }): IndicatorParse {
  const rows = Array.isArray(headerRows) ? headerRows : [headerRows];
  let cols = given ?? indicatorColumns(grid, rows);
  const indicators: Indicator[] = [];
  const blocks: StatedBlock[] = [];
  let l1 = inherited?.l1 ?? '';
  let l2 = inherited?.l2 ?? '';
  for (let r = from; r < stop; r++) {
    const cells = cellsOf(grid, r).map(withoutPoints);
    if (!cells.length) continue;
    const texts = cells.filter((g) => !isFigure(g)).map((g) => norm(g.raw));
    // A header repeated after a page break: read its columns again.
    if (texts.filter((t) => indicatorKey(t)).length >= 3 && !cells.some(isFigure)) {
      const again = indicatorColumns(grid, indicatorHeaderRows(grid, r, stop - 1));
      if (again.columns.some((h) => h.key === 'weight')) cols = again;
      continue;
    }
    if (texts.length && SUBTOTAL.test(texts[0])) continue;
    const hasWeight = cols.columns.some((h) => h.key === 'weight');
    // No 分值 column but a 得分 one: the weights are printed in the labels (相关性（5分）), each cell under its header.
    const labelWeights = !hasWeight && cols.columns.some((h) => h.key === 'score');
    const placed: Placed = hasWeight
      ? placeRow(cells, cols)
      : labelWeights
        ? { byKey: place(cells, cols), basis: 'header', detail: (h) => h?.text ?? '' }
        : { byKey: byOrder(cells), basis: 'order', detail: () => '', note: LAST_TWO, alternative: BY_HEADER_COLUMN };
    const { byKey } = placed;
    const l1G = text(byKey.get('l1'));
    if (l1G) {
      const t = labelOf(l1G.raw);
      if (t !== l1) l2 = '';
      l1 = t;
      const stated = weightInLabel(l1G.raw);
      if (stated && !blocks.some((b) => b.name === t)) {
        blocks.push({ name: t, kind: 'indicators', statedWeight: withReading(toCell(grid, { ...l1G, raw: stated, value: Number(stated) }) as Cell, reading('column', '一级指标分值', 'label', norm(l1G.raw))), ref: refOf(grid.file, grid.sheet, l1G) });
      }
    }
    const l2G = text(byKey.get('l2'));
    if (l2G) {
      l2 = labelOf(l2G.raw);
      const stated = weightInLabel(l2G.raw);
      // A 二级指标 with its weight in the label (目标任务（15分）): a block of the 一级指标 it sits under.
      if (stated && !blocks.some((b) => b.level === 2 && b.name === l2 && b.parent === l1)) {
        blocks.push({ name: l2, kind: 'indicators', level: 2, parent: l1, statedWeight: withReading(toCell(grid, { ...l2G, raw: stated, value: Number(stated) }) as Cell, reading('column', '二级指标分值', 'label', norm(l2G.raw))), ref: refOf(grid.file, grid.sheet, l2G) });
      }
    }
    const nameG = text(byKey.get('l3'));
    const inLabel = labelWeights && nameG ? weightInLabel(nameG.raw) : null;
    const weightG = byKey.get('weight')?.find(isFigure) ?? (inLabel && nameG ? { ...nameG, raw: inLabel, value: Number(inLabel) } : undefined);
    if (!weightG) continue; // a label-only row (经济效益指标 with nothing under it)
    const scoreG = byKey.get('score')?.find(isFigure);
    const devG = byKey.get('deviation')?.find(isFigure);
    const targetG = text(byKey.get('target'));
    const actualG = text(byKey.get('actual'));
    const initialG = text(byKey.get('initialTarget'));
    const readingOf = (key: IndicatorKey): Reading => {
      const h = cols.columns.find((x) => x.key === key);
      // A weight read from its label (相关性（5分）): the label says what it is.
      if (key === 'weight' && inLabel && nameG) return reading('column', INDICATOR_NAMES.weight, 'label', norm(nameG.raw));
      return reading('column', INDICATOR_NAMES[key], placed.basis, placed.detail(h), { note: placed.note, alternative: placed.alternative });
    };
    const { target, actual } = valueTexts(targetG, actualG, text(byKey.get('nature')), text(byKey.get('measure')));
    const ind: Indicator = {
      l1,
      l2,
      name: nameG ? labelOf(nameG.raw) : l2,
      target,
      actual,
      weight: withReading(toCell(grid, weightG), readingOf('weight')),
      score: scoreG ? withReading(toCell(grid, scoreG), readingOf('score')) : null,
      ref: refOf(grid.file, grid.sheet, nameG ?? l2G ?? weightG),
    };
    if (initialG) ind.initialTarget = initialG.raw.trim();
    if (targetG) ind.targetRef = refOf(grid.file, grid.sheet, targetG);
    if (actualG) ind.actualRef = refOf(grid.file, grid.sheet, actualG);
    if (cols.columns.some((h) => h.key === 'deviation')) ind.deviation = devG ? withReading(toPercentCell(grid, devG), readingOf('deviation')) : null;
    const note = [...(byKey.get('reason') ?? []), ...(byKey.get('note') ?? [])]
      .filter((g) => !isBlank(g) && !isFigure(g))
      .map((g) => g.raw.trim())
      .join('；');
    if (note) ind.note = note;
    indicators.push(ind);
  }
  return { indicators, blocks, columns: cols, carry: { l1, l2 } };
}

const OPERATOR = /^(≥|≤|=|＝|>|<|＞|＜|>=|<=)$/;

/**
 * 指标值 and 完成值 as people read them when the template prints 指标性质 and 度量单位 in columns
 * of their own (≥ | 95 | % | 96): "≥95%" and "96%". A bare number takes the unit; a 定性 value
 * (良好, 达成预期指标) stays as printed.
 */
function valueTexts(targetG: GridCell | undefined, actualG: GridCell | undefined, natureG: GridCell | undefined, measureG: GridCell | undefined): { target: string; actual: string } {
  const target = targetG ? targetG.raw.trim() : '';
  const actual = actualG ? actualG.raw.trim() : '';
  const unit = measureG ? measureG.raw.trim() : '';
  const op = natureG && OPERATOR.test(norm(natureG.raw)) ? natureG.raw.trim() : '';
  const withUnit = (t: string): string => (unit && /^-?\d+(\.\d+)?$/.test(t) ? `${t}${unit}` : t);
  return { target: target ? `${/^\d/.test(target) ? op : ''}${withUnit(target)}` : '', actual: withUnit(actual) };
}

/** Labels of the row that totals the block: 总分, 合计, 综合得分, 总计, 得分合计. */
export const TOTAL_LABEL = /^(总分|合计|综合得分|总计|得分合计|评分合计|自评总分|总得分)/;

export interface TotalParse {
  totalWeight: Cell | null;
  total: Cell | null;
}

/**
 * The total row's figures under the indicator header (分值 → total weight, 得分 → total). One
 * figure under a 总分 / 综合得分 label is the total score whichever column it sits in: the label says
 * what it is.
 */
export function parseTotal(grid: Grid, row: number, cols: IndicatorColumns): TotalParse {
  const cells = cellsOf(grid, row).map(withoutPoints);
  const figures = cells.filter(isFigure);
  const label = cells.filter((g) => !isFigure(g)).map((g) => norm(g.raw)).find((t) => TOTAL_LABEL.test(t)) ?? '';
  const out: TotalParse = { totalWeight: null, total: null };
  if (!figures.length) return out;
  const scoreLabel = /^(总分|综合得分|得分合计|评分合计|自评总分|总得分)/.test(label);
  if (figures.length === 1) {
    const h = cols.at(figures[0].c);
    if (scoreLabel || !h || h.key !== 'weight') {
      const basis = scoreLabel ? 'label' : h?.key === 'score' ? 'header' : 'order';
      out.total = withReading(toCell(grid, figures[0]), reading('row', '总分', basis, scoreLabel ? label : h?.text, basis === 'order' ? { ...(h ? {} : { note: { zh: '行内唯一数字', en: 'the only figure in the row' } }), alternative: '分值合计' } : undefined));
    } else {
      out.totalWeight = withReading(toCell(grid, figures[0]), reading('column', '分值合计', 'header', h.text));
    }
    return out;
  }
  const onWeight = figures.filter((g) => cols.at(g.c)?.key === 'weight');
  const onScore = figures.filter((g) => cols.at(g.c)?.key === 'score');
  if (onWeight.length === 1 && onScore.length === 1) {
    out.totalWeight = withReading(toCell(grid, onWeight[0]), reading('column', '分值合计', 'header', cols.at(onWeight[0].c)!.text));
    out.total = withReading(toCell(grid, onScore[0]), reading('column', '总分', 'header', cols.at(onScore[0].c)!.text));
    return out;
  }
  const [w, s] = figures.slice(-2);
  out.totalWeight = withReading(toCell(grid, w), reading('column', '分值合计', 'order', undefined, { note: ONE_OF_LAST_TWO, alternative: '得分' }));
  out.total = withReading(toCell(grid, s), reading('column', '总分', 'order', undefined, { note: ONE_OF_LAST_TWO, alternative: '分值合计' }));
  return out;
}
