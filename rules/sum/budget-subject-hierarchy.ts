/**
 * @fileoverview sum/budget-subject-hierarchy — 预算 收入总表, 支出总表, 一般公共预算 / 基金 / 国资支出表,
 * every amount column: 类 = Σ款, 款 = Σ项, 合计 = Σ类.
 */
import type { LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { childrenOf, rowByKey, rowLabel, tablesOf } from '../../src/ledger/lookup';
import { budgetNeeds } from './util/budget';
import { cellPart, colName, reportSum, tableName } from './util/check';

type M = 'parentNotSum' | 'totalNotSum';

const KINDS = ['budget-income', 'budget-expense', 'budget-gpb-expense', 'budget-fund', 'budget-soe'];

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const table = tableName(t);
  const coded = t.rows.filter((r) => r.code && /^\d+$/.test(r.code));
  const totalRow = rowByKey(t, 'total');
  for (const { key: col } of t.columns) {
    const column = colName(t, col);
    for (const parent of coded) {
      const code = parent.code as string;
      const kids = code.length === 3 || code.length === 5 ? childrenOf(t, code) : [];
      if (!kids.length) continue;
      reportSum(ctx, { blankAsZero: true,
        messageId: 'parentNotSum',
        data: { table, row: rowLabel(parent), column, level: code.length === 3 ? '款' : '项' },
        total: parent.cells.get(col),
        at: parent.ref,
        parts: kids.map((k) => cellPart(t, k, col)),
      });
    }
    const top = coded.filter((r) => (r.code as string).length === 3);
    if (!totalRow || !top.length) continue;
    reportSum(ctx, { blankAsZero: true, messageId: 'totalNotSum', data: { table, column }, total: totalRow.cells.get(col), at: totalRow.ref, parts: top.map((r) => cellPart(t, r, col)) });
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/budget-subject-hierarchy',
    family: 'sum',
    description: { zh: '预算功能分类科目逐级相加：合计 = Σ类，类 = Σ款，款 = Σ项', en: 'Budget functional subjects add up level by level: total = Σ类, 类 = Σ款, 款 = Σ项' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '预算收入总表、支出总表和财政拨款支出表按“类—款—项”列示，上级科目等于下级科目之和，合计等于各类之和；不等即漏列、重列或录入错误，0.01 以内为尾差。',
        en: 'Budget subject tables list 类—款—项; each parent is the sum of its children and the total the sum of the classes. Within 0.01 it is a rounding tail.',
      },
      examples: {
        invalid: { zh: '类 208 6.45，款 20805 6.54', en: 'class 208 6.45 but its 款 20805 6.54' },
        valid: { zh: '合计 116.76 = 101.43 + 6.45 + 3.25 + 5.63', en: 'total 116.76 = 101.43 + 6.45 + 3.25 + 5.63' },
      },
    },
    messages: {
      parentNotSum: { zh: '{{table}} {{row}}「{{column}}」{{actual}} 不等于其下级{{level}}之和 {{expected}}', en: '{{table}} {{row}} [{{column}}] {{actual}} is not the sum of its sub-items ({{level}}) {{expected}}' },
      totalNotSum: { zh: '{{table}} 合计「{{column}}」{{actual}} 不等于各类科目之和 {{expected}}', en: '{{table}} total [{{column}}] {{actual}} is not the sum of the classes {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { any: KINDS })) return;
    for (const kind of KINDS) for (const t of tablesOf(doc, kind)) checkTable(t, ctx);
  },
});
