/**
 * @fileoverview narrative/prior-year — “比上年增加X万元” implies last year's figure (本年 − X); it must
 * equal last year's table (--prior last-year.xlsx) or the document's own 上年决算数 column (基础数据表).
 * A stated prior (较2022年决算1,035.60万元) and “与上年相同” are checked the same way.
 */
import { createRule } from '../../src/engine/rule';
import { D, fmt } from '../../src/ledger/decimal';
import { overlaps } from '../../src/ledger/interval';
import { checkSame, verdictFields } from '../../src/ledger/check';
import { impliedPrior, intervalOfCell, relatedOf, says, wanNumber } from '../../src/narrative/arith';
import { priorBinding } from '../../src/narrative/prior';
import { claimsOf, readingUse, usesOf } from './util';

type Ids = 'priorMismatch' | 'statedPriorMismatch';

export default createRule<Ids>({
  meta: {
    id: 'narrative/prior-year',
    family: 'narrative',
    description: { zh: '说明中的上年数应与上年决算表一致', en: 'Last year’s figures in the narrative match last year’s tables' },
    defaultSeverity: 'error',
    requires: ['claims'],
    requiresAny: ['prior', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '“比上年减少58.63万元”隐含上年数＝本年数＋58.63。用 --prior 提供上年的决算公开表（或文件自带的上年决算数，如绩效自评基础数据表）时，规则把隐含的上年数与上年表中同一科目比较（按四舍五入区间），这是其他工具都不做的检查。',
        en: '“比上年减少58.63万元” implies last year’s figure = current + 58.63. With --prior (last year’s workbook) or a prior-year column in the document itself (基础数据表), the implied figure is compared with last year’s cell, with rounding intervals.',
      },
      examples: {
        invalid: { zh: '本年71.20，“比2023年增加48.48万元”，上年表机关运行经费 25.72 → 隐含上年数 22.72', en: '71.20, “+48.48 on 2023”, last year’s table 25.72 → implied 22.72' },
        valid: { zh: '本年502.98，“减少58.63万元”，上年表总计 561.61', en: '502.98, “−58.63”, last year’s total 561.61' },
      },
    },
    messages: {
      priorMismatch: {
        zh: '“{{subject}}”本年{{current}}、{{word}}{{delta}}，隐含上年数{{implied}}万元，而{{table}}为{{expected}}万元',
        en: '{{subject}}: {{current}} after “{{word}} {{delta}}” implies {{implied}} last year, but {{table}} shows {{expected}}',
      },
      statedPriorMismatch: {
        zh: '“{{subject}}”所写上年数{{stated}}与{{table}}的{{expected}}万元不一致',
        en: '{{subject}}: the stated prior {{stated}} differs from {{table}} ({{expected}})',
      },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'change')) {
      const pb = priorBinding(doc, c);
      if (!pb || pb.cell.value === null && !pb.fromPriorDocument) continue;
      const expected = wanNumber(pb.cell.value ?? new D(0), pb.cell.decimals);
      if (c.prior) {
        ctx.checked();
        const v = checkSame(c.prior.wan, pb.cell, { tolerance: ctx.tolerance });
        if (v.kind !== 'equal') {
          ctx.report({ messageId: 'statedPriorMismatch', data: { subject: c.subject, stated: says(c.prior), table: pb.label, expected }, at: c.ref, related: relatedOf(pb), uses: [...usesOf(pb, c.subjectBinding), ...readingUse(c.delta?.wan ?? c.percent, c.subject, c.subjectReading)], ...verdictFields(v), source: 'narrative' });
        }
        continue;
      }
      const implied = impliedPrior(c, ctx.tolerance);
      if (!implied) continue;
      ctx.checked();
      const cellValue = pb.cell.value ?? new D(0);
      const d = Math.max(0, pb.cell.decimals);
      if (fmt(implied.point, d) === fmt(cellValue, d)) continue;
      const tail = overlaps(implied.interval, intervalOfCell(pb.cell, ctx.tolerance));
      const impliedText = fmt(implied.point, Math.max(0, implied.decimals));
      ctx.report({
        messageId: 'priorMismatch',
        data: { subject: c.subject, current: c.current ? says(c.current) : '', word: c.word, delta: c.delta ? says(c.delta) : '', implied: impliedText, table: pb.label, expected },
        at: c.ref,
        related: relatedOf(pb),
        uses: [...usesOf(pb, c.current, c.subjectBinding), ...readingUse(c.delta?.wan ?? c.percent, c.subject, c.subjectReading)],
        actual: impliedText,
        expected,
        source: 'narrative',
        ...(tail ? { tail: true } : {}),
      });
    }
  },
});
