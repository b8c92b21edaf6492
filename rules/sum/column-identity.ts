/**
 * @fileoverview sum/column-identity — within one row, the total column equals its component
 * columns: 02 本年收入合计 = Σ income sources; 03 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 +
 * 对附属单位补助; 04 (expense side) 合计 = 一般公共预算 + 政府性基金 + 国有资本经营; 05 / 08 小计 =
 * 基本 + 项目; 07 本年支出小计 = 基本 + 项目 and 年末结转和结余 = 年初 + 本年收入 − 本年支出.
 */
import type { LedgerRow, LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowLabel, tablesOf } from '../../src/ledger/lookup';
import { isBlank } from '../../src/ledger/check';
import { cellPart, hasColumn, refOf, reportSum, tableName, colName } from './util/check';

type M = 'columnNotSum' | 'balanceNotCarried';

interface Identity {
  total: string;
  /** Columns that must exist for the identity to be checked. */
  required: string[];
  /** Columns added when present (a template may drop an always-empty column). */
  optional: string[];
  /** Subtracted columns. */
  minus?: string[];
  messageId: M;
}

const sumOf = (total: string, required: string[], optional: string[] = []): Identity => ({ total, required, optional, messageId: 'columnNotSum' });

const IDENTITIES: Record<string, Identity[]> = {
  'final-02': [sumOf('total', [], ['fiscal', 'superior', 'business', 'operating', 'affiliate', 'other'])],
  'final-03': [sumOf('total', ['basic', 'project'], ['remit', 'operating', 'subsidy'])],
  'final-04': [sumOf('total', ['gpb'], ['fund', 'soe'])],
  'final-05': [sumOf('total', ['basic', 'project'])],
  'final-07': [
    sumOf('total', ['basic', 'project']),
    { total: 'carryOut', required: ['carryIn', 'income', 'total'], optional: [], minus: ['total'], messageId: 'balanceNotCarried' },
  ],
  'final-08': [sumOf('total', ['basic', 'project'])],
};

/**
 * 04 holds income lines in a single 'amount' column; only its expense side has the four columns.
 * Some templates print 年末结转和结余 as one figure with sub-lines below instead of split by
 * column: such a row (no component cell filled) is checked through its sub-lines elsewhere.
 */
function rowsOf(t: LedgerTable, components: string[]): LedgerRow[] {
  if (t.kind !== 'final-04') return t.rows;
  return t.rows.filter((r) => {
    if (!(r.side === 'expense' || (r.key ?? '').startsWith('expense.'))) return false;
    if (!(r.key ?? '').startsWith('expense.carryOut')) return true;
    return components.some((k) => !isBlank(r.cells.get(k)));
  });
}

function checkTable(t: LedgerTable, ids: Identity[], ctx: RuleContext<M>): void {
  const table = tableName(t);
  for (const id of ids) {
    const missing = [id.total, ...id.required].filter((k) => !hasColumn(t, k));
    const present = id.optional.filter((k) => hasColumn(t, k));
    if (missing.length || id.required.length + present.length === 0) {
      ctx.skip(`${table}：缺少列 ${missing.join('、') || '（分项列）'}，未核对「${id.total}」列的恒等式`);
      continue;
    }
    const plus = [...id.required, ...present].filter((k) => !(id.minus ?? []).includes(k));
    const minus = id.minus ?? [];
    const partsText = [
      plus.map((k) => colName(t, k)).join(' + '),
      ...minus.map((k) => colName(t, k)),
    ].join(' − ');
    for (const row of rowsOf(t, [...plus, ...minus])) {
      if (!row.cells.size) continue;
      reportSum(ctx, {
        messageId: id.messageId,
        data: { table, row: rowLabel(row), column: colName(t, id.total), parts: partsText },
        total: row.cells.get(id.total),
        at: refOf(row, id.total),
        parts: [
          ...plus.map((k) => cellPart(t, row, k)),
          ...minus.map((k) => ({ ...cellPart(t, row, k), sign: -1 as const })),
        ],
      });
    }
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/column-identity',
    family: 'sum',
    description: {
      zh: '同一行内合计列等于各组成列之和（公开02、03、04、05、07、08表）',
      en: 'Within a row, the total column equals its component columns (tables 02, 03, 04, 05, 07, 08)',
    },
    defaultSeverity: 'error',
    requiresAny: Object.keys(IDENTITIES),
    docs: {
      rationale: {
        zh: '本年收入合计按来源、本年支出合计按性质（基本、项目等）拆分，财政拨款支出按资金性质拆分；每一行的合计必须等于各列之和，政府性基金表的年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出。差 0.01 以内多为尾差。',
        en: 'Each row splits its total by source (income), by nature (basic / project …) or by fund; the total must equal the columns, and in the fund table 年末 = 年初 + 收入 − 支出. Differences within 0.01 are usually rounding tails.',
      },
      examples: {
        invalid: { zh: '公开03 201 本年支出合计 448.64，基本 224.15 + 项目 234.50 = 458.65', en: 'Table 03 row 201: total 448.64 but 224.15 + 234.50 = 458.65' },
        valid: { zh: '公开05 208 小计 27.44 = 基本 27.44 + 项目 0', en: 'Table 05 row 208: 27.44 = 27.44 + 0' },
      },
    },
    messages: {
      columnNotSum: {
        zh: '{{table}} {{row}}「{{column}}」{{actual}} 不等于 {{parts}} = {{expected}}',
        en: '{{table}} {{row}} [{{column}}] {{actual}} is not {{parts}} = {{expected}}',
      },
      balanceNotCarried: {
        zh: '{{table}} {{row}}「{{column}}」{{actual}} 不等于 {{parts}} = {{expected}}',
        en: '{{table}} {{row}} [{{column}}] {{actual}} is not carried forward correctly: {{parts}} = {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    for (const [kind, ids] of Object.entries(IDENTITIES)) for (const t of tablesOf(doc, kind)) checkTable(t, ids, ctx);
  },
});
