/**
 * @fileoverview sum/sangong — 公开09 三公经费表, for 预算数 and 决算数 alike: 合计 = 因公出国（境）费 +
 * 公务用车购置及运行维护费 小计 + 公务接待费; 小计 = 公务用车购置费 + 公务用车运行维护费.
 */
import type { LedgerRow, LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tablesOf } from '../../src/ledger/lookup';
import { FINAL_09_COLUMNS } from '../../src/ledger/table-kinds';
import { hasColumn, refOf, reportSum, tableName, type Part } from './util/check';

type M = 'totalNotSum' | 'carNotSum';

const SIDES = { budget: '预算数', final: '决算数' } as const;
const label = (k: string): string => (FINAL_09_COLUMNS as Record<string, string>)[k] ?? k;

function identity(ctx: RuleContext<M>, t: LedgerTable, row: LedgerRow, messageId: M, total: string, parts: string[], side: string): void {
  const missing = [total, ...parts].filter((k) => !hasColumn(t, k));
  if (missing.length) {
    ctx.skip(`${tableName(t)}：缺少列 ${missing.map(label).join('、')}，未核对${side}${messageId === 'carNotSum' ? '公务用车小计' : '合计'}`);
    return;
  }
  reportSum(ctx, {
    messageId,
    data: { table: tableName(t), side },
    total: row.cells.get(total),
    at: refOf(row, total),
    parts: parts.map((k): Part => ({ label: label(k), cell: row.cells.get(k) })),
  });
}

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const row = rowByKey(t, 'sangong') ?? (t.rows.length === 1 ? t.rows[0] : undefined);
  if (!row) {
    ctx.skip(`${tableName(t)}：${t.empty ? '本表无数据' : '找不到三公经费数据行'}`);
    return;
  }
  for (const [p, side] of Object.entries(SIDES)) {
    identity(ctx, t, row, 'totalNotSum', `${p}.total`, [`${p}.abroad`, `${p}.car`, `${p}.reception`], side);
    identity(ctx, t, row, 'carNotSum', `${p}.car`, [`${p}.carBuy`, `${p}.carRun`], side);
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/sangong',
    family: 'sum',
    description: {
      zh: '三公经费表（公开09）：合计 = 因公出国（境）费 + 公务用车小计 + 公务接待费；小计 = 购置费 + 运行维护费（预算数、决算数）',
      en: 'Table 09: total = abroad + official cars subtotal + reception; subtotal = purchase + running (budget and final)',
    },
    defaultSeverity: 'error',
    requires: ['final-09'],
    docs: {
      rationale: {
        zh: '“三公”经费是社会关注度最高的数字之一，合计与各分项、公务用车小计与购置费和运行维护费必须一致；预算数和决算数分别核对。',
        en: 'The 三公 figures draw the most public attention; the total must equal its three parts and the car subtotal its two parts, for both budget and final figures.',
      },
      examples: {
        invalid: { zh: '决算数合计 0.05，但出国 0 + 公车小计 0 + 接待 0.50 = 0.50', en: 'Final total 0.05 but 0 + 0 + 0.50 = 0.50' },
        valid: { zh: '决算数合计 0.05 = 出国 0 + 公车小计 0 + 接待 0.05', en: 'Final total 0.05 = 0 + 0 + 0.05' },
      },
    },
    messages: {
      totalNotSum: {
        zh: '{{table}} {{side}}合计 {{actual}} 不等于因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费 = {{expected}}',
        en: '{{table}} {{side}} total {{actual}} is not abroad + cars + reception = {{expected}}',
      },
      carNotSum: {
        zh: '{{table}} {{side}}公务用车购置及运行维护费小计 {{actual}} 不等于购置费 + 运行维护费 = {{expected}}',
        en: '{{table}} {{side}} official cars subtotal {{actual}} is not purchase + running = {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    for (const t of tablesOf(doc, 'final-09')) checkTable(t, ctx);
  },
});
