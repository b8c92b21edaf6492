/**
 * @fileoverview narrative/budget-projects — 项目支出 in the budget narrative: “项目支出43.44万元，主要为
 * A20万元、B4.8万元 …” — the listed projects add up to it; and the 项目绩效目标表 预算数 add up to the
 * tables' 项目支出 (支出总表, else 一般公共预算支出表).
 */
import { createRule } from '../../src/engine/rule';
import { checkSum } from '../../src/ledger/check';
import { rowByKey, tableOf, tablesOf } from '../../src/ledger/lookup';
import { findFigures, listItems } from './budget-util';
import { relatedCell } from '../perf/utils/budget-targets';
import { reportSum } from '../sum/util/check';

type M = 'listNotSum' | 'targetsNotSum';

export default createRule<M>({
  meta: {
    id: 'narrative/budget-projects',
    family: 'narrative',
    description: { zh: '项目支出 = 说明中列举的各项目之和 = 各项目绩效目标表预算数之和', en: 'Project expense = Σ projects listed in the narrative = Σ budgets of the performance target tables' },
    defaultSeverity: 'error',
    requiresAny: ['narrative', 'budget-perf-target'],
    docs: {
      rationale: {
        zh: '预算说明逐项列出项目支出的构成，每个项目另附绩效目标表；列举的金额之和、绩效目标表预算数之和都应等于项目支出总额。用“主要为”列举而合计偏小时可能只列了主要项目，按警告报告。',
        en: 'The narrative lists the projects making up project expense, each with a performance target table; both sums must equal the total. A short “主要为” list may be partial and is a warning.',
      },
      examples: {
        invalid: { zh: '项目支出43.44万元，主要为A20万元、B4.8万元、C4.8万元、D5万元、E8万元、F0.48万元（合计43.08）', en: 'project expense 43.44 but the list adds up to 43.08' },
        valid: { zh: '项目支出43.44万元 = 20 + 4.8 + 4.8 + 5 + 8 + 0.84；六张绩效目标表预算数之和 43.44', en: '43.44 = 20 + 4.8 + 4.8 + 5 + 8 + 0.84 = Σ target tables' },
      },
    },
    messages: {
      listNotSum: { zh: '情况说明项目支出 {{actual}}万元与所列{{count}}个项目金额之和 {{expected}}万元不一致', en: 'Narrative project expense {{actual}} 万元 differs from the {{count}} listed projects {{expected}} 万元' },
      targetsNotSum: { zh: '{{table}} 项目支出 {{actual}} 与{{count}}张项目绩效目标表预算数之和 {{expected}} 不一致', en: '{{table}} project expense {{actual}} differs from the sum of {{count}} target tables {{expected}}' },
    },
  },
  check(doc, ctx) {
    const figs = findFigures(doc, [{ key: 'project', label: '项目支出' }]).get('project') ?? [];
    for (const f of figs) {
      const list = /^[，,]?(?:主要(?:为|是|用于|包括)|包括|其中)[:：]?/.exec(f.rest);
      if (!list) continue;
      const items = listItems(f.rest.slice(list[0].length), f.paragraph, f.restIndex + list[0].length);
      if (items.length < 2) continue;
      ctx.checked();
      // Narrative amounts drop trailing zeros (4.8万元 for 4.80): read items at the total's precision.
      const parts = items.map((i) => ({ ...i.cell, decimals: Math.max(i.cell.decimals, f.cell.decimals) }));
      const v = checkSum(f.cell, parts, { tolerance: ctx.tolerance });
      if (v.kind === 'equal') continue;
      const partial = /主要/.test(list[0]) && v.difference.isPositive() && v.kind === 'error';
      ctx.report({
        messageId: 'listNotSum',
        data: { actual: v.actual, expected: v.expected, count: items.length },
        at: f.cell.ref,
        source: 'narrative',
        actual: v.actual,
        expected: v.expected,
        related: items.map((i) => relatedCell(i.label, i.cell.ref, i.cell.raw)),
        ...(v.kind === 'tail' ? { tail: true } : {}),
        ...(partial ? { severity: 1 as const } : {}),
      });
    }
    const targets = tablesOf(doc, 'budget-perf-target');
    const table = tableOf(doc, 'budget-expense') ?? tableOf(doc, 'budget-gpb-expense');
    const total = rowByKey(table, 'total');
    if (!targets.length || !table || !total) return;
    const funds = targets.map((t) => ({ t, row: rowByKey(t, 'funds') })).filter((x) => x.row);
    reportSum(ctx, { blankAsZero: true,
      messageId: 'targetsNotSum',
      data: { table: table.title, count: funds.length },
      total: total.cells.get('project'),
      at: total.ref,
      parts: funds.map((x) => ({ label: `${x.t.title} 预算数`, cell: x.row!.cells.get('budget') })),
    });
  },
});
