/**
 * @fileoverview cross/admin-cost — 公开10 机关运行经费 = 公开06 公用经费合计. 机关运行经费 is the
 * 公用经费 of 一般公共预算财政拨款 basic expenditure of 行政单位 and 参公 units. The 行政单位 row
 * is checked as an error; a figure only in the 参公 row is checked as a warning (the unit type,
 * and so which row applies, cannot be confirmed from the tables). Both rows blank: 事业单位 do not
 * report it, so the check is skipped (coverage says so).
 */
import { createRule } from '../../src/engine/rule';
import { isBlank } from '../../src/ledger/check';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { refOf, reportSum, tableName, unitsDiffer } from '../sum/util/check';

type M = 'adminCostMismatch' | 'civilCostMismatch';

export default createRule<M>({
  meta: {
    id: 'cross/admin-cost',
    family: 'cross',
    description: {
      zh: '机关运行经费（公开10）等于基本支出明细表（公开06）公用经费合计',
      en: 'Administrative running costs (table 10) equal public costs in table 06',
    },
    defaultSeverity: 'error',
    requires: ['final-06', 'final-10'],
    docs: {
      rationale: {
        zh: '机关运行经费是行政单位（含参照公务员法管理的事业单位）使用一般公共预算财政拨款安排的基本支出中的公用经费，应与公开06 公用经费合计一致。数字填在“参照公务员法管理事业单位”一行时只作提示（无法从表中确认单位类型）；两行都空（事业单位不填）则记录为未核对。',
        en: '机关运行经费 is the public-cost part of general-budget basic expenditure of administrative (and 参公) units and must equal table 06\'s 公用经费合计. A figure in the 参公 row is checked as a warning; both rows blank (other public institutions) is recorded as not checked.',
      },
      examples: {
        invalid: { zh: '公开10 机关运行经费（行政单位）71.02，公开06 公用经费合计 71.20', en: '71.02 vs 71.20' },
        valid: { zh: '公开10 机关运行经费（行政单位）71.20 = 公开06 公用经费合计 71.20', en: '71.20 in both tables' },
      },
    },
    messages: {
      adminCostMismatch: {
        zh: '{{table}}机关运行经费（行政单位）{{actual}} 与{{detail}}公用经费合计 {{expected}} 不一致',
        en: '{{table}} administrative running costs {{actual}} do not agree with public costs in {{detail}} {{expected}}',
      },
      civilCostMismatch: {
        zh: '{{table}}机关运行经费（参照公务员法管理事业单位）{{actual}} 与{{detail}}公用经费合计 {{expected}} 不一致',
        en: '{{table}} running costs (参公 units) {{actual}} do not agree with public costs in {{detail}} {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t06 = tableOf(doc, 'final-06');
    const t10 = tableOf(doc, 'final-10');
    if (!t06 || !t10 || unitsDiffer(ctx, t10, t06)) return;
    const pub = rowByKey(t06, 'public.total');
    const admin = rowByKey(t10, 'adminCost.admin');
    const civil = rowByKey(t10, 'adminCost.civil');
    if (!pub) {
      ctx.skip(`${tableName(t06)} 缺少公用经费合计行，未核对机关运行经费`);
      return;
    }
    const adminFilled = admin && !isBlank(admin.cells.get('amount'));
    const civilFilled = civil && !isBlank(civil.cells.get('amount'));
    const row = adminFilled ? admin : civilFilled ? civil : undefined;
    if (!row) {
      ctx.skip(`${tableName(t10)} 未填机关运行经费（非行政、参公单位不填），未与公用经费合计核对`);
      return;
    }
    reportSum(ctx, {
      messageId: adminFilled ? 'adminCostMismatch' : 'civilCostMismatch',
      data: { table: tableName(t10), detail: tableName(t06) },
      total: row.cells.get('amount'),
      at: refOf(row, 'amount'),
      parts: [{ label: `${tableName(t06)} ${pub.name}`, cell: pub.cells.get('amount') }],
      ...(adminFilled ? {} : { severity: 1 as const }),
    });
  },
});
