/**
 * Which budget table a grid holds: by its printed title when there is one (workbooks), else by
 * its header words (docx tables, whose title is a paragraph above them).
 */
import type { Grid } from '../../types';
import type { BudgetKind } from '../../ledger/budget-kinds';
import { rowCells } from '../final/grid-util';
import { norm } from '../final/text';

const TITLES: [BudgetKind, RegExp][] = [
  ['budget-fiscal-summary', /财政拨款收支(?:预算)?总表$/],
  ['budget-summary', /(?:部门财务收支预算总表|收支(?:预算)?总表|收支预算表)$/],
  ['budget-income', /收入(?:预算)?总表$/],
  ['budget-expense', /支出(?:预算)?总表$/],
  ['budget-gpb-basic', /一般公共预算(?:财政拨款)?基本支出(?:预算)?(?:明细)?表$/],
  ['budget-gpb-expense', /一般公共预算(?:财政拨款)?支出(?:预算)?表$/],
  ['budget-fund', /政府性基金预算(?:财政拨款)?支出(?:预算)?表$/],
  ['budget-soe', /国有资本经营预算(?:财政拨款)?支出(?:预算)?表$/],
  ['budget-sangong', /三公经费(?:支出)?(?:预算)?表$/],
  ['budget-procurement', /政府采购预算(?:表|明细表)?$/],
  ['budget-assets', /固定资产占用情况表$/],
  ['budget-project-expense', /项目支出(?:预算)?(?:明细)?表$/],
  ['budget-perf-target', /绩效目标表$/],
];

/** Kind of a printed title ("单位预算收支总表", "2024年部门财务收支预算总表"); 决算 titles are not ours. */
export function budgetKindOfTitle(raw: string): BudgetKind | undefined {
  const t = norm(raw).replace(/[（(]续表?[)）]$/, '');
  if (t.length > 60 || /决算|[，。；]/.test(t)) return undefined;
  for (const [kind, re] of TITLES) if (re.test(t)) return kind;
  return undefined;
}

/** Normalised texts of the first rows of a grid. */
export function headWords(grid: Grid, from: number, rows = 8): Set<string> {
  const words = new Set<string>();
  for (let r = from; r < Math.min(grid.rowCount, from + rows); r++) for (const g of rowCells(grid, r)) words.add(norm(g.raw));
  return words;
}

export type Signature = BudgetKind | 'subject-3col' | 'perf-indicators';

/** Kind from header words alone; 'subject-3col' is 一般公共预算 / 基金 / 国资 (same header). */
export function budgetSignature(grid: Grid, from = 0): Signature | undefined {
  const words = headWords(grid, from);
  const all = headWords(grid, from, grid.rowCount);
  const has = (re: RegExp): boolean => [...words].some((w) => re.test(w));
  const any = (re: RegExp): boolean => [...all].some((w) => re.test(w));
  if (any(/^项目编码$/) && any(/^预算数$/) && any(/资金支出计划/)) return 'budget-perf-target';
  if (has(/^一级指标$/) && has(/^三级指标$/) && has(/^指标值$/)) return 'perf-indicators';
  if (any(/^资产总额$/) && has(/^数量$/)) return 'budget-assets';
  if (has(/采购物品名称|政府采购目录|政府采购金额/)) return 'budget-procurement';
  // 经济分类 rows (30212 因公出国（境）费用, 30217 公务接待费) name the 三公 items too: a 基本支出 table.
  const economicCodes = [...all].filter((w) => /^3\d{2}(?:\d{2})?$/.test(w)).length;
  if (has(/^资金性质$/) || (any(/因公出国/) && any(/公务接待/) && economicCodes < 3)) return 'budget-sangong';
  if (has(/^收入$/) && has(/^支出$/) && any(/本年收入合计/)) return has(/一般公共预算财政拨款/) ? 'budget-fiscal-summary' : 'budget-summary';
  if (has(/^人员经费$/) && has(/^公用经费$/)) return 'budget-gpb-basic';
  if (has(/^本年收入$/) || (has(/财政拨款收入/) && has(/事业收入/))) return 'budget-income';
  if (has(/^基本支出$/) && has(/^项目支出$/) && has(/经营支出|上解上级|上缴上级|对附属单位/)) return 'budget-expense';
  if (has(/^基本支出$/) && has(/^项目支出$/) && has(/^科目(?:编码|代码|名称)$/)) return 'subject-3col';
  if (has(/^项目名称$/) && has(/项目支出|^金额|^预算数|^合计$/) && !any(/资金支出计划/)) return 'budget-project-expense';
  return undefined;
}
