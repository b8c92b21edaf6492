/**
 * @fileoverview narrative/project-sum — the amount the narrative gives for the projects it counts
 * (“对11个项目开展了绩效自评，涉及金额244.37万元”) equals the sum over the attached self-evaluation
 * tables (Σ 全年预算数, or Σ 全年执行数 where the words say 执行 / 支出).
 */
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkSum, intervalOf, verdict, verdictFields } from '../../src/ledger/check';
import { D } from '../../src/ledger/decimal';
import { scale, sum } from '../../src/ledger/interval';
import type { ProjectCountClaim } from '../../src/narrative/claim-types';
import { toWan } from '../../src/narrative/numbers';
import { wanNumber } from '../../src/narrative/arith';
import { claimsOf, readingUse } from './util';

export default createRule<'sumMismatch' | 'executionAsBudget' | 'averageMismatch'>({
  meta: {
    id: 'narrative/project-sum',
    family: 'narrative',
    description: { zh: '说明中自评项目的涉及金额应等于所附自评表全年预算数之和', en: 'The amount given for the evaluated projects equals the sum over the attached self-evaluation tables' },
    defaultSeverity: 'error',
    requires: ['claims', 'evaluations'],
    docs: {
      rationale: {
        zh: '“对11个项目开展了绩效自评，涉及金额244.37万元”中的金额应是这些项目自评表全年预算数之和（写“执行”“支出”时为全年执行数之和），“平均得分99.33分”应是各表总分的平均。只有所称自评项目个数等于所附自评表张数、且每张表都读到该数时才比较：项目个数不同，金额本就不可比。只写“资金”而未写“涉及”“预算”“执行”时，按全年预算数比较，结果只作警告。所称预算金额恰为各表全年执行数之和时（项目自评汇总分析报告常把项目支出决算当作预算），报告中指明这一点。',
        en: 'In “11 projects evaluated, 涉及金额244.37万元” the amount is the sum of those projects’ full-year budgets (of their execution where the words say 执行 / 支出), and a 平均得分 the mean of their 总分. It is compared only when the count stated equals the attached tables and every table prints the figure: with another count the amounts are not comparable. A bare 资金 is read as the budget and gives a warning at most. A budget figure that is exactly the sum of the tables’ execution (a 汇总分析报告 giving the 项目支出 决算 as its 预算) is reported as such.',
      },
      examples: {
        invalid: { zh: '“对11个项目开展了绩效自评，涉及金额300.5万元”，11张自评表全年预算数合计244.37', en: '“11 projects, 涉及金额300.5万元” while their tables’ budgets sum to 244.37' },
        valid: { zh: '“对11个项目开展了绩效自评，涉及金额244.37万元”', en: '“11 projects, 涉及金额244.37万元” matching the tables' },
      },
    },
    messages: {
      averageMismatch: {
        zh: '说明称{{count}}个项目平均得分{{stated}}分，所附{{tables}}张自评表总分的平均为{{expected}}分',
        en: 'The narrative gives a mean score of {{stated}} for the {{count}} projects; the {{tables}} attached tables’ 总分 average {{expected}}',
      },
      executionAsBudget: {
        zh: '说明称{{count}}个项目{{words}}{{stated}}，所附{{tables}}张自评表全年预算数合计{{expected}}万元；所称金额是全年执行数之和（{{executed}}万元），把项目支出决算当成了预算',
        en: 'The narrative gives “{{words}}” {{stated}} for the {{count}} projects; the {{tables}} attached tables’ full-year budgets add up to {{expected}} (万元) — the figure stated is the sum of their execution ({{executed}}), the 决算 given as the 预算',
      },
      sumMismatch: {
        zh: '说明称{{count}}个项目{{words}}{{stated}}，所附{{tables}}张自评表{{field}}合计{{expected}}万元',
        en: 'The narrative gives “{{words}}” {{stated}} for the {{count}} projects; the {{tables}} attached tables’ {{field}} add up to {{expected}} (万元)',
      },
    },
  },
  check(doc, ctx) {
    const evals = doc.evaluations;
    /** The mean of the tables' 总分 against the stated 平均得分: Σ总分 ÷ n, at the stated precision. */
    const averageOf = (c: ProjectCountClaim): void => {
      const totals = evals.map((e) => e.total!);
      const n = new D(evals.length);
      const mean = totals.reduce((s, t) => s.plus(t.value!), new D(0)).div(n);
      const v = verdict(c.average!, mean, () => scale(sum(totals.map((t) => intervalOf(t, { tolerance: ctx.tolerance }))), new D(1).div(n)), c.average!.decimals, { tolerance: ctx.tolerance, truncationIsTail: true });
      ctx.checked();
      if (v.kind === 'equal') return;
      ctx.report({
        messageId: 'averageMismatch',
        data: { count: evals.length, stated: c.average!.raw.replace(/分$/, ''), tables: evals.length, expected: v.expected },
        at: c.average!.ref,
        related: evals.map((e) => ({ label: `${e.name} · 总分`, file: e.source.file, sheet: e.source.sheet, ...(e.total!.ref.cell ? { cell: e.total!.ref.cell } : {}), value: e.total!.raw })),
        ...verdictFields(v),
        source: 'narrative',
      });
    };
    const unread = doc.unrecognised.some((u) => /绩效|自评/.test(`${u.sheet} ${u.reason}`));
    for (const c of claimsOf(doc, 'project-count')) {
      if (c.average && c.activity === 'self' && !unread && c.count.value?.eq(evals.length) && evals.every((e) => e.total && e.total.value !== null)) averageOf(c);
      const a = c.amount;
      if (!a || c.activity !== 'self' || unread) continue;
      if (!c.count.value?.eq(evals.length)) continue;
      const cells: Cell[] = [];
      for (const e of evals) {
        const total = e.funds.find((f) => f.kind === 'total') ?? e.funds[0];
        const cell = a.of === 'full' ? total?.full : total?.executed;
        if (!cell || cell.value === null) break;
        cells.push(toWan(cell, e.unit ?? '万元'));
      }
      if (cells.length !== evals.length) continue;
      ctx.checked();
      const v = checkSum(a.amount.wan, cells, { tolerance: ctx.tolerance });
      if (v.kind === 'equal') continue;
      const field = a.of === 'full' ? '全年预算数' : '全年执行数';
      // the budget stated is the tables' Σ 全年执行数: the 决算 given as the 预算
      const executedCells = a.of === 'full' ? evals.map((e) => (e.funds.find((f) => f.kind === 'total') ?? e.funds[0])?.executed) : [];
      const executed = executedCells.length && executedCells.every((x) => x && x.value !== null) ? executedCells.map((x, i) => toWan(x!, evals[i].unit ?? '万元')) : undefined;
      const asExecution = executed && checkSum(a.amount.wan, executed, { tolerance: ctx.tolerance }).kind !== 'error';
      const sumText = (list: Cell[]) => wanNumber(list.reduce((s, x) => s.plus(x.value!), new D(0)), Math.max(...list.map((x) => x.decimals)));
      ctx.report({
        messageId: asExecution ? 'executionAsBudget' : 'sumMismatch',
        data: { count: c.count.value.toFixed(0), words: a.label, stated: a.amount.stated.raw, tables: evals.length, field, expected: sumText(cells), ...(asExecution ? { executed: sumText(executed!) } : {}) },
        at: a.amount.stated.ref,
        related: evals.map((e, i) => ({ label: `${e.name} · ${field}`, file: e.source.file, sheet: e.source.sheet, ...(cells[i].ref.cell ? { cell: cells[i].ref.cell } : {}), value: cells[i].raw })),
        uses: readingUse(a.amount.wan, a.label, a.reading),
        ...verdictFields(v),
        source: 'narrative',
      });
    }
  },
});
