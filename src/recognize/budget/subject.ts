/**
 * Subject-coded budget tables: 收入总表, 支出总表, 一般公共预算支出表, 基金 / 国资 tables (functional
 * codes) and 基本支出表 (economic codes): 科目编码 | 科目名称 | amount columns, a 合计 row.
 */
import type { Grid, LedgerColumn, LedgerRow } from '../../types';
import type { BudgetKind } from '../../ledger/budget-kinds';
import { BUDGET_BASIC_COLUMNS, BUDGET_EXPENSE_COLUMNS, BUDGET_INCOME_COLUMNS, BUDGET_SUBJECT_COLUMNS } from '../../ledger/budget-kinds';
import { levelOfCode } from '../../ledger/table-kinds';
import { hasFigure, ledgerCell, rawAt, refAt, rowCells, rowIsBlank } from '../final/grid-util';
import { reading } from '../../ledger/evidence';
import { norm, splitCodeName } from '../final/text';
import { findColumn, keyedColumns, type Patterns } from './parse-util';

const BASIC: [string, RegExp] = ['basic', /基本支出$/];
const PROJECT: [string, RegExp] = ['project', /项目支出$/];

const PATTERNS: Partial<Record<BudgetKind, { labels: Record<string, string>; patterns: Patterns }>> = {
  'budget-income': {
    labels: BUDGET_INCOME_COLUMNS,
    patterns: [['carryIn', /上年结转/], ['subtotal', /小计$/], ['fiscal', /财政拨款/], ['special', /财政专户/], ['business', /事业收入/], ['operating', /经营收入/], ['superior', /上级补助/], ['affiliate', /附属单位/], ['other', /其他收入/], ['total', /合计$|总计$/]],
  },
  'budget-expense': {
    labels: BUDGET_EXPENSE_COLUMNS,
    patterns: [['remit', /上解上级|上缴上级/], ['subsidy', /对附属单位/], ['operating', /经营支出/], BASIC, PROJECT, ['total', /合计$|总计$/]],
  },
  'budget-gpb-expense': { labels: BUDGET_SUBJECT_COLUMNS, patterns: [BASIC, PROJECT, ['total', /合计$|小计$/]] },
  'budget-gpb-basic': { labels: BUDGET_BASIC_COLUMNS, patterns: [['personnel', /人员经费$/], ['public', /公用经费$/], ['total', /合计$|小计$/]] },
};
PATTERNS['budget-fund'] = PATTERNS['budget-gpb-expense'];
PATTERNS['budget-soe'] = PATTERNS['budget-gpb-expense'];

export interface SubjectParse {
  columns: LedgerColumn[];
  rows: LedgerRow[];
}

/** Parse rows body..end of a subject table whose header is rows top..headerBottom. */
export function parseSubject(kind: BudgetKind, grid: Grid, top: number, headerBottom: number, body: number, end: number): SubjectParse {
  const spec = PATTERNS[kind];
  if (!spec) return { columns: [], rows: [] };
  const cols = keyedColumns(grid, top, headerBottom, spec.patterns).filter((k) => k.col > 0);
  const codeCol = findColumn(grid, top, headerBottom, /编码|代码/);
  const nameCol = findColumn(grid, top, headerBottom, /名称/);
  const rows: LedgerRow[] = [];
  for (let r = body; r <= end; r++) {
    if (rowIsBlank(grid, r)) continue;
    let code = codeCol >= 0 ? norm(rawAt(grid, r, codeCol)) : '';
    let name = nameCol >= 0 ? rawAt(grid, r, nameCol).trim() : '';
    const joined = splitCodeName(name || code);
    if (joined) ({ code, name } = joined);
    if (!/^\d{3}(?:\d{2}){0,2}$/.test(code)) code = '';
    const isTotal = !code && /^(?:合计|总计)$/.test(norm(name || rawAt(grid, r, 1) || rawAt(grid, r, 0)));
    if (!code && !isTotal) continue;
    const cells = new Map(cols.map((k) => [k.key, ledgerCell(grid, r, k.col)] as const));
    // Figures outside every amount column: the row does not sit under its header, what was read is a guess.
    const stray = rowCells(grid, r).filter((g) => g.c > Math.max(codeCol, nameCol) && hasFigure(grid, r, g.c) && !cols.some((k) => k.col === g.c));
    if (stray.length > 0) {
      for (const [key, cell] of cells) cell.readings = [reading('placement', spec.labels[key] ?? key, 'position', undefined, {
            note: { zh: `第${r + 1}行数字与表头错位`, en: `the figures of row ${r + 1} are off the header` },
            alternative: stray.map((g) => `${g.address} ${g.raw}`).join('、'),
          })];
    }
    const row: LedgerRow = { name: isTotal ? '合计' : name, ref: refAt(grid, r, nameCol >= 0 ? nameCol : 0), cells };
    if (isTotal) row.key = 'total';
    else {
      row.code = code;
      const level = kind === 'budget-gpb-basic' ? (code.length === 3 ? 1 : 2) : levelOfCode(code);
      if (level) row.level = level;
    }
    rows.push(row);
  }
  const columns = cols.map((k) => ({ key: k.key, label: k.label || spec.labels[k.key], reading: k.reading }));
  return { columns, rows };
}
