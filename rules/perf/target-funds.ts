/**
 * @fileoverview perf/target-funds — 项目绩效目标表: 预算数 = 财政资金 + 其他资金.
 */
import { createRule } from '../../src/engine/rule';
import { budgetNeeds } from '../sum/util/budget';
import { reportSum } from '../sum/util/check';
import { targetTables } from './utils/budget-targets';

type M = 'fundsNotSum';

export default createRule<M>({
  meta: {
    id: 'perf/target-funds',
    family: 'perf',
    description: { zh: '项目绩效目标表：预算数 = 财政资金 + 其他资金', en: 'Project performance target: budget = fiscal funds + other funds' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '绩效目标表的“预算规模”一栏中，预算数由财政资金和其他资金两部分组成，两者之和应等于预算数。',
        en: 'In a project’s performance target table the budget is made of fiscal and other funds; the two add up to the budget.',
      },
      examples: {
        invalid: { zh: '预算数 8.00，其中财政资金 6.00、其他资金空白', en: 'budget 8.00, fiscal 6.00, other blank' },
        valid: { zh: '预算数 8.00 = 财政资金 8.00 + 其他资金 0', en: 'budget 8.00 = fiscal 8.00 + other 0' },
      },
    },
    messages: {
      fundsNotSum: { zh: '{{project}} 绩效目标表：预算数 {{actual}} 不等于财政资金与其他资金之和 {{expected}}', en: '{{project}} target table: budget {{actual}} is not fiscal + other funds {{expected}}' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-perf-target'] })) return;
    for (const t of targetTables(doc)) {
      const f = t.funds;
      if (!f || !f.cells.has('fiscal')) continue;
      reportSum(ctx, { blankAsZero: true,
        messageId: 'fundsNotSum',
        data: { project: t.project },
        total: f.cells.get('budget'),
        at: f.ref,
        parts: [
          { label: '财政资金', cell: f.cells.get('fiscal') },
          { label: '其他资金', cell: f.cells.get('other') },
        ],
      });
    }
  },
});
