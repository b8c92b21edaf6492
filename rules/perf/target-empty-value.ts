/**
 * @fileoverview perf/target-empty-value — 项目绩效目标表: every 三级指标 states its 指标值.
 */
import { budgetNeeds } from '../sum/util/budget';
import { createRule } from '../../src/engine/rule';
import { targetTables } from './utils/budget-targets';

type M = 'emptyValue';

export default createRule<M>({
  meta: {
    id: 'perf/target-empty-value',
    family: 'perf',
    description: { zh: '绩效目标表的每个三级指标都应填写指标值', en: 'Every indicator of a performance target table states its target value' },
    defaultSeverity: 'warn',
    docs: {
      rationale: {
        zh: '没有指标值的绩效指标无法在年终自评时衡量完成情况，属于目标编制不完整。',
        en: 'An indicator without a target value cannot be assessed at year end; the target setting is incomplete.',
      },
      examples: {
        invalid: { zh: '三级指标“网民满意度”，指标值空白', en: 'indicator 网民满意度 with a blank target' },
        valid: { zh: '三级指标“网民满意度”，指标值 ≥95%', en: 'indicator 网民满意度, target ≥95%' },
      },
    },
    messages: {
      emptyValue: { zh: '{{project}} 绩效目标表：{{l1}}/{{l2}}“{{indicator}}”未填写指标值', en: '{{project}} target table: indicator “{{indicator}}” ({{l1}}/{{l2}}) has no target value' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-perf-target'] })) return;
    for (const t of targetTables(doc)) {
      for (const r of t.indicators) {
        const v = r.cells.get('value');
        if (v && v.raw.trim() !== '') continue;
        ctx.report({ messageId: 'emptyValue', data: { project: t.project, indicator: r.name, l1: r.cells.get('l1')?.raw || '—', l2: r.cells.get('l2')?.raw || '—' }, at: v?.ref ?? r.ref });
      }
    }
  },
});
