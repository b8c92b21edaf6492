/**
 * @fileoverview sum/budget-summary-balance — 收支总表 and 财政拨款收支总表: 本年收入合计 = Σ 收入项目;
 * 本年支出合计 = Σ 功能分类支出; 收入总计 = 本年收入合计 + 上年结转结余; 支出总计 = 本年支出合计 +
 * 年终结转结余; 收入总计 = 支出总计 (in 财政拨款收支总表, every expense column).
 */
import type { LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tablesOf } from '../../src/ledger/lookup';
import { budgetNeeds } from './util/budget';
import { cellPart, colName, reportSum, tableName } from './util/check';

type M = 'incomeNotSum' | 'expenseNotSum' | 'grandNotSum' | 'unbalanced';

const INCOME_ITEMS = ['income.gpb', 'income.fund', 'income.soe', 'income.special', 'income.unit', 'income.other'];

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const table = tableName(t);
  const inTotal = t.rows.find((r) => r.key === 'income.total');
  if (inTotal) {
    const items = t.rows.filter((r) => INCOME_ITEMS.includes(r.key ?? ''));
    reportSum(ctx, { blankAsZero: true, messageId: 'incomeNotSum', data: { table }, total: inTotal.cells.get('amount'), at: inTotal.ref, parts: items.map((r) => cellPart(t, r, 'amount', r.name)) });
    const carry = t.rows.find((r) => r.key === 'income.carryIn');
    const grand = rowByKey(t, 'income.grand');
    if (grand) {
      const parts = [cellPart(t, inTotal, 'amount', inTotal.name), ...(carry ? [cellPart(t, carry, 'amount', carry.name)] : [])];
      reportSum(ctx, { blankAsZero: true, messageId: 'grandNotSum', data: { table, side: '收入', column: colName(t, 'amount') }, total: grand.cells.get('amount'), at: grand.ref, parts });
    }
  }
  const exCols = t.kind === 'budget-fiscal-summary' ? ['total', 'gpb', 'fund', 'soe'] : ['amount'];
  const exTotal = t.rows.find((r) => r.key === 'expense.total');
  const exGrand = t.rows.find((r) => r.key === 'expense.grand');
  const carryOut = t.rows.find((r) => r.key === 'expense.carryOut');
  const classes = t.rows.filter((r) => r.key === 'expense.class');
  for (const col of exCols.filter((c) => t.columns.some((k) => k.key === c))) {
    const column = colName(t, col);
    if (exTotal) {
      reportSum(ctx, { blankAsZero: true, messageId: 'expenseNotSum', data: { table, column }, total: exTotal.cells.get(col), at: exTotal.ref, parts: classes.map((r) => cellPart(t, r, col, r.name)) });
      if (exGrand) {
        const parts = [cellPart(t, exTotal, col, exTotal.name), ...(carryOut ? [cellPart(t, carryOut, col, carryOut.name)] : [])];
        reportSum(ctx, { blankAsZero: true, messageId: 'grandNotSum', data: { table, side: '支出', column }, total: exGrand.cells.get(col), at: exGrand.ref, parts });
      }
    }
  }
  const inGrand = rowByKey(t, 'income.grand');
  const outCol = t.kind === 'budget-fiscal-summary' ? 'total' : 'amount';
  if (inGrand && exGrand) {
    reportSum(ctx, { blankAsZero: true, messageId: 'unbalanced', data: { table }, total: exGrand.cells.get(outCol), at: exGrand.ref, parts: [cellPart(t, inGrand, 'amount', inGrand.name)] });
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/budget-summary-balance',
    family: 'sum',
    description: { zh: '预算收支总表、财政拨款收支总表：收入合计、支出合计、总计相加一致，收支平衡', en: 'Budget summary tables: income and expense totals add up and income equals expense' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '预算按“以收定支、收支平衡”编制：收支总表中本年收入合计是各收入来源之和，本年支出合计是各功能分类支出之和，加上结转结余后收入总计必须等于支出总计。',
        en: 'A budget balances: the income total is the sum of its sources, the expense total the sum of the functional classes, and with carry-overs income equals expense.',
      },
      examples: {
        invalid: { zh: '本年支出合计 116.76，各类支出 101.43 + 6.45 + 3.25 + 5.36 = 116.49', en: 'expense total 116.76 but the classes add up to 116.49' },
        valid: { zh: '收入总计 116.76 = 支出总计 116.76；101.43 + 6.45 + 3.25 + 5.63 = 116.76', en: 'income 116.76 = expense 116.76; the classes add up to 116.76' },
      },
    },
    messages: {
      incomeNotSum: { zh: '{{table}} 本年收入合计 {{actual}} 不等于各项收入之和 {{expected}}', en: '{{table}} income total {{actual}} is not the sum of the income items {{expected}}' },
      expenseNotSum: { zh: '{{table}} 本年支出合计「{{column}}」{{actual}} 不等于各类支出之和 {{expected}}', en: '{{table}} expense total [{{column}}] {{actual}} is not the sum of the classes {{expected}}' },
      grandNotSum: { zh: '{{table}} {{side}}总计「{{column}}」{{actual}} 不等于本年合计加结转结余 {{expected}}', en: '{{table}} {{side}} grand total [{{column}}] {{actual}} is not the year total plus carry-over {{expected}}' },
      unbalanced: { zh: '{{table}} 支出总计 {{actual}} 不等于收入总计 {{expected}}', en: '{{table}} expense grand total {{actual}} differs from income grand total {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { any: ['budget-summary', 'budget-fiscal-summary'] })) return;
    for (const kind of ['budget-summary', 'budget-fiscal-summary']) for (const t of tablesOf(doc, kind)) checkTable(t, ctx);
  },
});
