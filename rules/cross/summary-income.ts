/**
 * @fileoverview cross/summary-income — 公开01 收入支出决算总表 ↔ 公开02 收入决算表: the income lines of
 * 01 are the 合计 row of 02: 本年收入合计 = 02 本年收入合计; 一般公共预算 + 政府性基金 + 国有资本经营
 * 财政拨款收入 = 02 财政拨款收入; 上级补助 / 事业 / 经营 / 附属单位上缴 / 其他收入 = the 02 columns.
 */
import type { LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { cellPart, hasColumn, refOf, reportSum, tableName, type Part, colName, unitsDiffer } from '../sum/util/check';

type M = 'incomeMismatch' | 'fiscalNotSum';

/** 01 income lines (summed) ↔ 02 合计 column. */
const PAIRS: [string[], string][] = [
  [['income.total'], 'total'],
  [['income.gpb', 'income.fund', 'income.soe'], 'fiscal'],
  [['income.superior'], 'superior'],
  [['income.business'], 'business'],
  [['income.operating'], 'operating'],
  [['income.affiliate'], 'affiliate'],
  [['income.other'], 'other'],
];

function check(ctx: RuleContext<M>, t01: LedgerTable, t02: LedgerTable): void {
  const total02 = rowByKey(t02, 'total');
  if (!total02) {
    ctx.skip(`${tableName(t02)}：找不到合计行，未与${tableName(t01)}核对`);
    return;
  }
  for (const [keys, col] of PAIRS) {
    const rows = keys.map((k) => rowByKey(t01, k)).filter((r) => r !== undefined);
    if (!hasColumn(t02, col) || !rows.length) {
      ctx.skip(`${!rows.length ? `${tableName(t01)} 缺少「${keys.join('、')}」行` : `${tableName(t02)} 缺少「${col}」列`}，未核对该项收入`);
      continue;
    }
    const lines = rows.map((r) => r.name).join(' + ');
    if (keys.length === 1) {
      // One line ↔ one cell: the 01 figure is stated, the 02 合计 cell is the reference.
      reportSum(ctx, {
        messageId: 'incomeMismatch',
        data: { line: lines, column: colName(t02, col) },
        total: rows[0].cells.get('amount'),
        at: refOf(rows[0], 'amount'),
        parts: [cellPart(t02, total02, col, `${tableName(t02)} 合计「${colName(t02, col)}」`)],
      });
    } else {
      // Several 01 lines ↔ one 02 column: the 02 cell is stated, the 01 lines add up to it.
      reportSum(ctx, {
        messageId: 'fiscalNotSum',
        data: { line: lines, column: colName(t02, col) },
        total: total02.cells.get(col),
        at: refOf(total02, col),
        parts: rows.map((r): Part => ({ label: `${tableName(t01)} ${r.name}`, cell: r.cells.get('amount') })),
      });
    }
  }
}

export default createRule<M>({
  meta: {
    id: 'cross/summary-income',
    family: 'cross',
    description: {
      zh: '收入支出决算总表（公开01）各项收入与收入决算表（公开02）合计行一致',
      en: 'Income lines of table 01 agree with the 合计 row of table 02',
    },
    defaultSeverity: 'error',
    requires: ['final-01', 'final-02'],
    docs: {
      rationale: {
        zh: '公开01 的本年收入及各收入来源由公开02 按来源汇总而来，两表同一口径的数字必须一致；财政拨款收入等于一般公共预算、政府性基金、国有资本经营预算三类财政拨款收入之和。',
        en: 'Table 01 summarises table 02 by source; the same figure must agree, and 财政拨款收入 equals the three kinds of fiscal appropriation income.',
      },
      examples: {
        invalid: { zh: '公开01 本年收入合计 465.34，公开02 合计 本年收入合计 456.34', en: 'Table 01 income total 465.34, table 02 total 456.34' },
        valid: { zh: '公开01 一般公共预算财政拨款收入 465.34 = 公开02 合计 财政拨款收入 465.34', en: '465.34 in both tables' },
      },
    },
    messages: {
      incomeMismatch: {
        zh: '{{line}} {{actual}} 与收入决算表合计「{{column}}」{{expected}} 不一致',
        en: '{{line}} {{actual}} does not agree with the income table total [{{column}}] {{expected}}',
      },
      fiscalNotSum: {
        zh: '收入决算表合计「{{column}}」{{actual}} 不等于总表 {{line}} 之和 {{expected}}',
        en: 'Income table total [{{column}}] {{actual}} is not the sum of the summary lines {{line}}: {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t01 = tableOf(doc, 'final-01');
    const t02 = tableOf(doc, 'final-02');
    if (t01 && t02 && !unitsDiffer(ctx, t01, t02)) check(ctx, t01, t02);
  },
});
