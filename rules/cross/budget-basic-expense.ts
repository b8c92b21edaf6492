/**
 * @fileoverview cross/budget-basic-expense — 基本支出表 against the expense tables: 一般公共预算支出表
 * 合计「基本支出」= 基本支出表 合计 (人员经费 + 公用经费); 支出总表 合计「基本支出」= the same (an error when
 * the whole budget is 一般公共预算 money, a warning otherwise: other funds may pay basic expenses too).
 */
import { createRule } from '../../src/engine/rule';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { checkSame } from '../../src/ledger/check';
import { budgetNeeds } from '../sum/util/budget';
import { cellPart, reportSum, tableName } from '../sum/util/check';

type M = 'basicDiffers';

export default createRule<M>({
  meta: {
    id: 'cross/budget-basic-expense',
    family: 'cross',
    description: { zh: '支出表“基本支出”合计 = 基本支出表 人员经费 + 公用经费', en: 'Basic expense in the expense tables = personnel + public costs of the basic-expense table' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '基本支出由人员经费和公用经费组成，基本支出表按经济分类展开一般公共预算的基本支出：其合计应等于一般公共预算支出表和支出总表的基本支出合计。',
        en: 'Basic expense is personnel plus public costs; the basic-expense table details the general-budget basic expense, which must match the expense tables.',
      },
      examples: {
        invalid: { zh: '支出总表 基本支出 73.32，基本支出表 人员 64.37 + 公用 8.59 = 72.96', en: 'expense table basic 73.32, basic table 64.37 + 8.59 = 72.96' },
        valid: { zh: '基本支出 73.32 = 64.37 + 8.95', en: 'basic 73.32 = 64.37 + 8.95' },
      },
    },
    messages: {
      basicDiffers: { zh: '{{table}} 合计「基本支出」{{actual}} 不等于{{other}}人员经费与公用经费之和 {{expected}}', en: '{{table}} total basic expense {{actual}} is not personnel + public costs in {{other}} {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-gpb-basic'], any: ['budget-gpb-expense', 'budget-expense'] })) return;
    const b = tableOf(doc, 'budget-gpb-basic');
    const bTotal = rowByKey(b, 'total');
    if (!b || !bTotal) return;
    const other = tableName(b);
    const parts = [cellPart(b, bTotal, 'personnel', '人员经费'), cellPart(b, bTotal, 'public', '公用经费')];
    const gpb = tableOf(doc, 'budget-gpb-expense');
    const gTotal = rowByKey(gpb, 'total');
    if (gpb && gTotal) reportSum(ctx, { blankAsZero: true, messageId: 'basicDiffers', data: { table: tableName(gpb), other }, total: gTotal.cells.get('basic'), at: gTotal.ref, parts });
    const ex = tableOf(doc, 'budget-expense');
    const eTotal = rowByKey(ex, 'total');
    if (!ex || !eTotal) return;
    const allGpb = gTotal ? checkSame(eTotal.cells.get('total'), gTotal.cells.get('total')).kind !== 'error' : false;
    reportSum(ctx, { blankAsZero: true, messageId: 'basicDiffers', data: { table: tableName(ex), other }, total: eTotal.cells.get('basic'), at: eTotal.ref, parts, ...(allGpb ? {} : { severity: 1 as const }) });
  },
});
