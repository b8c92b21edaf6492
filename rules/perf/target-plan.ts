/**
 * @fileoverview perf/target-plan — 项目绩效目标表 资金支出计划 (%): cumulative by quarter, so each figure
 * is at least the one before, and the last (12月底) is 100 %.
 */
import type { Cell } from '../../src/types';
import { budgetNeeds } from '../sum/util/budget';
import { createRule } from '../../src/engine/rule';
import { fmt } from '../../src/ledger/decimal';
import { relatedCell, targetTables } from './utils/budget-targets';

type M = 'planFalls' | 'planNotFull';

export default createRule<M>({
  meta: {
    id: 'perf/target-plan',
    family: 'perf',
    description: { zh: '资金支出计划按季度累计递增，年末达到 100%', en: 'The quarterly spending plan is cumulative: it never falls and reaches 100 % at year end' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '资金支出计划填的是截至各时点的累计支出进度（3月底、6月底、10月底、12月底），后一期不能低于前一期，年底应支出完毕即 100%。',
        en: 'The spending plan gives cumulative progress at each date; a later figure cannot be lower, and the year ends at 100 %.',
      },
      examples: {
        invalid: { zh: '25%、50%、45%、100%（10月底低于6月底）；25%、50%、75%、90%', en: '25, 50, 45, 100 (falls); 25, 50, 75, 90 (not 100)' },
        valid: { zh: '25%、50%、75%、100%', en: '25, 50, 75, 100' },
      },
    },
    messages: {
      planFalls: { zh: '{{project}} 资金支出计划第{{n}}期 {{actual}}% 低于上一期 {{expected}}%（应为累计进度）', en: '{{project}} spending plan period {{n}} {{actual}} % is below the previous {{expected}} % (cumulative)' },
      planNotFull: { zh: '{{project}} 资金支出计划年末进度 {{actual}}%，应为 {{expected}}%', en: '{{project}} spending plan ends at {{actual}} %, expected {{expected}} %' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-perf-target'] })) return;
    for (const t of targetTables(doc)) {
      const cells = ['q1', 'q2', 'q3', 'q4'].map((k) => t.plan?.cells.get(k)).filter((c): c is Cell => !!c && c.value !== null);
      if (!t.plan || cells.length < 2) continue;
      for (let i = 1; i < cells.length; i++) {
        const [prev, cur] = [cells[i - 1], cells[i]];
        if (!cur.value || !prev.value || cur.value.gte(prev.value)) continue;
        const actual = fmt(cur.value, cur.decimals);
        const expected = fmt(prev.value, prev.decimals);
        ctx.report({ messageId: 'planFalls', data: { project: t.project, n: i + 1, actual, expected }, at: cur.ref, actual, expected, related: [relatedCell('上一期', prev.ref, expected)] });
      }
      const last = cells[cells.length - 1];
      if (last.value && !last.value.eq(100)) {
        const actual = fmt(last.value, last.decimals);
        ctx.report({ messageId: 'planNotFull', data: { project: t.project, actual, expected: '100' }, at: last.ref, actual, expected: '100' });
      }
    }
  },
});
