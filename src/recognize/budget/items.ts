/**
 * Item-row budget tables: 三公 (rows per expense item, columns per fund type), 政府采购预算,
 * 固定资产占用情况表 (数量 / 价值) and the 项目支出表 variant (one row per project).
 */
import type { Grid, LedgerColumn, LedgerRow } from '../../types';
import type { BudgetKind } from '../../ledger/budget-kinds';
import { ledgerCell, rawAt, refAt, rowCells, rowIsBlank } from '../final/grid-util';
import { norm, stripOrdinal } from '../final/text';
import { findColumn, keyedColumns, type Patterns } from './parse-util';

export interface ItemParse {
  columns: LedgerColumn[];
  rows: LedgerRow[];
}

const COLUMN_PATTERNS: Partial<Record<BudgetKind, Patterns>> = {
  'budget-sangong': [['gpb', /一般公共预算/], ['fund', /政府性基金/], ['soe', /国有资本/], ['total', /合计$/]],
  'budget-procurement': [['gpb', /一般公共预算/], ['fund', /基金预算/], ['soe', /国有资本/], ['special', /财政专户/], ['unit', /单位资金/], ['carryIn', /上年结转/], ['total', /合计$/]],
  'budget-assets': [['quantity', /数量/], ['value', /价值|金额/]],
  'budget-project-expense': [['amount', /合计$|金额|预算数|项目支出$/]],
};

function rowKey(kind: BudgetKind, name: string): string | undefined {
  const n = norm(name);
  if (!n) return undefined;
  if (kind === 'budget-sangong') {
    if (/^合计$/.test(n)) return 'total';
    if (/出国/.test(n)) return 'abroad';
    if (/购置及运|小计/.test(n)) return 'car';
    if (/购置费/.test(n)) return 'carBuy';
    if (/运行|运维/.test(n)) return 'carRun';
    if (/接待/.test(n)) return 'reception';
    return undefined;
  }
  if (kind === 'budget-assets') {
    if (/资产总额|^合计$/.test(n)) return 'total';
    if (/办公用房/.test(n)) return 'office';
    if (/房屋/.test(n)) return 'buildings';
    if (/车辆/.test(n)) return 'vehicles';
    if (/设备/.test(n)) return 'equipment';
    if (/其他固定资产/.test(n)) return 'other';
    return undefined;
  }
  if (/^(?:合计|总计)$/.test(n)) return 'total';
  return kind === 'budget-procurement' ? 'purchase' : 'project';
}

/** Rows body..end; the item name sits in the first text column (nameCol, or the first cell). */
export function parseItems(kind: BudgetKind, grid: Grid, top: number, headerBottom: number, body: number, end: number): ItemParse {
  const cols = keyedColumns(grid, top, headerBottom, COLUMN_PATTERNS[kind] ?? []).filter((k) => k.col > 0);
  const nameCol = findColumn(grid, top, headerBottom, kind === 'budget-procurement' ? /采购物品名称|项目名称/ : /项目名称|^项目$|项目$/);
  const rows: LedgerRow[] = [];
  for (let r = body; r <= end; r++) {
    if (rowIsBlank(grid, r)) continue;
    const col = nameCol >= 0 && rawAt(grid, r, nameCol) ? nameCol : (rowCells(grid, r)[0]?.c ?? 0);
    const name = rawAt(grid, r, col).trim();
    const key = rowKey(kind, name);
    if (!key) continue;
    const cells = new Map(cols.map((k) => [k.key, ledgerCell(grid, r, k.col)] as const));
    rows.push({ key, name: stripOrdinal(name.replace(/^[\s　]+/, '')), ref: refAt(grid, r, col), cells });
  }
  return { columns: cols.map((k) => ({ key: k.key, label: k.label, reading: k.reading })), rows };
}
