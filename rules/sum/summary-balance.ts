/**
 * @fileoverview sum/summary-balance — the two summary tables balance (公开01 收入支出决算总表,
 * 公开04 财政拨款收入支出决算总表): 本年收入合计 = Σ income lines; 本年支出合计 = Σ function lines;
 * 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余; 支出总计 = 本年支出合计 + 结余分配 +
 * 年末结转和结余; 收入总计 = 支出总计; in 04 also 年初 / 年末结转 = Σ its gpb / fund / soe lines.
 */
import type { LedgerRow, LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tablesOf } from '../../src/ledger/lookup';
import { isBlank } from '../../src/ledger/check';
import { hasColumn, refOf, reportSum, tableName, type Part, colName } from './util/check';

type M = 'totalNotSum' | 'grandNotEqual';

const FUNDS = ['gpb', 'fund', 'soe'];
const INCOME_01 = ['income.gpb', 'income.fund', 'income.soe', 'income.superior', 'income.business', 'income.operating', 'income.affiliate', 'income.other'];

/**
 * stated row (by key) = Σ part rows, in column col. Part rows given by key may be absent (a line
 * the template leaves out counts as 0); a missing stated row is a skipped check.
 */
function sumRows(ctx: RuleContext<M>, t: LedgerTable, key: string, parts: (string | LedgerRow)[], col: string, what: string): void {
  const stated = rowByKey(t, key);
  if (!stated) {
    ctx.skip(`${tableName(t)}：找不到「${key}」行，未核对 ${what}`);
    return;
  }
  const rows = parts.map((p) => (typeof p === 'string' ? rowByKey(t, p) : p)).filter((r): r is LedgerRow => !!r);
  reportSum(ctx, {
    messageId: 'totalNotSum',
    data: { table: tableName(t), row: stated.name, column: colName(t, col), parts: what },
    total: stated.cells.get(col),
    at: refOf(stated, col),
    parts: rows.map((r): Part => ({ label: `${r.name}${col === 'amount' ? '' : `「${colName(t, col)}」`}`, cell: r.cells.get(col) })),
  });
}

function grandsEqual(ctx: RuleContext<M>, t: LedgerTable, expenseCol: string): void {
  const inc = rowByKey(t, 'income.grand');
  const exp = rowByKey(t, 'expense.grand');
  if (!inc || !exp) {
    ctx.skip(`${tableName(t)}：缺少收入或支出「总计」行，未核对收支平衡`);
    return;
  }
  reportSum(ctx, {
    messageId: 'grandNotEqual',
    data: { table: tableName(t) },
    total: exp.cells.get(expenseCol),
    at: refOf(exp, expenseCol),
    parts: [{ label: `收入${inc.name}`, cell: inc.cells.get('amount') }],
  });
}

function check01(ctx: RuleContext<M>, t: LedgerTable): void {
  const classes = t.rows.filter((r) => r.key === 'expense.class');
  sumRows(ctx, t, 'income.total', INCOME_01, 'amount', '各项收入');
  if (classes.length) sumRows(ctx, t, 'expense.total', classes, 'amount', '各功能分类支出');
  else ctx.skip(`${tableName(t)}：没有可识别的功能分类支出行，未核对本年支出合计`);
  sumRows(ctx, t, 'income.grand', ['income.total', 'income.nonFiscalSurplus', 'income.carryIn'], 'amount', '本年收入合计 + 使用非财政拨款结余 + 年初结转和结余');
  sumRows(ctx, t, 'expense.grand', ['expense.total', 'expense.surplusDistribution', 'expense.carryOut'], 'amount', '本年支出合计 + 结余分配 + 年末结转和结余');
  grandsEqual(ctx, t, 'amount');
}

function check04(ctx: RuleContext<M>, t: LedgerTable): void {
  sumRows(ctx, t, 'income.total', FUNDS.map((f) => `income.${f}`), 'amount', '三类财政拨款收入');
  const inSubs = FUNDS.map((f) => `income.carryIn.${f}`).filter((k) => rowByKey(t, k));
  if (inSubs.length) sumRows(ctx, t, 'income.carryIn', inSubs, 'amount', '分资金性质的年初结转和结余');
  sumRows(ctx, t, 'income.grand', ['income.total', 'income.carryIn'], 'amount', '本年收入合计 + 年初财政拨款结转和结余');

  // Expense side: every column present (合计 and the three funds).
  const cols = ['total', ...FUNDS].filter((c) => hasColumn(t, c));
  if (!cols.includes('total')) {
    ctx.skip(`${tableName(t)}：缺少支出「合计」列，未核对支出合计`);
    return;
  }
  const classes = t.rows.filter((r) => r.key === 'expense.class');
  const carryOut = rowByKey(t, 'expense.carryOut');
  // A 年末结转 printed as one figure (sub-lines below, fund columns empty) balances in 合计 only.
  const carrySplit = !carryOut || isBlank(carryOut.cells.get('total')) || FUNDS.some((f) => !isBlank(carryOut.cells.get(f)));
  if (!classes.length) ctx.skip(`${tableName(t)}：没有可识别的功能分类支出行，未核对本年支出合计`);
  for (const col of cols) {
    if (classes.length) sumRows(ctx, t, 'expense.total', classes, col, '各功能分类支出');
    if (col === 'total' || carrySplit) sumRows(ctx, t, 'expense.grand', ['expense.total', 'expense.carryOut'], col, '本年支出合计 + 年末财政拨款结转和结余');
  }
  const outSubs = FUNDS.map((f) => `expense.carryOut.${f}`).filter((k) => rowByKey(t, k));
  if (outSubs.length) sumRows(ctx, t, 'expense.carryOut', outSubs, 'total', '分资金性质的年末结转和结余');
  grandsEqual(ctx, t, 'total');
}

export default createRule<M>({
  meta: {
    id: 'sum/summary-balance',
    family: 'sum',
    description: {
      zh: '收支总表平衡：本年收入/支出合计等于各行之和，总计 = 本年合计 + 结转结余，收入总计 = 支出总计（公开01、04表）',
      en: 'Summary tables balance: year totals equal their lines, grand totals add carry-overs, income grand total = expense grand total (tables 01, 04)',
    },
    defaultSeverity: 'error',
    requiresAny: ['final-01', 'final-04'],
    docs: {
      rationale: {
        zh: '收入支出决算总表和财政拨款收入支出决算总表是整套决算的骨架：收入总计必须等于支出总计，本年合计必须等于各收入来源或各功能分类之和，结转结余按资金性质拆分后也须相加一致。',
        en: 'The two summary tables are the skeleton of the accounts: income and expense grand totals must balance, year totals must equal their lines, and carry-overs split by fund must add up.',
      },
      examples: {
        invalid: { zh: '公开01 收入总计 502.98，但本年收入合计 465.34 + 年初结转和结余 47.64 = 512.98', en: 'Table 01: grand total 502.98 but 465.34 + 47.64 = 512.98' },
        valid: { zh: '公开01 收入总计 502.98 = 465.34 + 37.64 = 支出总计 502.98', en: 'Table 01: 502.98 = 465.34 + 37.64 = expense grand total 502.98' },
      },
    },
    messages: {
      totalNotSum: {
        zh: '{{table}}「{{row}}」（{{column}}）{{actual}} 不等于{{parts}}之和 {{expected}}',
        en: '{{table}} "{{row}}" ({{column}}) {{actual}} is not the sum of {{parts}}: {{expected}}',
      },
      grandNotEqual: {
        zh: '{{table}} 支出总计 {{actual}} 不等于收入总计 {{expected}}',
        en: '{{table}} expense grand total {{actual}} does not equal income grand total {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    for (const t of tablesOf(doc, 'final-01')) check01(ctx, t);
    for (const t of tablesOf(doc, 'final-04')) check04(ctx, t);
  },
});
