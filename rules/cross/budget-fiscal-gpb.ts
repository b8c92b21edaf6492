/**
 * @fileoverview cross/budget-fiscal-gpb — 财政拨款收支总表 against 一般公共预算财政拨款支出表 (and the
 * 收支总表): the 一般公共预算 column's 本年支出合计 and each class = the 支出表 合计 and 类; the 一般公共预算
 * 拨款 income = the 收支总表's 一般公共预算拨款收入.
 */
import { createRule } from '../../src/engine/rule';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { normName, cellPart, tableName, reportSum } from '../sum/util/check';
import { budgetNeeds } from '../sum/util/budget';

type M = 'totalDiffers' | 'classDiffers' | 'incomeDiffers';

export default createRule<M>({
  meta: {
    id: 'cross/budget-fiscal-gpb',
    family: 'cross',
    description: { zh: '财政拨款收支总表“一般公共预算”列与一般公共预算财政拨款支出表一致', en: 'The fiscal summary’s general-budget column agrees with the general-budget expense table' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '一般公共预算财政拨款支出表是财政拨款收支总表“一般公共预算财政拨款”一列按科目的展开：合计与各类金额应相同；财政拨款收入也应与收支总表的一般公共预算拨款收入相同。',
        en: 'The general-budget expense table details the fiscal summary’s general-budget column: totals and classes match, and the appropriation income matches the summary.',
      },
      examples: {
        invalid: { zh: '财政拨款收支总表 一般公共预算 本年支出合计 116.76，一般公共预算支出表合计 116.67', en: 'fiscal summary 116.76, expense table 116.67' },
        valid: { zh: '两表合计均为 116.76，类 201 均为 101.43', en: 'both 116.76; class 201 101.43 in both' },
      },
    },
    messages: {
      totalDiffers: { zh: '{{table}} 本年支出合计「一般公共预算」{{actual}} 与{{other}}合计 {{expected}} 不一致', en: '{{table}} general-budget expense total {{actual}} differs from {{other}} {{expected}}' },
      classDiffers: { zh: '{{table}} {{row}}「一般公共预算」{{actual}} 与{{other}}对应类级科目 {{expected}} 不一致', en: '{{table}} {{row}} (general budget) {{actual}} differs from {{other}} {{expected}}' },
      incomeDiffers: { zh: '{{table}} 一般公共预算拨款收入 {{actual}} 与{{other}} {{expected}} 不一致', en: '{{table}} general-budget income {{actual}} differs from {{other}} {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-fiscal-summary'], any: ['budget-gpb-expense', 'budget-summary'] })) return;
    const f = tableOf(doc, 'budget-fiscal-summary');
    if (!f) return;
    const table = tableName(f);
    const summary = tableOf(doc, 'budget-summary');
    const fIn = rowByKey(f, 'income.gpb');
    const sIn = rowByKey(summary, 'income.gpb');
    if (summary && fIn && sIn) {
      reportSum(ctx, { blankAsZero: true, messageId: 'incomeDiffers', data: { table, other: tableName(summary) }, total: fIn.cells.get('amount'), at: fIn.ref, parts: [cellPart(summary, sIn, 'amount', sIn.name)] });
    }
    const g = tableOf(doc, 'budget-gpb-expense');
    if (!g || !f.columns.some((c) => c.key === 'gpb')) return;
    const other = tableName(g);
    const fTotal = rowByKey(f, 'expense.total');
    const gTotal = rowByKey(g, 'total');
    if (fTotal && gTotal) reportSum(ctx, { blankAsZero: true, messageId: 'totalDiffers', data: { table, other }, total: fTotal.cells.get('gpb'), at: fTotal.ref, parts: [cellPart(g, gTotal, 'total')] });
    const classes = g.rows.filter((r) => r.code?.length === 3);
    for (const row of f.rows.filter((r) => r.key === 'expense.class')) {
      const match = classes.find((c) => normName(c.name) === normName(row.name));
      const stated = row.cells.get('gpb');
      if (!match && (!stated || stated.value === null || stated.value.isZero())) continue;
      reportSum(ctx, { blankAsZero: true, messageId: 'classDiffers', data: { table, row: row.name, other }, total: stated, at: row.ref, parts: match ? [cellPart(g, match, 'total')] : [] });
    }
  },
});
