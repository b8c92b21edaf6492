/**
 * Two-sided summary tables (公开01 收入支出决算总表, 公开04 财政拨款收入支出决算总表):
 * 收入 (项目 | 行次 | 金额) beside 支出 (项目 | 行次 | 金额, or 合计 | 一般公共预算 | 基金 | 国资 in 04).
 */
import type { Cell, LedgerColumn, LedgerRow } from '../../types';
import { FINAL_04_EXPENSE_COLUMNS } from '../../ledger/table-kinds';
import type { Block } from './blocks';
import { columnLabels, keyOfLabel } from './header';
import { lanciColumns, lastColumn, ledgerCell, normAt, rawAt, refAt, rowCells, rowIsBlank } from './grid-util';
import { emptyParse, type ParsedBlock } from './parsed';
import { readNotes } from './notes';
import { isHeaderWord, isNoteText, norm, stripOrdinal } from './text';

const FUND_PATTERNS: [string, RegExp][] = [['gpb', /一般公共预算/], ['fund', /政府性基金/], ['soe', /国有资本经营/]];

const INCOME_KEYS: [string, RegExp][] = [
  ['income.grand', /^总计$/],
  ['income.total', /本年收入合计|^收入合计$/],
  ['income.carryIn', /年初.*结转|年初.*结余|上年结转/],
  ['income.nonFiscalSurplus', /使用非财政拨款结余|专用结余/],
  ['income.gpb', /一般公共预算财政拨款/],
  ['income.fund', /政府性基金预算财政拨款/],
  ['income.soe', /国有资本经营预算财政拨款/],
  ['income.superior', /上级补助收入/],
  ['income.business', /事业收入/],
  ['income.operating', /经营收入/],
  ['income.affiliate', /附属单位上缴收入/],
  ['income.other', /其他收入/],
];

const EXPENSE_KEYS: [string, RegExp][] = [
  ['expense.grand', /^总计$/],
  ['expense.total', /本年支出合计|^支出合计$/],
  ['expense.surplusDistribution', /结余分配/],
  ['expense.carryOut', /年末.*结转|年末.*结余/],
];

interface Side {
  side: 'income' | 'expense';
  nameCol: number;
  /** column → ledger column key */
  cols: Map<number, string>;
}

function sideKey(side: 'income' | 'expense', name: string, after: { carry: boolean; total: boolean }): string | undefined {
  const t = norm(stripOrdinal(name));
  if (t === '') return undefined;
  const list = side === 'income' ? INCOME_KEYS : EXPENSE_KEYS;
  const key = keyOfLabel(t, list);
  const fund = keyOfLabel(t, FUND_PATTERNS);
  const prefix = side === 'income' ? 'income.carryIn' : 'expense.carryOut';
  // 年初结转和结余 breakdown rows (04): 一般公共预算财政拨款 / 政府性基金… / 国有资本…
  if (after.carry && fund && key !== `${prefix}`) return `${prefix}.${fund}`;
  if (key) return key;
  if (side === 'expense' && !after.total && !isHeaderWord(t)) return 'expense.class';
  return undefined;
}

export function parseSummaryTable(block: Block, headerTop: number): ParsedBlock {
  const { grid, end } = block;
  const out = emptyParse();
  // The header row with two 项目 cells splits the sides.
  let headerRow = -1;
  let items: number[] = [];
  for (let r = headerTop; r <= Math.min(end, headerTop + 8); r++) {
    items = rowCells(grid, r).filter((g) => /^项目$|^收入项目$|^支出项目$/.test(norm(g.raw))).map((g) => g.c);
    if (items.length >= 2) {
      headerRow = r;
      break;
    }
  }
  // 01 printed with 收入 above 支出 (one 项目 column): the sides follow one another.
  let vertical = false;
  if (headerRow < 0 && block.kind === 'final-01') {
    for (let r = headerTop; r <= Math.min(end, headerTop + 8) && headerRow < 0; r++) {
      const words = rowCells(grid, r).map((g) => norm(g.raw));
      const item = rowCells(grid, r).find((g) => norm(g.raw) === '项目');
      if (item && words.some((w) => /^(?:金额|决算数|本年决算数?)$/.test(w))) {
        headerRow = r;
        items = [item.c];
        vertical = true;
      }
    }
  }
  if (headerRow < 0) {
    out.problems.push('表头无法识别：未找到收入、支出两侧的“项目”列');
    return out;
  }
  // Header runs to the 栏次 row when there is one.
  let headerBottom = headerRow;
  for (let r = headerRow + 1; r <= Math.min(end, headerRow + 3); r++) {
    if (lanciColumns(grid, r)) headerBottom = r;
  }
  const lastCol = lastColumn(grid, headerRow, Math.min(end, headerBottom + 80));
  const labels = columnLabels(grid, headerRow, headerBottom, lastCol);
  const [incomeCol, expenseCol = lastCol + 1] = items;
  const sides: Side[] = [{ side: 'income', nameCol: incomeCol, cols: new Map() }];
  if (!vertical) sides.push({ side: 'expense', nameCol: expenseCol, cols: new Map() });
  const columns: LedgerColumn[] = [];
  const addColumn = (key: string, label: string): void => {
    if (!columns.some((c) => c.key === key)) columns.push({ key, label });
  };
  for (const s of sides) {
    const to = s.side === 'income' ? expenseCol - 1 : lastCol;
    const amountCols = labels.filter((l) => l.col > s.nameCol && l.col <= to && l.text !== '' && !/行次|栏次/.test(l.parts[0] ?? '') && !/^行次/.test(l.text));
    const twoColumnsOrMore = amountCols.length > 1;
    for (const l of amountCols) {
      if (block.kind === 'final-04' && s.side === 'expense' && twoColumnsOrMore) {
        const key = keyOfLabel(l.text.replace(/栏次.*$/, ''), [...FUND_PATTERNS, ['total', /合计|金额|决算数/]]);
        if (!key || [...s.cols.values()].includes(key)) {
          out.problems.push(`表头无法识别：第${l.col + 1}列“${l.text}”无法对应到${block.title}的支出栏目`);
          continue;
        }
        s.cols.set(l.col, key);
        addColumn(key, FINAL_04_EXPENSE_COLUMNS[key as keyof typeof FINAL_04_EXPENSE_COLUMNS]);
      } else if (s.cols.size === 0) {
        const key = block.kind === 'final-04' && s.side === 'expense' ? 'total' : 'amount';
        s.cols.set(l.col, key);
        addColumn(key, key === 'amount' ? '金额' : FINAL_04_EXPENSE_COLUMNS.total);
      } else {
        out.problems.push(`表头无法识别：第${l.col + 1}列“${l.text}”无法对应到${block.title}的栏目`);
      }
    }
  }
  out.columns = columns;
  for (let r = block.start; r <= headerBottom; r++) out.claimed.push(r);
  out.last = headerBottom;

  const state = { income: { carry: false, total: false }, expense: { carry: false, total: false } };
  const incomeRows: LedgerRow[] = [];
  const expenseRows: LedgerRow[] = [];
  let r = headerBottom + 1;
  for (; r <= end; r++) {
    if (rowIsBlank(grid, r)) continue;
    const first = rowCells(grid, r)[0];
    if (isNoteText(first.raw)) break;
    let understood = false;
    for (const s of sides) {
      const name = rawAt(grid, r, s.nameCol);
      const cells = new Map<string, Cell>();
      let figures = 0;
      for (const [col, key] of s.cols) {
        const cell = ledgerCell(grid, r, col);
        if (cell.value !== null) figures++;
        cells.set(key, cell);
      }
      if (vertical) {
        const section = /^(?:[一二]、)?(收入|支出)(?:项目)?$/.exec(norm(name))?.[1];
        if (section) {
          s.side = section === '收入' ? 'income' : 'expense';
          understood = true;
          continue;
        }
      }
      const st = state[s.side];
      const key = sideKey(s.side, name, st);
      if (vertical && key === 'income.grand') s.side = 'expense';
      if (isHeaderWord(name) || lanciColumns(grid, r)) {
        understood = true;
        continue;
      }
      if (key === 'income.carryIn' || key === 'expense.carryOut') st.carry = true;
      if (key === 'income.total' || key === 'expense.total') st.total = true;
      if (!key && norm(name) === '' && figures === 0) continue;
      const rows = (vertical && key === 'income.grand') || s.side === 'income' ? incomeRows : expenseRows;
      const prev = rows[rows.length - 1];
      // A label wrapped away from its figures (PDF conversions): figures under a nameless cell
      // belong to the label on the row above when that label has none.
      if (!key && norm(name) === '' && prev && prev.ref.row === r && [...prev.cells.values()].every((c) => c.value === null)) {
        prev.cells = cells;
        understood = true;
        continue;
      }
      const side = vertical && key === 'income.grand' ? 'income' : s.side;
      const row: LedgerRow = { name: key === 'expense.class' ? stripOrdinal(name) : name.trim(), side, ref: refAt(grid, r, s.nameCol), cells };
      if (key) row.key = key;
      rows.push(row);
      understood = true;
    }
    if (understood || normAt(grid, r, incomeCol) === '') {
      out.claimed.push(r);
      out.last = r;
    }
  }
  out.rows = [...incomeRows, ...expenseRows];
  const notes = readNotes(grid, r, end);
  out.notes = notes.notes;
  out.claimed.push(...notes.rows);
  if (notes.rows.length > 0) out.last = notes.rows[notes.rows.length - 1];
  out.empty = notes.empty;
  return out;
}

