/**
 * @fileoverview perf/actual-over-spent — an indicator whose actual is a sum of money larger than what
 * the project actually spent (全年执行数), e.g. a cost "≤59万元" achieved with nothing paid.
 */
import { createRule } from '../../src/engine/rule';
import { D } from '../../src/ledger/decimal';
import { moneyWan, parseFigure } from './utils/targets';
import { fundsOrSkip, related, scoredTables, totalFund } from './utils/scored';

export default createRule<'actualOverSpent'>({
  meta: {
    id: 'perf/actual-over-spent',
    family: 'perf',
    description: { zh: '指标实际完成金额超过项目实际支出', en: 'An indicator\'s actual amount exceeds the money spent' },
    defaultSeverity: 'warn',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '实际完成值中的金额不可能超过项目全年执行数；常见于照抄指标值（执行数为 0 却填“≤59万元”）。',
        en: 'No actual amount can exceed the year\'s execution; it usually means the target was copied (nothing paid, actual "≤59万元").',
      },
      examples: {
        invalid: { zh: '全年执行数 0，成本指标实际完成值 ≤40万元', en: 'Executed 0, cost actual ≤40万元' },
        valid: { zh: '全年执行数 3.43，实际完成值 ≤3.43万元', en: 'Executed 3.43, actual ≤3.43万元' },
      },
    },
    messages: {
      actualOverSpent: {
        zh: '“{{project}}”“{{indicator}}”实际完成值 {{actualText}} 超过全年执行数 {{executed}} 万元',
        en: '"{{project}}" "{{indicator}}": actual {{actualText}} exceeds the {{executed}} 万元 executed',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      if (!fundsOrSkip(t, ctx, { zh: '实际支出与预算', en: 'spending against the budget' })) continue;
      const fund = totalFund(t);
      const executed = fund?.executed;
      if (!executed || executed.value === null || t.unit !== '万元') continue;
      for (const ind of t.indicators) {
        const amount = moneyWan(parseFigure(ind.actual));
        if (!amount) continue;
        // Printed 万元 figures are rounded: 4.91 against 4.915 is not an excess.
        const slack = executed.value.plus(new D(10).pow(-Math.max(executed.decimals, 2)));
        if (!amount.gt(slack)) continue;
        ctx.report({
          messageId: 'actualOverSpent',
          data: { project: t.label, indicator: ind.name, actualText: ind.actual, executed: executed.raw },
          at: ind.actualRef ?? ind.ref,
          related: related('全年执行数', executed),
          uses: [executed, ind.weight],
          actual: amount.toFixed(),
          expected: executed.value.toFixed(),
        });
      }
    }
  },
});
