/**
 * @fileoverview sum/budget-column-identity — row by row: 收入总表 合计 = 本年收入小计 + 上年结转, 小计 =
 * Σ 收入来源; 支出总表 合计 = 基本 + 项目 + 经营 + 上解上级 + 对附属单位补助; 一般公共预算 / 基金 / 国资支出表
 * 合计 = 基本 + 项目; 基本支出表 合计 = 人员经费 + 公用经费.
 */
import type { LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowLabel, tablesOf } from '../../src/ledger/lookup';
import { budgetNeeds } from './util/budget';
import { cellPart, colName, reportSum, tableName } from './util/check';

type M = 'columnNotSum';

const IDENTITIES: Record<string, [string, string[]][]> = {
  'budget-income': [
    ['total', ['subtotal', 'carryIn']],
    ['subtotal', ['fiscal', 'special', 'business', 'operating', 'superior', 'affiliate', 'other']],
  ],
  'budget-expense': [['total', ['basic', 'project', 'operating', 'remit', 'subsidy']]],
  'budget-gpb-expense': [['total', ['basic', 'project']]],
  'budget-fund': [['total', ['basic', 'project']]],
  'budget-soe': [['total', ['basic', 'project']]],
  'budget-gpb-basic': [['total', ['personnel', 'public']]],
  'budget-sangong': [['total', ['gpb', 'fund', 'soe']]],
};

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const has = (k: string): boolean => t.columns.some((c) => c.key === k);
  for (const [total, parts] of IDENTITIES[t.kind] ?? []) {
    const present = parts.filter(has);
    if (!has(total) || present.length < 2) continue;
    for (const row of t.rows) {
      reportSum(ctx, { blankAsZero: true,
        messageId: 'columnNotSum',
        data: { table: tableName(t), row: rowLabel(row), column: colName(t, total), parts: present.map((k) => colName(t, k)).join(' + ') },
        total: row.cells.get(total),
        at: row.ref,
        parts: present.map((k) => cellPart(t, row, k)),
      });
    }
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/budget-column-identity',
    family: 'sum',
    description: { zh: '预算表逐行列间关系：合计 = 各组成列之和（收入来源、基本 + 项目、人员 + 公用、三公资金来源）', en: 'Budget tables, row by row: the total column is the sum of its component columns' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '预算表每一行的合计列由组成列相加而来：支出 = 基本支出 + 项目支出（+ 经营、上解、对附属单位补助），基本支出 = 人员经费 + 公用经费，收入合计 = 本年收入 + 上年结转。',
        en: 'Every row of a budget table adds across: expense = basic + project (+ others), basic = personnel + public, income = this year + carry-over.',
      },
      examples: {
        invalid: { zh: '201 一般公共服务支出 合计 101.43，基本 57.99 + 项目 43.34 = 101.33', en: '201 total 101.43 but basic 57.99 + project 43.34 = 101.33' },
        valid: { zh: '合计 116.76 = 基本 73.32 + 项目 43.44', en: 'total 116.76 = basic 73.32 + project 43.44' },
      },
    },
    messages: {
      columnNotSum: { zh: '{{table}} {{row}}「{{column}}」{{actual}} 不等于 {{parts}} 之和 {{expected}}', en: '{{table}} {{row}} [{{column}}] {{actual}} is not {{parts}} = {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { any: Object.keys(IDENTITIES) })) return;
    for (const kind of Object.keys(IDENTITIES)) for (const t of tablesOf(doc, kind)) checkTable(t, ctx);
  },
});
