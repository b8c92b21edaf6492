/**
 * Two-sided budget tables: 收支总表 (部门财务收支预算总表) and 财政拨款收支总表. Each printed row holds
 * an income item and an expense item; they become two ledger rows with `side`.
 */
import type { Grid, LedgerColumn, LedgerRow } from '../../types';
import { columnLabels, columnReading, type HeaderPlacement } from '../final/header';
import type { Reading } from '../../ledger/evidence';
import { lastColumn, ledgerCell, rawAt, refAt, rowIsBlank } from '../final/grid-util';
import { norm, stripOrdinal } from '../final/text';

export interface SummaryParse {
  columns: LedgerColumn[];
  rows: LedgerRow[];
}

function incomeKey(name: string, afterCarry: boolean): string | undefined {
  const n = norm(name);
  if (/本年收入合计|^收入合计$/.test(n)) return 'income.total';
  if (/收入总计|^总计$/.test(n)) return 'income.grand';
  if (/上年结转|年初.*结转|年初.*结余/.test(n)) return 'income.carryIn';
  const sub = /一般公共预算/.test(n) ? 'gpb' : /政府性基金/.test(n) ? 'fund' : /国有资本/.test(n) ? 'soe' : undefined;
  if (sub) return afterCarry ? `income.carryIn.${sub}` : `income.${sub}`;
  if (/财政专户/.test(n)) return 'income.special';
  if (/单位资金/.test(n)) return 'income.unit';
  if (/事业收入|经营收入|其他收入|上级补助|附属单位/.test(n)) return 'income.other';
  return undefined;
}

function expenseKey(name: string): string | undefined {
  const n = norm(name);
  if (/本年支出合计|^支出合计$/.test(n)) return 'expense.total';
  if (/支出总计|^总计$/.test(n)) return 'expense.grand';
  if (/年[终末].*结转|年[终末].*结余/.test(n)) return 'expense.carryOut';
  if (n) return 'expense.class';
  return undefined;
}

export function parseSummary(fiscal: boolean, grid: Grid, top: number, headerBottom: number, body: number, end: number): SummaryParse {
  const placement: { out?: HeaderPlacement } = {};
  const labels = columnLabels(grid, top, headerBottom, lastColumn(grid, top, headerBottom), placement);
  const readingOf = (key: string, col: number): Reading => columnReading(key, labels[col]?.text ?? '', placement.out, labels[col]);
  const find = (re: RegExp, not?: RegExp): number => labels.find((l) => re.test(l.text) && !(not && not.test(l.text)))?.col ?? -1;
  const inName = find(/收入.*项目|^收入$/);
  const inAmount = find(/收入.*(?:预算数|金额|合计)/);
  const exName = find(/支出.*项目|^支出$/);
  const exCols: [string, number][] = fiscal
    ? [['total', find(/支出.*合计/)], ['gpb', find(/支出.*一般公共预算/)], ['fund', find(/支出.*政府性基金/)], ['soe', find(/支出.*国有资本/)]]
    : [['amount', find(/支出.*(?:预算数|金额)/)]];
  const columns: LedgerColumn[] = [{ key: 'amount', label: labels[inAmount]?.parts.slice(-1)[0] ?? '预算数', reading: readingOf('amount', inAmount) }];
  if (fiscal) for (const [key, col] of exCols) if (col >= 0) columns.push({ key, label: labels[col].parts.slice(-1)[0], reading: readingOf(key, col) });
  const rows: LedgerRow[] = [];
  let afterCarry = false;
  for (let r = body; r <= end; r++) {
    if (rowIsBlank(grid, r)) continue;
    const inText = inName >= 0 ? rawAt(grid, r, inName).trim() : '';
    const inKey = inText ? incomeKey(inText, afterCarry) : undefined;
    if (inKey === 'income.carryIn') afterCarry = true;
    if (inKey === 'income.grand') afterCarry = false;
    if (inKey) {
      rows.push({ key: inKey, name: stripOrdinal(inText), side: 'income', ref: refAt(grid, r, inName), cells: new Map([['amount', ledgerCell(grid, r, inAmount)]]) });
    }
    const exText = exName >= 0 ? rawAt(grid, r, exName).trim() : '';
    const exKey = exText ? expenseKey(exText) : undefined;
    if (exKey) {
      const cells = new Map(exCols.filter(([, c]) => c >= 0).map(([k, c]) => [k, ledgerCell(grid, r, c)] as const));
      rows.push({ key: exKey, name: stripOrdinal(exText), side: 'expense', ref: refAt(grid, r, exName), cells });
    }
  }
  return { columns, rows };
}
