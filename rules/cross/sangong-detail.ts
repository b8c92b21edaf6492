/**
 * @fileoverview cross/sangong-detail — 公开09 三公 决算数 against the matching economic items of
 * 公开06: 因公出国（境）费 ≥ 30212, 公务接待费 ≥ 30217, 公务用车运行维护费 ≥ 30231, 公务用车购置费 ≥
 * 31013 + 30913. One-sided on purpose: 09 counts every 财政拨款 source (基本 and 项目, this year and
 * carried over), 06 only 一般公共预算 basic expenditure, so 06 < 09 is normal (seed 000: 接待 0.05 in
 * 09, 30217 blank in 06). Only 06 > 09 is flagged, as a warning (coding in 06 may differ).
 */
import type { LedgerRow } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { rowByCode, rowByKey, rowLabel, tableOf } from '../../src/ledger/lookup';
import { FINAL_09_COLUMNS } from '../../src/ledger/table-kinds';
import { hasColumn, refOf, reportSum, tableName, type Part, unitsDiffer } from '../sum/util/check';

type M = 'detailExceedsSangong';

const ITEMS: [keyof typeof FINAL_09_COLUMNS, string[]][] = [
  ['final.abroad', ['30212']],
  ['final.reception', ['30217']],
  ['final.carRun', ['30231']],
  ['final.carBuy', ['31013', '30913']],
];

export default createRule<M>({
  meta: {
    id: 'cross/sangong-detail',
    family: 'cross',
    description: {
      zh: '基本支出明细表（公开06）三公相关科目不大于三公经费表（公开09）决算数',
      en: 'The 三公 items of table 06 do not exceed the final 三公 figures of table 09',
    },
    defaultSeverity: 'warn',
    requires: ['final-06', 'final-09'],
    docs: {
      rationale: {
        zh: '公开09 决算数包括基本支出和项目支出、当年财政拨款和以前年度结转资金，公开06 只含一般公共预算财政拨款基本支出，所以 06 的因公出国（境）费用、公务接待费、公务用车运行维护费、公务用车购置不应大于 09 对应数；小于是正常的，只在大于时提示。',
        en: 'Table 09 counts all appropriation spending (basic and project, this year and carried over); table 06 only general-budget basic spending. So 06 may be smaller than 09 but should not be larger; only that is flagged, as a warning.',
      },
      examples: {
        invalid: { zh: '公开06 30217 公务接待费 0.35，公开09 决算数 公务接待费 0.05', en: '30217 0.35 in table 06 vs 0.05 in table 09' },
        valid: { zh: '公开09 公务接待费 0.05，公开06 30217 为空（项目支出中列支）', en: 'Table 09 0.05, table 06 blank (paid from project funds)' },
      },
    },
    messages: {
      detailExceedsSangong: {
        zh: '{{table}}决算数「{{column}}」{{actual}} 小于{{detail}} {{items}} 合计 {{expected}}',
        en: '{{table}} final [{{column}}] {{actual}} is less than {{items}} in {{detail}}: {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t06 = tableOf(doc, 'final-06');
    const t09 = tableOf(doc, 'final-09');
    if (!t06 || !t09 || unitsDiffer(ctx, t09, t06)) return;
    const row = rowByKey(t09, 'sangong') ?? (t09.rows.length === 1 ? t09.rows[0] : undefined);
    if (!row) {
      ctx.skip(`${tableName(t09)}：${t09.empty ? '本表无数据' : '找不到三公经费数据行'}`);
      return;
    }
    for (const [col, codes] of ITEMS) {
      const items = codes.map((c) => rowByCode(t06, c)).filter((r): r is LedgerRow => !!r);
      if (!hasColumn(t09, col) || !items.length) continue;
      reportSum(ctx, {
        messageId: 'detailExceedsSangong',
        data: { table: tableName(t09), column: FINAL_09_COLUMNS[col].replace(/^决算数 /, ''), detail: tableName(t06), items: items.map(rowLabel).join(' + ') },
        total: row.cells.get(col),
        at: refOf(row, col),
        parts: items.map((r): Part => ({ label: `${tableName(t06)} ${rowLabel(r)}`, cell: r.cells.get('amount') })),
        onlyIf: 'statedLess',
      });
    }
  },
});
