/**
 * @fileoverview sum/subject-hierarchy — in the functional-classification tables (公开02, 03, 05, 07,
 * 08), in every amount column: 类 (3 digits) = Σ its 款 (5 digits), 款 = Σ its 项 (7 digits),
 * and the 合计 row = Σ 类.
 */
import type { LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { childrenOf, rowByKey, rowLabel, tablesOf } from '../../src/ledger/lookup';
import { isBlank } from '../../src/ledger/check';
import { cellPart, refOf, reportSum, tableName, colName } from './util/check';

type M = 'parentNotSum' | 'totalNotSum';

const KINDS = ['final-02', 'final-03', 'final-05', 'final-07', 'final-08'];

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const table = tableName(t);
  const coded = t.rows.filter((r) => r.code && /^\d+$/.test(r.code));
  const totalRow = rowByKey(t, 'total');
  for (const { key: col } of t.columns) {
    const column = colName(t, col);
    // 类 = Σ 款, 款 = Σ 项 (a parent printed without children has nothing to add up).
    for (const parent of coded) {
      const code = parent.code as string;
      if (code.length !== 3 && code.length !== 5) continue;
      const kids = childrenOf(t, code);
      if (!kids.length) continue;
      reportSum(ctx, {
        messageId: 'parentNotSum',
        data: { table, row: rowLabel(parent), column, level: code.length === 3 ? '款' : '项' },
        total: parent.cells.get(col),
        at: refOf(parent, col),
        parts: kids.map((k) => cellPart(t, k, col)),
      });
    }
    // 合计 = Σ 类 (or Σ of the shortest codes printed, when a table starts below 类).
    if (!totalRow) continue;
    const minLen = Math.min(...coded.map((r) => (r.code as string).length));
    const top = coded.filter((r) => (r.code as string).length === minLen);
    if (!top.length) {
      if (!isBlank(totalRow.cells.get(col))) ctx.skip(`${table}：没有可识别的科目行，未核对合计「${column}」= Σ类`);
      continue;
    }
    reportSum(ctx, {
      messageId: 'totalNotSum',
      data: { table, column },
      total: totalRow.cells.get(col),
      at: refOf(totalRow, col),
      parts: top.map((r) => cellPart(t, r, col)),
    });
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/subject-hierarchy',
    family: 'sum',
    description: {
      zh: '功能分类科目逐级相加：合计 = Σ类，类 = Σ款，款 = Σ项（公开02、03、05、07、08表，每一列）',
      en: 'Functional subjects add up level by level: 合计 = Σ类, 类 = Σ款, 款 = Σ项 (tables 02, 03, 05, 07, 08, every column)',
    },
    defaultSeverity: 'error',
    requiresAny: KINDS,
    docs: {
      rationale: {
        zh: '决算表按“类—款—项”列示支出功能分类科目，上级科目金额必须等于其下级科目之和，合计行等于各类之和。不等说明漏列、重列科目或录入错误；差 0.01 以内多为尾差，单独报告。',
        en: 'The 决算 tables list functional subjects as 类—款—项; a parent must equal the sum of its children and 合计 the sum of the classes. A mismatch means a missing or duplicated subject or a typing error; a 0.01 difference is usually a rounding tail and is reported as such.',
      },
      examples: {
        invalid: { zh: '款 20137 网信事务 411.00，项 2013701 196.90 + 2013702 214.61 = 411.51', en: '款 20137 411.00 but 项 196.90 + 214.61 = 411.51' },
        valid: { zh: '类 208 27.44 = 款 20805 27.44 = 项 18.29 + 9.15', en: '类 208 27.44 = 款 20805 27.44 = 18.29 + 9.15' },
      },
    },
    messages: {
      parentNotSum: {
        zh: '{{table}} {{row}}「{{column}}」{{actual}} 不等于其下级{{level}}之和 {{expected}}',
        en: '{{table}} {{row}} [{{column}}] {{actual}} is not the sum of its sub-items ({{level}}) {{expected}}',
      },
      totalNotSum: {
        zh: '{{table}} 合计「{{column}}」{{actual}} 不等于各类科目之和 {{expected}}',
        en: '{{table}} total [{{column}}] {{actual}} is not the sum of the classes {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    for (const kind of KINDS) for (const t of tablesOf(doc, kind)) checkTable(t, ctx);
  },
});
