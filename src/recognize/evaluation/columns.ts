/**
 * Header columns of a self-evaluation block, read from their header text with an open vocabulary
 * (DESIGN §3 "Readings and evidence"). A block's header may span several rows (年初预算数 over
 * 目标申报数 | 预算编制数) and merged cells repeat their text over the columns they cover.
 */
import type { Grid } from '../../types';
import { cellsOf, isFigure, norm } from './rows';

/** Columns of the 绩效指标 block. */
export type IndicatorKey = 'label' | 'l1' | 'l2' | 'l3' | 'initialTarget' | 'target' | 'actual' | 'note' | 'weight' | 'score' | 'deviation' | 'reason' | 'nature' | 'measure' | 'criteria';

/** Columns of the 项目资金 block (and of 资金管理 rows, which print 分值 / 得分 under it). */
export type FundKey = 'declared' | 'initial' | 'full' | 'executed' | 'carried' | 'balance' | 'weight' | 'rate' | 'score' | 'reason';

/** First match wins: the more specific words come first (完成值情况说明 is a note, not 完成值). */
const INDICATOR_WORDS: [RegExp, IndicatorKey][] = [
  [/^一级指标/, 'l1'],
  [/^二级指标/, 'l2'],
  [/^三级指标|^指标名称$|^绩效指标名称$/, 'l3'],
  [/偏差原因|原因分析|改进措施|未完成原因|扣分原因|扣分理由|扣分说明/, 'reason'],
  // 评分标准 is the rule a score follows, not a score (before 评分 below).
  [/评分标准|评价标准|评分细则|评分办法|评分方法|计分方法|指标解释/, 'criteria'],
  // 指标性质 (≥ / ≤ / = / 定性) and 度量单位 printed apart from 指标值 (四川's template).
  [/^指标性质$|^指标方向$|^运算符号?$/, 'nature'],
  [/^(度量|计量)单位$/, 'measure'],
  [/情况说明|差异|^说明$|^备注$/, 'note'],
  [/偏差度|偏差率/, 'deviation'],
  [/^年初(指标值|目标值)/, 'initialTarget'],
  [/指标值|目标值|预期目标|指标目标/, 'target'],
  [/实际完成值|实际值|完成值|全年实际|实际完成情况|完成情况$/, 'actual'],
  [/^(分值|权重|满分|标准分|指标分值)/, 'weight'],
  [/得分|评分|^分数$/, 'score'],
  [/^绩效指标$|^指标$|^项目$/, 'label'],
];

const FUND_WORDS: [RegExp, FundKey][] = [
  [/偏差原因|原因分析|^说明$/, 'reason'],
  [/上年结转/, 'carried'],
  [/目标申报数/, 'declared'],
  [/预算编制数/, 'initial'],
  [/^年初预算/, 'initial'],
  [/调整后预算|全年预算|^预算数|^预算金额|^预算资金/, 'full'],
  [/全年执行|^执行数|^预算执行数|实际支出|^执行金额|^实际执行|^支出数|^决算数/, 'executed'],
  [/结[(]?[转剩]?[)]?余/, 'balance'],
  [/^(分值|权重)/, 'weight'],
  [/得分/, 'score'],
  [/执行率/, 'rate'],
];

export const INDICATOR_NAMES: Record<IndicatorKey, string> = {
  label: '绩效指标',
  l1: '一级指标',
  l2: '二级指标',
  l3: '三级指标',
  initialTarget: '年初指标值',
  target: '指标值',
  actual: '实际完成值',
  note: '情况说明',
  weight: '分值',
  score: '得分',
  deviation: '偏差度',
  reason: '偏差原因',
  nature: '指标性质',
  measure: '度量单位',
  criteria: '评分标准',
};

export const FUND_NAMES: Record<FundKey, string> = {
  declared: '目标申报数',
  initial: '年初预算数',
  full: '全年预算数',
  executed: '全年执行数',
  carried: '上年结转',
  balance: '结余',
  weight: '分值',
  rate: '执行率',
  score: '得分',
  reason: '偏差原因',
};

export function indicatorKey(text: string): IndicatorKey | null {
  const t = norm(text).replace(/\(.*?\)$/, '');
  return INDICATOR_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

export function fundKey(text: string): FundKey | null {
  const t = norm(text);
  return FUND_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

/** One column of a header: its meaning and the header text it was read from. */
export interface HeaderColumn<K extends string> {
  col: number;
  key: K;
  text: string;
}

/**
 * Columns of a header spanning `rows`: a lower row's word names its column (目标申报数 under
 * 年初预算数); an upper word names the columns it covers where no lower word does.
 */
export function headerColumns<K extends string>(grid: Grid, rows: number[], classify: (text: string) => K | null): HeaderColumn<K>[] {
  const byCol = new Map<number, HeaderColumn<K>[]>();
  for (const [i, r] of rows.entries()) {
    const cells = cellsOf(grid, r);
    for (const g of cells) {
      if (isFigure(g)) continue;
      const key = classify(g.raw);
      if (!key) continue;
      // A lower word copied from the merged cell on its left (三级指标 spread over blank columns) names
      // no column of its own where a row above names it (年度指标值 printed once over two rows).
      const copied = i > 0 && cells.some((x) => x.c === g.c - 1 && x.raw === g.raw);
      if (copied && byCol.get(g.c)?.some((h) => h.key !== key)) continue;
      // The same meaning lower down is the column's own word (预算编制数 under 年初预算数): it replaces the upper one.
      const list = (byCol.get(g.c) ?? []).filter((h) => h.key !== key);
      list.push({ col: g.c, key, text: norm(g.raw) });
      byCol.set(g.c, list);
    }
  }
  return [...byCol.keys()].sort((a, b) => a - b).flatMap((c) => byCol.get(c)!);
}

/** The next rows under a header row that carry header words and no figure (multi-row headers). */
export function headerRowsFrom(grid: Grid, first: number, classify: (text: string) => string | null, limit: number, max = 2): number[] {
  const rows = [first];
  for (let r = first + 1; r <= Math.min(limit, first + max); r++) {
    const cells = cellsOf(grid, r);
    if (!cells.length || cells.some(isFigure)) break;
    const words = cells.filter((g) => classify(g.raw)).length;
    if (!words || words < cells.length / 2) break;
    rows.push(r);
  }
  return rows;
}
