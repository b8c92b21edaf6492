/**
 * @fileoverview sum/budget-sangong — 财政拨款“三公”经费支出表 (预算), every column: 合计 = 因公出国（境）费
 * + 公务用车购置及运行费 + 公务接待费; 公务用车购置及运行费 = 购置费 + 运行费.
 */
import type { LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tablesOf } from '../../src/ledger/lookup';
import { budgetNeeds } from './util/budget';
import { cellPart, colName, reportSum, tableName } from './util/check';

type M = 'totalNotSum' | 'carNotSum';

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const table = tableName(t);
  const row = (k: string) => rowByKey(t, k);
  const [total, car] = [row('total'), row('car')];
  for (const { key: col } of t.columns) {
    const column = colName(t, col);
    if (total) {
      const parts = ['abroad', 'car', 'reception'].map(row).filter((r) => r !== undefined);
      if (parts.length) reportSum(ctx, { blankAsZero: true, messageId: 'totalNotSum', data: { table, column }, total: total.cells.get(col), at: total.ref, parts: parts.map((r) => cellPart(t, r, col, r.name)) });
    }
    if (car) {
      const parts = ['carBuy', 'carRun'].map(row).filter((r) => r !== undefined);
      if (parts.length) reportSum(ctx, { blankAsZero: true, messageId: 'carNotSum', data: { table, column }, total: car.cells.get(col), at: car.ref, parts: parts.map((r) => cellPart(t, r, col, r.name)) });
    }
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/budget-sangong',
    family: 'sum',
    description: { zh: '预算“三公”经费表：合计 = 出国 + 公车 + 接待，公车 = 购置 + 运行', en: 'Budget 三公 table: total = abroad + vehicles + reception; vehicles = purchase + running' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '“三公”经费由因公出国（境）费、公务用车购置及运行费、公务接待费组成，公务用车一项又分购置费与运行费；各资金来源列同样相加。',
        en: 'The 三公 total is abroad travel + official vehicles + reception, and vehicles split into purchase and running costs, in every fund column.',
      },
      examples: {
        invalid: { zh: '合计 3.00，出国 0 + 公车 2.00 + 接待 0.50 = 2.50', en: 'total 3.00 but 0 + 2.00 + 0.50 = 2.50' },
        valid: { zh: '合计 2.50 = 0 + 2.00 + 0.50；公车 2.00 = 0 + 2.00', en: 'total 2.50 = 0 + 2.00 + 0.50; vehicles 2.00 = 0 + 2.00' },
      },
    },
    messages: {
      totalNotSum: { zh: '{{table}} 合计「{{column}}」{{actual}} 不等于出国、公车、接待之和 {{expected}}', en: '{{table}} total [{{column}}] {{actual}} is not abroad + vehicles + reception {{expected}}' },
      carNotSum: { zh: '{{table}} 公务用车购置及运行费「{{column}}」{{actual}} 不等于购置费与运行费之和 {{expected}}', en: '{{table}} vehicles [{{column}}] {{actual}} is not purchase + running {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-sangong'] })) return;
    for (const t of tablesOf(doc, 'budget-sangong')) checkTable(t, ctx);
  },
});
