/**
 * @fileoverview narrative/change — “比上年增加X万元，增长Y%” is internally consistent: Y = X / 上年数,
 * 上年数 = 本年数 − X for an increase (+ X for a decrease), a stated 上年数 agrees, and the words
 * point the same way (减少…增长 is a contradiction).
 */
import { verdictFields } from '../../src/ledger/check';
import { createRule } from '../../src/engine/rule';
import { fmt } from '../../src/ledger/decimal';
import { impliedPercent, impliedPrior, intervalOfCell, relatedAmount, says, verdictOf } from '../../src/narrative/arith';
import { claimsOf, readingUse, usesOf, wanText } from './util';

type Ids = 'percentMismatch' | 'directionWords' | 'priorMismatch';

export default createRule<Ids>({
  meta: {
    id: 'narrative/change',
    family: 'narrative',
    description: { zh: '同比增减额、增减率与本年数应互相一致', en: 'A year-on-year change agrees with itself' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '增长率的分母是上年数（本年数减去增加额），常见错误是用本年数或别的合计作分母（“人员经费109.33万元，比上年增加36.14万元，上升22.24%”，应为36.14÷73.19=49.38%）。规则用四舍五入区间计算 增减额÷(本年数∓增减额)，并检查“减少…增长”这类方向词矛盾，以及写明的上年数。“合计A，其中：B b，C c，同比增加D”中的增减既可能是最后一项的，也可能是合计的：任一读法相符即不报。变动率截尾而非四舍五入（19.6894%写作19.68%）与其他比率一样按尾差报告。',
        en: 'A growth rate’s base is last year’s figure (current − increase); a common slip divides by the current figure or another total (“109.33万元，比上年增加36.14万，上升22.24%” should be 36.14 / 73.19 = 49.38%). The rule computes delta / (current ∓ delta) with intervals, checks direction words (减少…增长) and any stated prior figure. In “total A, 其中 B b, C c, 同比增加D” the change may be the last item’s or the total’s: either reading agreeing is no finding. A rate cut off rather than rounded (19.6894 % printed 19.68 %) is a tail, as in every ratio check.',
      },
      examples: {
        invalid: { zh: '“人员经费完成109.33万元，比上年增加36.14万，上升22.24%” → 49.38%', en: '“109.33万元，比上年增加36.14万，上升22.24%” → 49.38%' },
        valid: { zh: '“收入总计502.98万元…减少58.63万元，下降10.44%”', en: '“502.98万元 … 减少58.63万元，下降10.44%”' },
      },
    },
    messages: {
      percentMismatch: {
        zh: '“{{subject}}”{{word}}{{delta}}，上年数应为{{prior}}，变动率应为{{expected}}%，而非{{stated}}%',
        en: '{{subject}}: {{word}} {{delta}} on last year’s {{prior}} is {{expected}}%, not {{stated}}%',
      },
      directionWords: {
        zh: '“{{subject}}”金额写“{{word}}”，百分比却写“{{percentWord}}”，方向矛盾',
        en: '{{subject}}: the amount says “{{word}}” but the percentage says “{{percentWord}}”',
      },
      priorMismatch: {
        zh: '“{{subject}}”较上年数{{prior}}{{word}}{{delta}}，本年应为{{expected}}，而非{{current}}',
        en: '{{subject}}: {{prior}} {{word}} {{delta}} gives {{expected}}, not {{current}}',
      },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'change')) {
      if (c.percentDirection && c.percentWord) {
        ctx.report({ messageId: 'directionWords', data: { subject: c.subject, word: c.word, percentWord: c.percentWord }, at: c.ref, source: 'narrative' });
      }
      if (c.prior && c.current && c.delta && c.direction !== 'flat') {
        ctx.checked();
        const cur = c.current.wan;
        const sign = c.direction === 'up' ? 1 : -1;
        const point = c.prior.wan.value!.plus(c.delta.wan.value!.times(sign));
        const iv = intervalOfCell(c.prior.wan, ctx.tolerance);
        const dv = intervalOfCell(c.delta.wan, ctx.tolerance);
        const computed = sign > 0 ? { lo: iv.lo.plus(dv.lo), hi: iv.hi.plus(dv.hi) } : { lo: iv.lo.minus(dv.hi), hi: iv.hi.minus(dv.lo) };
        const v = verdictOf(cur, point, computed, Math.max(c.prior.wan.decimals, c.delta.wan.decimals), ctx.tolerance);
        const otherFits = c.otherSubject && verdictOf(c.otherSubject.current.wan, point, computed, Math.max(c.prior.wan.decimals, c.delta.wan.decimals), ctx.tolerance).kind === 'equal';
        if (v.kind !== 'equal' && !otherFits) {
          ctx.report({
            messageId: 'priorMismatch',
            data: { subject: c.subject, prior: says(c.prior), word: c.word, delta: says(c.delta), expected: wanText({ ...cur, value: point }), current: says(c.current) },
            at: c.ref,
            related: relatedAmount(c.current, c.subject),
            uses: [...usesOf(c.current, c.subjectBinding), ...readingUse(c.delta?.wan ?? c.percent, c.subject, c.subjectReading)],
            ...verdictFields(v),
            source: 'narrative',
          });
        }
      }
      if (!c.percent || !c.delta || !c.current) continue;
      const implied = impliedPercent(c, ctx.tolerance);
      const prior = impliedPrior(c, ctx.tolerance);
      if (!implied || !prior) continue;
      ctx.checked();
      const v = verdictOf(c.percent, implied.point, implied.interval, c.percent.decimals, ctx.tolerance);
      if (v.kind === 'equal') continue;
      // the change may be the list total's ("总预算A，其中：…，项目支出C，同比增加D"): that reading explains it
      const other = c.otherSubject ? impliedPercent({ ...c, current: c.otherSubject.current }, ctx.tolerance) : null;
      if (other && verdictOf(c.percent, other.point, other.interval, c.percent.decimals, ctx.tolerance).kind === 'equal') continue;
      ctx.report({
        messageId: 'percentMismatch',
        data: { subject: c.subject, word: c.word, delta: says(c.delta), prior: `${fmt(prior.point, Math.max(0, prior.decimals))}万元`, expected: v.expected, stated: v.actual },
        at: c.ref,
        related: relatedAmount(c.current, c.subject),
        uses: [...usesOf(c.current, c.subjectBinding), ...readingUse(c.delta?.wan ?? c.percent, c.subject, c.subjectReading)],
        ...verdictFields(v),
        source: 'narrative',
      });
    }
  },
});
