/**
 * @fileoverview sum/budget-economic-classes — 一般公共预算财政拨款基本支出表 (经济分类), every column:
 * 301 = Σ301xx, 302 = Σ302xx, 303 = Σ303xx …, and 合计 = Σ 类 (301 + 302 + 303 …).
 */
import type { LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, rowLabel, tablesOf } from '../../src/ledger/lookup';
import { budgetNeeds } from './util/budget';
import { cellPart, colName, reportSum, tableName } from './util/check';

type M = 'classNotSum' | 'totalNotSum';

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const table = tableName(t);
  const classes = t.rows.filter((r) => r.code?.length === 3);
  const total = rowByKey(t, 'total');
  for (const { key: col } of t.columns) {
    const column = colName(t, col);
    for (const cls of classes) {
      const items = t.rows.filter((r) => r.code?.length === 5 && r.code.startsWith(cls.code as string));
      if (!items.length) continue;
      reportSum(ctx, { blankAsZero: true, messageId: 'classNotSum', data: { table, row: rowLabel(cls), column }, total: cls.cells.get(col), at: cls.ref, parts: items.map((r) => cellPart(t, r, col)) });
    }
    if (total && classes.length) {
      reportSum(ctx, { blankAsZero: true, messageId: 'totalNotSum', data: { table, column }, total: total.cells.get(col), at: total.ref, parts: classes.map((r) => cellPart(t, r, col)) });
    }
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/budget-economic-classes',
    family: 'sum',
    description: { zh: '基本支出表经济分类：301 = Σ301xx，302 = Σ302xx，合计 = Σ类', en: 'Basic-expense table by economic class: 301 = Σ301xx, 302 = Σ302xx, total = Σ classes' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '基本支出表按部门经济分类列示，类级科目（301 工资福利支出、302 商品和服务支出、303 对个人和家庭的补助）等于其款级科目之和，合计等于各类之和。',
        en: 'The basic-expense table lists economic classes; each class (301, 302, 303) is the sum of its items and the total the sum of the classes.',
      },
      examples: {
        invalid: { zh: '302 商品和服务支出 8.95，30201…30239 之和 8.59', en: '302 8.95 but its items add up to 8.59' },
        valid: { zh: '302 8.95 = 2.35 + 0.20 + 2.70 + 0.20 + 3.50', en: '302 8.95 = 2.35 + 0.20 + 2.70 + 0.20 + 3.50' },
      },
    },
    messages: {
      classNotSum: { zh: '{{table}} {{row}}「{{column}}」{{actual}} 不等于其款级科目之和 {{expected}}', en: '{{table}} {{row}} [{{column}}] {{actual}} is not the sum of its items {{expected}}' },
      totalNotSum: { zh: '{{table}} 合计「{{column}}」{{actual}} 不等于各类之和 {{expected}}', en: '{{table}} total [{{column}}] {{actual}} is not the sum of the classes {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-gpb-basic'] })) return;
    for (const t of tablesOf(doc, 'budget-gpb-basic')) checkTable(t, ctx);
  },
});
