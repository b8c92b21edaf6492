/**
 * @fileoverview perf/exec-rate — 执行率 = 全年执行数 / 全年预算数, on every fund row that prints all three.
 */
import { createRule } from '../../src/engine/rule';
import { checkRatio, verdictFields } from '../../src/ledger/check';
import { related, sameFigures, fundsOrSkip, scoredTables } from './utils/scored';

export default createRule<'rateMismatch'>({
  meta: {
    id: 'perf/exec-rate',
    family: 'perf',
    description: { zh: '执行率应等于全年执行数 ÷ 全年预算数', en: 'Execution rate must equal executed ÷ full-year budget' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '绩效自评表的执行率由全年执行数除以全年预算数得出，执行率得分又由它算出。按打印精度的区间比较：区间重叠为尾差（警告），不重叠才是错误。',
        en: 'The execution rate is executed ÷ full-year budget and drives the execution score. Compared with rounding intervals: overlap is a tail (warning), no overlap an error.',
      },
      examples: {
        invalid: { zh: '全年预算数 5.37，全年执行数 3.973，执行率 79.30 → 应为 73.99', en: 'Budget 5.37, executed 3.973, rate 79.30 → expected 73.99' },
        valid: { zh: '全年预算数 10，全年执行数 9.772，执行率 97.72', en: 'Budget 10, executed 9.772, rate 97.72' },
      },
    },
    messages: {
      rateMismatch: {
        zh: '“{{project}}”{{row}}执行率 {{stated}}% 与全年执行数 {{executed}} ÷ 全年预算数 {{full}} = {{computed}}% 不符',
        en: '"{{project}}" {{row}}: rate {{stated}}% differs from executed {{executed}} ÷ budget {{full}} = {{computed}}%',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      if (!fundsOrSkip(t, ctx, { zh: '执行率', en: 'the execution rate' })) continue;
      const total = t.funds.find((f) => f.kind === 'total');
      for (const f of t.funds) {
        if (f !== total && total && sameFigures(f, total)) continue; // a lone source row repeating the total
        if (!f.rate || f.rate.value === null || !f.executed || f.executed.value === null || !f.full || f.full.value === null) continue;
        const v = checkRatio(f.rate, f.executed, f.full, { tolerance: ctx.tolerance });
        if (!v || v.kind === 'equal') continue;
        ctx.report({
          messageId: 'rateMismatch',
          data: { project: t.label, row: f.label, stated: v.actual, executed: f.executed.raw, full: f.full.raw, computed: v.expected },
          at: f.rate.ref,
          related: [...related('全年执行数', f.executed), ...related('全年预算数', f.full)],
          uses: [f.rate, f.executed, f.full],
          ...verdictFields(v),
        });
      }
    }
  },
});
