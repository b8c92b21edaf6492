/**
 * @fileoverview perf/dept-basics — 部门整体支出绩效评价基础数据表: 三公 = 公车 + 出国 + 接待, 公车 = 购置 +
 * 运维, 控制率 = 实际在职 ÷ 编制; and its 项目支出 against the 整体支出绩效自评表.
 */
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkRatio, checkSum, verdictFields } from '../../src/ledger/check';
import { related } from './utils/scored';

const COLUMNS: Record<string, string> = { prior: '上年决算数', budget: '预算数', final: '决算数' };
const SUMS: [string, string[], string][] = [
  ['sangong.total', ['sangong.car', 'sangong.abroad', 'sangong.reception'], '三公经费'],
  ['sangong.car', ['sangong.car.purchase', 'sangong.car.running'], '公务用车购置和维护经费'],
];

export default createRule<'sumMismatch' | 'rateMismatch' | 'projectMismatch' | 'projectUnspent'>({
  meta: {
    id: 'perf/dept-basics',
    family: 'perf',
    description: { zh: '基础数据表内部勾稽及与自评表一致', en: 'Basic data table sums, and agreement with the self-evaluation' },
    defaultSeverity: 'error',
    requires: ['deptEvaluations'],
    docs: {
      rationale: {
        zh: '基础数据表的三公经费应为公车、出国、接待之和，公车经费为购置与运维之和，人员控制率为实际在职人数除以编制数；其项目支出应与自评表一致——自评表称全年执行率 100% 时，项目预算不应大于项目决算。',
        en: 'In the basic data table 三公 = car + abroad + reception, car = purchase + running, control rate = staff ÷ quota; its project spending must agree with the self-evaluation, which cannot claim 100 % execution while the project budget exceeds the spending.',
      },
      examples: {
        invalid: { zh: '自评表全年预算数 = 全年执行数 251.06（100%），基础数据表项目支出预算 42、决算 37.44', en: 'Self-evaluation 251.06 budget = executed (100 %), basic data project budget 42, final 37.44' },
        valid: { zh: '三公经费预算 0.30 = 公车 0 + 出国 0 + 接待 0.30', en: '三公 budget 0.30 = car 0 + abroad 0 + reception 0.30' },
      },
    },
    messages: {
      sumMismatch: { zh: '基础数据表{{row}}{{column}} {{stated}} 不等于明细之和 {{sum}}', en: 'Basic data {{row}} {{column}} {{stated}} is not the sum of its items ({{sum}})' },
      rateMismatch: { zh: '基础数据表控制率 {{stated}}% 与实际在职 {{actualStaff}} ÷ 编制 {{quota}} = {{computed}}% 不符', en: 'Control rate {{stated}}% differs from staff {{actualStaff}} ÷ quota {{quota}} = {{computed}}%' },
      projectMismatch: { zh: '基础数据表项目支出决算 {{stated}} 与自评表项目支出 {{selfEval}} 不符', en: 'Basic data project spending {{stated}} differs from the self-evaluation\'s {{selfEval}}' },
      projectUnspent: {
        zh: '自评表全年执行率 {{rate}}%（全年预算数 {{full}} = 全年执行数 {{executed}}），基础数据表项目支出预算却为 {{stated}}、决算 {{final}}',
        en: 'The self-evaluation executes {{rate}}% (budget {{full}} = executed {{executed}}), yet the basic data project budget is {{stated}} against {{final}} spent',
      },
    },
  },
  check(doc, ctx) {
    const opts = { tolerance: ctx.tolerance };
    for (const d of doc.deptEvaluations) {
      const b = d.basics;
      const get = (k: string): Cell | undefined => b.get(k);
      for (const [total, parts, label] of SUMS) {
        for (const col of Object.keys(COLUMNS)) {
          const stated = get(`${total}.${col}`);
          const cells = parts.map((p) => get(`${p}.${col}`)).filter((c): c is Cell => !!c && c.value !== null);
          if (!stated || stated.value === null || !cells.length) continue;
          const v = checkSum(stated, cells, opts);
          if (v.kind === 'equal') continue;
          ctx.report({ messageId: 'sumMismatch', data: { row: label, column: COLUMNS[col], stated: v.actual, sum: v.expected }, at: stated.ref, related: cells.flatMap((c) => related('明细', c)), ...verdictFields(v) });
        }
      }
      const rate = get('staff.rate');
      const v = checkRatio(rate, get('staff.actual'), get('staff.quota'), opts);
      if (rate && v && v.kind !== 'equal') {
        ctx.report({ messageId: 'rateMismatch', data: { stated: v.actual, actualStaff: get('staff.actual')!.raw, quota: get('staff.quota')!.raw, computed: v.expected }, at: rate.ref, ...verdictFields(v) });
      }
      const final = get('project.total.final');
      const selfEval = d.composition?.get('expense.project');
      if (final?.value != null && selfEval?.value != null) {
        const p = checkSum(final, [selfEval], opts);
        if (p.kind !== 'equal') ctx.report({ messageId: 'projectMismatch', data: { stated: p.actual, selfEval: selfEval.raw }, at: final.ref, related: related('自评表项目支出', selfEval), uses: [final, selfEval], actual: p.actual, expected: p.expected, ...(p.kind === 'tail' ? { tail: true } : {}) });
      }
      const budget = get('project.total.budget');
      const total = d.funds?.find((f) => f.kind === 'total');
      if (budget?.value != null && final?.value != null && total?.full?.value && total.executed?.value && total.executed.value.gte(total.full.value) && budget.value.gt(final.value)) {
        ctx.report({
          messageId: 'projectUnspent',
          data: { rate: total.rate?.value?.toFixed() ?? '100', full: total.full.raw, executed: total.executed.raw, stated: budget.raw, final: final.raw },
          at: budget.ref,
          related: [...related('全年预算数', total.full), ...related('全年执行数', total.executed), ...related('项目支出决算', final)],
          uses: [budget, final, total.full, total.executed],
          actual: budget.value.toFixed(),
          expected: final.value.toFixed(),
        });
      }
    }
  },
});
