/**
 * @fileoverview cross/summary-expense — 公开01 收入支出决算总表 ↔ 公开03 支出决算表: each function line
 * of 01 (一、一般公共服务支出 …) equals the 类 row of 03 with that name (201 …) in 本年支出合计, and 01
 * 本年支出合计 equals 03 合计.
 */
import type { LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { cellPart, refOf, reportSum, tableName, unitsDiffer } from '../sum/util/check';
import { compareClasses } from './util/classes';

type M = 'classMismatch' | 'totalMismatch';

function check(ctx: RuleContext<M>, t01: LedgerTable, t03: LedgerTable): void {
  compareClasses(ctx, { summary: t01, summaryCol: 'amount', detail: t03, detailCol: 'total', messageId: 'classMismatch', data: { table: tableName(t03) } });
  const total01 = rowByKey(t01, 'expense.total');
  const total03 = rowByKey(t03, 'total');
  if (!total01 || !total03) {
    ctx.skip(`${!total01 ? tableName(t01) : tableName(t03)}：找不到支出合计行，未核对本年支出合计`);
    return;
  }
  reportSum(ctx, {
    messageId: 'totalMismatch',
    data: { table: tableName(t03) },
    total: total01.cells.get('amount'),
    at: refOf(total01, 'amount'),
    parts: [cellPart(t03, total03, 'total', `${tableName(t03)} 合计「本年支出合计」`)],
  });
}

export default createRule<M>({
  meta: {
    id: 'cross/summary-expense',
    family: 'cross',
    description: {
      zh: '收入支出决算总表（公开01）各功能分类支出及本年支出合计与支出决算表（公开03）一致',
      en: 'Function lines and the expense total of table 01 agree with table 03',
    },
    defaultSeverity: 'error',
    requires: ['final-01', 'final-03'],
    docs: {
      rationale: {
        zh: '公开01 支出方按功能分类列示的各类支出由公开03 的类级科目汇总而来（全部资金口径），同一类在两表中金额必须一致，本年支出合计亦然。',
        en: 'The expense side of table 01 lists the 类 totals of table 03 (all funds); the same class and the year total must agree.',
      },
      examples: {
        invalid: { zh: '公开01 一般公共服务支出 448.64，公开03 类 201 本年支出合计 446.84', en: 'Table 01 448.64 vs table 03 class 201 446.84' },
        valid: { zh: '公开01 住房保障支出 18.87 = 公开03 221 住房保障支出 18.87', en: '18.87 in both tables' },
      },
    },
    messages: {
      classMismatch: {
        zh: '总表「{{row}}」{{actual}} 与{{table}} {{other}} 本年支出合计 {{expected}} 不一致',
        en: 'Summary line "{{row}}" {{actual}} does not agree with {{table}} {{other}} {{expected}}',
      },
      totalMismatch: {
        zh: '总表本年支出合计 {{actual}} 与{{table}}合计 {{expected}} 不一致',
        en: 'Summary expense total {{actual}} does not agree with the {{table}} total {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t01 = tableOf(doc, 'final-01');
    const t03 = tableOf(doc, 'final-03');
    if (t01 && t03 && !unitsDiffer(ctx, t01, t03)) check(ctx, t01, t03);
  },
});
