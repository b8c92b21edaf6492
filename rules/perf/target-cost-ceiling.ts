/**
 * @fileoverview perf/target-cost-ceiling — 项目绩效目标表: a 成本指标 stated as money (≤8万元, 不超过
 * 50000元) does not exceed the project's 预算数 (a warning: the indicator allows spending the budget
 * does not have).
 */
import { budgetNeeds } from '../sum/util/budget';
import { createRule } from '../../src/engine/rule';
import { fmt } from '../../src/ledger/decimal';
import { normaliseText, scanNumbers } from '../../src/text';
import { relatedCell, targetTables } from './utils/budget-targets';

type M = 'ceilingAboveBudget';

/** The first money figure of an indicator value (≤8万元, 不超过50,000元), read by the project's prose parser. */
const moneyOf = (text: string) => scanNumbers(normaliseText(text).text, '(亿元|万元|元)')[0];
const TO_WAN: Record<string, string> = { 亿元: '10000', 万元: '1', 元: '0.0001' };

export default createRule<M>({
  meta: {
    id: 'perf/target-cost-ceiling',
    family: 'perf',
    description: { zh: '成本指标的金额上限不应超过项目预算数', en: 'A cost indicator’s money ceiling does not exceed the project budget' },
    defaultSeverity: 'warn',
    docs: {
      rationale: {
        zh: '成本指标控制项目的支出，其金额上限高于预算数时，指标失去约束意义，或预算数、指标值有一处填错。',
        en: 'A cost indicator caps spending; a ceiling above the budget caps nothing, or one of the two figures is wrong.',
      },
      examples: {
        invalid: { zh: '预算数 4.80 万元，成本指标“≤48万元”', en: 'budget 4.80, cost indicator ≤48万元' },
        valid: { zh: '预算数 8.00 万元，成本指标“≤8万元”', en: 'budget 8.00, cost indicator ≤8万元' },
      },
    },
    messages: {
      ceilingAboveBudget: { zh: '{{project}} 成本指标“{{indicator}}”{{value}}（{{actual}}万元）高于项目预算数 {{expected}}万元', en: '{{project}} cost indicator “{{indicator}}” {{value}} ({{actual}} 万元) exceeds the project budget {{expected}} 万元' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-perf-target'] })) return;
    for (const t of targetTables(doc)) {
      const budget = t.funds?.cells.get('budget');
      if (!budget || budget.value === null) continue;
      for (const r of t.indicators) {
        const isCost = /成本/.test(r.cells.get('l1')?.raw ?? '') || /成本/.test(r.cells.get('l2')?.raw ?? '');
        const v = r.cells.get('value');
        const m = v ? moneyOf(v.raw) : undefined;
        if (!isCost || !v || !m) continue;
        const wan = m.value.times(TO_WAN[m.unit]);
        if (wan.lte(budget.value)) continue;
        const expected = fmt(budget.value, budget.decimals);
        ctx.report({
          messageId: 'ceilingAboveBudget',
          data: { project: t.project, indicator: r.name, value: v.raw, actual: wan.toFixed(), expected },
          at: v.ref,
          actual: wan.toFixed(),
          expected,
          related: [relatedCell('预算数', budget.ref, expected)],
        });
      }
    }
  },
});
