/**
 * 类 = Σ款, 款 = Σ项 and 合计 = Σ类 over a functional-classification table, every amount column:
 * the one walk behind sum/subject-hierarchy (决算) and sum/budget-subject-hierarchy (预算).
 */
import type { LedgerTable } from '../../../src/types';
import type { RuleContext } from '../../../src/engine/rule';
import { childrenOf, rowByKey, rowLabel } from '../../../src/ledger/lookup';
import { isBlank } from '../../../src/ledger/check';
import { cellPart, colName, refOf, reportSum, tableName } from './check';

export type HierarchyMessage = 'parentNotSum' | 'totalNotSum';

export const HIERARCHY_MESSAGES = {
  parentNotSum: {
    zh: '{{table}} {{row}}「{{column}}」{{actual}} 不等于其下级{{level}}之和 {{expected}}',
    en: '{{table}} {{row}} [{{column}}] {{actual}} is not the sum of its sub-items ({{level}}) {{expected}}',
  },
  totalNotSum: {
    zh: '{{table}} 合计「{{column}}」{{actual}} 不等于各类科目之和 {{expected}}',
    en: '{{table}} total [{{column}}] {{actual}} is not the sum of the classes {{expected}}',
  },
};

export interface HierarchyOptions {
  /** A blank stated figure over non-zero parts is reported as 0 (budget tables). */
  blankAsZero?: boolean;
  /** Findings point at the stated cell, or at its row. */
  anchor: 'cell' | 'row';
  /**
   * 合计 adds up the 类 rows ('class'), or the shortest codes printed ('shortest': a table may start
   * below 类; with none at all, coverage says 合计 went unchecked).
   */
  top: 'class' | 'shortest';
}

export function checkSubjectHierarchy(t: LedgerTable, ctx: RuleContext<HierarchyMessage>, opts: HierarchyOptions): void {
  const table = tableName(t);
  const coded = t.rows.filter((r) => r.code && /^\d+$/.test(r.code));
  const totalRow = rowByKey(t, 'total');
  const blankAsZero = opts.blankAsZero === true;
  for (const { key: col } of t.columns) {
    // A column with no figure at all adds up (0 = Σ0) everywhere: long tables print many such.
    if (coded.every((r) => isBlank(r.cells.get(col))) && (!totalRow || isBlank(totalRow.cells.get(col)))) continue;
    const column = colName(t, col);
    // A parent printed without children has nothing to add up.
    for (const parent of coded) {
      const code = parent.code as string;
      if (code.length !== 3 && code.length !== 5) continue;
      const kids = childrenOf(t, code);
      if (!kids.length) continue;
      if (isBlank(parent.cells.get(col)) && kids.every((k) => isBlank(k.cells.get(col)))) continue;
      reportSum(ctx, {
        blankAsZero,
        messageId: 'parentNotSum',
        data: { table, row: rowLabel(parent), column, level: code.length === 3 ? '款' : '项' },
        total: parent.cells.get(col),
        at: opts.anchor === 'cell' ? refOf(parent, col) : parent.ref,
        parts: kids.map((k) => cellPart(t, k, col)),
      });
    }
    if (!totalRow) continue;
    const topLength = opts.top === 'class' ? 3 : Math.min(...coded.map((r) => (r.code as string).length));
    const top = coded.filter((r) => (r.code as string).length === topLength);
    if (!top.length) {
      if (opts.top === 'shortest' && !isBlank(totalRow.cells.get(col))) ctx.skip(`${table}：没有可识别的科目行，未核对合计「${column}」= Σ类`);
      continue;
    }
    reportSum(ctx, {
      blankAsZero,
      messageId: 'totalNotSum',
      data: { table, column },
      total: totalRow.cells.get(col),
      at: opts.anchor === 'cell' ? refOf(totalRow, col) : totalRow.ref,
      parts: top.map((r) => cellPart(t, r, col)),
    });
  }
}
