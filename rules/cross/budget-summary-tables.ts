/**
 * @fileoverview cross/budget-summary-tables — 收支总表 against 收入总表 and 支出总表: 本年收入合计 = 收入总表
 * 合计「本年收入」; 本年支出合计 = 支出总表 合计; each functional class of the 收支总表 = the same 类 of
 * the 支出总表.
 */
import { createRule } from '../../src/engine/rule';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { normName, cellPart, tableName, reportSum } from '../sum/util/check';
import { budgetNeeds } from '../sum/util/budget';

type M = 'incomeDiffers' | 'expenseDiffers' | 'classDiffers';

export default createRule<M>({
  meta: {
    id: 'cross/budget-summary-tables',
    family: 'cross',
    description: { zh: '收支总表与收入总表、支出总表的合计及各类支出一致', en: 'The budget summary agrees with the income and expense tables (totals and classes)' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '收入总表、支出总表是收支总表按功能分类科目的展开，同一数字在两表中必须相同：收入合计、支出合计、每一类支出。',
        en: 'The income and expense tables break the summary down by subject: the same totals and class figures must appear in both.',
      },
      examples: {
        invalid: { zh: '收支总表 住房保障支出 5.63，支出总表 221 住房保障支出 5.36', en: 'summary 住房保障支出 5.63, expense table 221 5.36' },
        valid: { zh: '本年支出合计 116.76 = 支出总表合计 116.76', en: 'expense total 116.76 in both tables' },
      },
    },
    messages: {
      incomeDiffers: { zh: '{{table}} 本年收入合计 {{actual}} 与{{other}}合计 {{expected}} 不一致', en: '{{table}} income total {{actual}} differs from {{other}} total {{expected}}' },
      expenseDiffers: { zh: '{{table}} 本年支出合计 {{actual}} 与{{other}}合计 {{expected}} 不一致', en: '{{table}} expense total {{actual}} differs from {{other}} total {{expected}}' },
      classDiffers: { zh: '{{table}} {{row}} {{actual}} 与{{other}}对应类级科目 {{expected}} 不一致', en: '{{table}} {{row}} {{actual}} differs from the class in {{other}} {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-summary'], any: ['budget-income', 'budget-expense'] })) return;
    const s = tableOf(doc, 'budget-summary');
    if (!s) return;
    const table = tableName(s);
    const income = tableOf(doc, 'budget-income');
    const inTotal = rowByKey(s, 'income.total');
    const incTotal = rowByKey(income, 'total');
    if (income && inTotal && incTotal) {
      const col = income.columns.some((c) => c.key === 'subtotal') ? 'subtotal' : 'total';
      reportSum(ctx, { blankAsZero: true, messageId: 'incomeDiffers', data: { table, other: tableName(income) }, total: inTotal.cells.get('amount'), at: inTotal.ref, parts: [cellPart(income, incTotal, col)] });
    }
    const expense = tableOf(doc, 'budget-expense');
    const exTotal = rowByKey(s, 'expense.total');
    const expTotal = rowByKey(expense, 'total');
    if (!expense) return;
    if (exTotal && expTotal) {
      reportSum(ctx, { blankAsZero: true, messageId: 'expenseDiffers', data: { table, other: tableName(expense) }, total: exTotal.cells.get('amount'), at: exTotal.ref, parts: [cellPart(expense, expTotal, 'total')] });
    }
    const classes = expense.rows.filter((r) => r.code?.length === 3);
    for (const row of s.rows.filter((r) => r.key === 'expense.class')) {
      const match = classes.find((c) => normName(c.name) === normName(row.name));
      const stated = row.cells.get('amount');
      if (!match && (!stated || stated.value === null || stated.value.isZero())) continue;
      reportSum(ctx, { blankAsZero: true,
        messageId: 'classDiffers',
        data: { table, row: row.name, other: tableName(expense) },
        total: stated,
        at: row.ref,
        parts: match ? [cellPart(expense, match, 'total')] : [],
      });
    }
  },
});
