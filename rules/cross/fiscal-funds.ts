/**
 * @fileoverview cross/fiscal-funds — each fund column of 公开04 equals its own table: 一般公共预算财政拨款
 * ↔ 公开05, 政府性基金预算财政拨款 ↔ 公开07, 国有资本经营预算财政拨款 ↔ 公开08, per function line
 * (04 line ↔ 类 row 小计) and for 本年支出合计 (↔ 合计); for 政府性基金 also 本年收入, 年初 and 年末
 * 结转和结余 ↔ 07 合计.
 */
import type { LedgerRow, LedgerTable, LintDocument } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { cellPart, refOf, reportSum, tableName, unitsDiffer } from '../sum/util/check';
import { compareClasses } from './util/classes';

type M = 'classMismatch' | 'totalMismatch';

const FUNDS: { col: string; kind: string; name: string }[] = [
  { col: 'gpb', kind: 'final-05', name: '一般公共预算财政拨款' },
  { col: 'fund', kind: 'final-07', name: '政府性基金预算财政拨款' },
  { col: 'soe', kind: 'final-08', name: '国有资本经营预算财政拨款' },
];

/** 04 cell ↔ the 合计 row of the fund's table. */
function totals(ctx: RuleContext<M>, t04: LedgerTable, r04: LedgerRow | undefined, col04: string, t: LedgerTable, col: string, what: string): void {
  const total = rowByKey(t, 'total');
  if (!r04 || !total) return;
  reportSum(ctx, {
    messageId: 'totalMismatch',
    data: { row: r04.name, column: what, table: tableName(t) },
    total: r04.cells.get(col04),
    at: refOf(r04, col04),
    parts: [cellPart(t, total, col, `${tableName(t)} 合计「${what}」`)],
  });
}

function checkFund(ctx: RuleContext<M>, doc: LintDocument, t04: LedgerTable, f: (typeof FUNDS)[number]): void {
  const t = tableOf(doc, f.kind);
  if (!t) {
    ctx.skip(`缺少 ${f.kind}，未核对公开04「${f.name}」列`);
    return;
  }
  if (unitsDiffer(ctx, t04, t)) return;
  compareClasses(ctx, { summary: t04, summaryCol: f.col, detail: t, detailCol: 'total', messageId: 'classMismatch', data: { table: tableName(t), column: f.name } });
  totals(ctx, t04, rowByKey(t04, 'expense.total'), f.col, t, 'total', '本年支出');
  if (f.col !== 'fund') return;
  totals(ctx, t04, rowByKey(t04, 'income.fund'), 'amount', t, 'income', '本年收入');
  totals(ctx, t04, rowByKey(t04, 'income.carryIn.fund'), 'amount', t, 'carryIn', '年初结转和结余');
  const out = rowByKey(t04, 'expense.carryOut.fund');
  if (out) totals(ctx, t04, out, 'total', t, 'carryOut', '年末结转和结余');
  else totals(ctx, t04, rowByKey(t04, 'expense.carryOut'), 'fund', t, 'carryOut', '年末结转和结余');
}

export default createRule<M>({
  meta: {
    id: 'cross/fiscal-funds',
    family: 'cross',
    description: {
      zh: '财政拨款收支总表（公开04）各资金列与公开05、07、08 一致',
      en: 'Each fund column of table 04 agrees with tables 05, 07 and 08',
    },
    defaultSeverity: 'error',
    requires: ['final-04'],
    requiresAny: ['final-05', 'final-07', 'final-08'],
    docs: {
      rationale: {
        zh: '公开04 支出方按一般公共预算、政府性基金、国有资本经营预算三类财政拨款分列，分别由公开05、07、08 汇总而来：每一功能分类和本年支出合计在两表中应相同，政府性基金的本年收入与结转结余也应与公开07 一致。',
        en: 'Table 04 splits expenses by fund, each summarising its own table (05, 07, 08): every function line and the year total must agree, and for government funds also income and carry-overs.',
      },
      examples: {
        invalid: { zh: '公开04 一般公共服务支出「一般公共预算财政拨款」448.64，公开05 类 201 小计 446.84', en: 'Table 04 448.64 vs table 05 class 201 446.84' },
        valid: { zh: '公开04 本年支出合计「一般公共预算财政拨款」502.98 = 公开05 合计 小计 502.98', en: '502.98 in both tables' },
      },
    },
    messages: {
      classMismatch: {
        zh: '财政拨款收支总表「{{row}}」（{{column}}）{{actual}} 与{{table}} {{other}} {{expected}} 不一致',
        en: 'Fiscal summary "{{row}}" ({{column}}) {{actual}} does not agree with {{table}} {{other}} {{expected}}',
      },
      totalMismatch: {
        zh: '财政拨款收支总表「{{row}}」{{actual}} 与{{table}}合计「{{column}}」{{expected}} 不一致',
        en: 'Fiscal summary "{{row}}" {{actual}} does not agree with the {{table}} total [{{column}}] {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t04 = tableOf(doc, 'final-04');
    if (t04) for (const f of FUNDS) checkFund(ctx, doc, t04, f);
  },
});
