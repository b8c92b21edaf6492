/**
 * @fileoverview cross/basic-expense-detail — 公开05 合计「基本支出」 = 公开06 人员经费合计 + 公用经费合计:
 * table 06 itemises exactly the 一般公共预算财政拨款 basic expenditure of table 05.
 */
import { createRule } from '../../src/engine/rule';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { refOf, reportSum, tableName, type Part, unitsDiffer } from '../sum/util/check';

type M = 'basicNotDetail';

export default createRule<M>({
  meta: {
    id: 'cross/basic-expense-detail',
    family: 'cross',
    description: {
      zh: '一般公共预算财政拨款基本支出（公开05 合计）= 基本支出明细表（公开06）人员经费合计 + 公用经费合计',
      en: 'Basic expenditure in table 05 equals personnel plus public costs in table 06',
    },
    defaultSeverity: 'error',
    requires: ['final-05', 'final-06'],
    docs: {
      rationale: {
        zh: '公开06 按经济分类列示的正是公开05 中一般公共预算财政拨款的基本支出，人员经费与公用经费之和必须等于公开05 合计行的基本支出。',
        en: 'Table 06 itemises, by economic class, exactly the basic expenditure of table 05; personnel plus public costs must equal it.',
      },
      examples: {
        invalid: { zh: '公开05 基本支出 278.49，公开06 人员经费 207.29 + 公用经费 61.20 = 268.49', en: '278.49 vs 207.29 + 61.20 = 268.49' },
        valid: { zh: '公开05 基本支出 278.49 = 公开06 人员经费 207.29 + 公用经费 71.20', en: '278.49 = 207.29 + 71.20' },
      },
    },
    messages: {
      basicNotDetail: {
        zh: '{{table}}合计「基本支出」{{actual}} 不等于{{detail}}人员经费合计 + 公用经费合计 {{expected}}',
        en: '{{table}} basic expenditure {{actual}} is not personnel + public costs of {{detail}}: {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t05 = tableOf(doc, 'final-05');
    const t06 = tableOf(doc, 'final-06');
    if (!t05 || !t06 || unitsDiffer(ctx, t05, t06)) return;
    const total = rowByKey(t05, 'total');
    const parts = ['personnel.total', 'public.total'].map((k) => rowByKey(t06, k));
    if (!total || parts.some((r) => !r)) {
      ctx.skip(`${!total ? `${tableName(t05)} 缺少合计行` : `${tableName(t06)} 缺少人员经费合计或公用经费合计行`}，未核对基本支出`);
      return;
    }
    reportSum(ctx, {
      messageId: 'basicNotDetail',
      data: { table: tableName(t05), detail: tableName(t06) },
      total: total.cells.get('basic'),
      at: refOf(total, 'basic'),
      parts: parts.map((r): Part => ({ label: `${tableName(t06)} ${r!.name}`, cell: r!.cells.get('amount') })),
    });
  },
});
