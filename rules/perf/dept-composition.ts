/**
 * @fileoverview perf/dept-composition — a 部门整体 自评表's 按支出性质分 line (基本支出 + 项目支出) is a
 * split of its 年度资金总额: the sum must be one of that row's figures. The template does not say
 * which (年初预算数, 全年预算数 or 全年执行数), so no column is chosen: the sum is an error only when it is
 * none of them, whichever was meant.
 */
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkSum, type Verdict } from '../../src/ledger/check';
import { related } from './utils/scored';

const CANDIDATES = [
  ['initial', '年初预算数'],
  ['full', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

export default createRule<'splitMismatch'>({
  meta: {
    id: 'perf/dept-composition',
    family: 'perf',
    description: { zh: '部门整体自评表“按支出性质分”之和应等于年度资金总额', en: 'The 部门整体 self-evaluation\'s split by nature of spending must add up to its 年度资金总额' },
    defaultSeverity: 'error',
    requires: ['deptEvaluations'],
    docs: {
      rationale: {
        zh: '部门整体支出绩效自评表在年度资金总额下按支出性质分列基本支出、项目支出，两者之和是年度资金总额的一种拆分。模板未注明拆的是年初预算数、全年预算数还是全年执行数，因此不替文档选定一栏：只有当两者之和与三栏中任何一栏都不符时才报错误。',
        en: 'Under its 年度资金总额 the 部门整体 self-evaluation splits the funds into 基本支出 and 项目支出; the two add up to one of that row\'s figures. The template does not say whether the split is of the 年初预算数, the 全年预算数 or the 全年执行数, so none is chosen for the document: an error only when the sum is none of the three.',
      },
      examples: {
        invalid: { zh: '年度资金总额 128.90 / 251.06 / 251.06，按支出性质分：基本支出 213.62，项目支出 47.44（合计 261.06）', en: 'Total 128.90 / 251.06 / 251.06; 基本支出 213.62 + 项目支出 47.44 = 261.06' },
        valid: { zh: '基本支出 213.62 + 项目支出 37.44 = 251.06 = 全年执行数', en: '基本支出 213.62 + 项目支出 37.44 = 251.06 = 全年执行数' },
      },
    },
    messages: {
      splitMismatch: {
        zh: '“{{department}}”按支出性质分：基本支出 {{basic}} + 项目支出 {{project}} = {{sum}}，与年度资金总额的{{figures}}都不符',
        en: '"{{department}}": by nature of spending 基本支出 {{basic}} + 项目支出 {{project}} = {{sum}}, which is none of the 年度资金总额 figures ({{figures}})',
      },
    },
  },
  check(doc, ctx) {
    const opts = { tolerance: ctx.tolerance };
    for (const d of doc.deptEvaluations) {
      if (d.form === 'score-sheet') {
        ctx.skip(ctx.lang === 'zh' ? `“${d.name || '部门整体'}”为评分表，无资金栏，未能核对按支出性质分的资金` : `"${d.name || '部门整体'}" is a score sheet with no fund block: the split by nature of spending not checked`);
        continue;
      }
      const basic = d.composition?.get('expense.basic');
      const project = d.composition?.get('expense.project');
      const total = d.funds?.find((f) => f.kind === 'total');
      if (!basic || !project || basic.value === null || project.value === null || !total) continue;
      const printed = CANDIDATES.map(([key, label]): { label: string; cell: Cell | undefined } => ({ label, cell: total[key] })).filter((x): x is { label: string; cell: Cell } => !!x.cell && x.cell.value !== null);
      if (!printed.length) continue;
      const verdicts: Verdict[] = printed.map((x) => checkSum(x.cell, [basic, project], opts));
      if (verdicts.some((v) => v.kind !== 'error')) continue;
      // Reported against the last printed figure (全年执行数 where printed): spending split by its nature.
      const last = printed.length - 1;
      const v = verdicts[last];
      ctx.report({
        messageId: 'splitMismatch',
        data: { department: d.name || '部门整体', basic: basic.raw, project: project.raw, sum: v.expected, figures: printed.map((x) => `${x.label} ${x.cell.raw}`).join('、') },
        at: project.ref,
        related: [...related('基本支出', basic), ...printed.flatMap((x) => related(x.label, x.cell))],
        uses: [basic, project, ...printed.map((x) => x.cell)],
        actual: v.expected,
        expected: v.actual,
      });
    }
  },
});
