/**
 * @fileoverview cross/fiscal-summary — 公开04 财政拨款收入支出决算总表 against 公开01 and 公开02:
 * the three 财政拨款收入 lines equal those of 01; 04 本年收入合计 = 02 合计「财政拨款收入」; and, since
 * 04 is the fiscal part of 01, 04 年初结转和结余, 本年支出合计 and each function line are ≤ 01's.
 */
import type { LedgerRow, LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { cellPart, refOf, reportSum, tableName, unitsDiffer } from '../sum/util/check';
import { summaryClasses } from './util/classes';

type M = 'incomeMismatch' | 'exceedsAllFunds';

/** 04 row (column col04) vs 01 row (amount): equal, or 04 ≤ 01 when `atMost`. */
function pair(ctx: RuleContext<M>, t04: LedgerTable, r04: LedgerRow | undefined, col04: string, other: LedgerTable, r: LedgerRow | undefined, col: string, atMost: boolean): void {
  if (!r04 || !r) return;
  reportSum(ctx, {
    messageId: atMost ? 'exceedsAllFunds' : 'incomeMismatch',
    data: { row: r04.name, table: tableName(other), other: r.name },
    total: r04.cells.get(col04),
    at: refOf(r04, col04),
    parts: [cellPart(other, r, col, `${tableName(other)} ${r.name}`)],
    ...(atMost ? { onlyIf: 'statedGreater' as const } : {}),
  });
}

function with01(ctx: RuleContext<M>, t04: LedgerTable, t01: LedgerTable): void {
  for (const k of ['income.gpb', 'income.fund', 'income.soe']) pair(ctx, t04, rowByKey(t04, k), 'amount', t01, rowByKey(t01, k), 'amount', false);
  pair(ctx, t04, rowByKey(t04, 'income.carryIn'), 'amount', t01, rowByKey(t01, 'income.carryIn'), 'amount', true);
  pair(ctx, t04, rowByKey(t04, 'expense.total'), 'total', t01, rowByKey(t01, 'expense.total'), 'amount', true);
  const c01 = summaryClasses(t01).byCode;
  for (const [code, r04] of summaryClasses(t04).byCode) pair(ctx, t04, r04, 'total', t01, c01.get(code), 'amount', true);
}

function with02(ctx: RuleContext<M>, t04: LedgerTable, t02: LedgerTable): void {
  const r04 = rowByKey(t04, 'income.total');
  const r02 = rowByKey(t02, 'total');
  if (!r04 || !r02) {
    ctx.skip(`${!r04 ? tableName(t04) : tableName(t02)}：找不到收入合计行，未核对财政拨款收入`);
    return;
  }
  reportSum(ctx, {
    messageId: 'incomeMismatch',
    data: { row: r04.name, table: tableName(t02), other: '合计「财政拨款收入」' },
    total: r04.cells.get('amount'),
    at: refOf(r04, 'amount'),
    parts: [cellPart(t02, r02, 'fiscal', `${tableName(t02)} 合计「财政拨款收入」`)],
  });
}

export default createRule<M>({
  meta: {
    id: 'cross/fiscal-summary',
    family: 'cross',
    description: {
      zh: '财政拨款收入支出决算总表（公开04）与收入支出决算总表（公开01）、收入决算表（公开02）一致',
      en: 'Table 04 agrees with tables 01 and 02 (fiscal income equal; fiscal carry-over and expenses not above all funds)',
    },
    defaultSeverity: 'error',
    requires: ['final-04'],
    requiresAny: ['final-01', 'final-02'],
    docs: {
      rationale: {
        zh: '公开04 是公开01 的财政拨款部分：三类财政拨款收入两表相同，本年财政拨款收入等于公开02 的财政拨款收入；财政拨款的年初结转、本年支出和各功能分类支出不可能大于全部资金口径的公开01。',
        en: 'Table 04 is the fiscal part of table 01: the fiscal income lines are the same, the fiscal income total equals table 02\'s fiscal column, and fiscal carry-over and expenses cannot exceed the all-funds figures of table 01.',
      },
      examples: {
        invalid: { zh: '公开04 本年支出合计 512.98，大于公开01 本年支出合计 502.98', en: 'Table 04 expense total 512.98 exceeds table 01 502.98' },
        valid: { zh: '公开04 一般公共预算财政拨款 465.34 = 公开01 一般公共预算财政拨款收入 465.34', en: '465.34 in both tables' },
      },
    },
    messages: {
      incomeMismatch: {
        zh: '财政拨款收支总表「{{row}}」{{actual}} 与{{table}}「{{other}}」{{expected}} 不一致',
        en: 'Fiscal summary "{{row}}" {{actual}} does not agree with {{table}} "{{other}}" {{expected}}',
      },
      exceedsAllFunds: {
        zh: '财政拨款收支总表「{{row}}」{{actual}} 大于{{table}}（全部资金）「{{other}}」{{expected}}',
        en: 'Fiscal summary "{{row}}" {{actual}} exceeds the all-funds figure in {{table}} "{{other}}" {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t04 = tableOf(doc, 'final-04');
    if (!t04) return;
    const t01 = tableOf(doc, 'final-01');
    const t02 = tableOf(doc, 'final-02');
    if (t01) {
      if (!unitsDiffer(ctx, t04, t01)) with01(ctx, t04, t01);
    }
    else ctx.skip('缺少 final-01，未核对财政拨款收入与总表');
    if (t02) {
      if (!unitsDiffer(ctx, t04, t02)) with02(ctx, t04, t02);
    }
    else ctx.skip('缺少 final-02，未核对本年财政拨款收入合计');
  },
});
