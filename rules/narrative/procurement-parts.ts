/**
 * @fileoverview narrative/procurement-parts — the 政府采购 paragraph's figures for 中小企业 fit in
 * its total: what 中小企业 won in the other projects is at most the total less what they won in the
 * projects reserved for them, and what was won in reserved projects is at most their reserved budget.
 * The parts are read by src/narrative/procurement.ts, each by its own words.
 */
import { createRule } from '../../src/engine/rule';
import { checkSum, verdictFields } from '../../src/ledger/check';
import { says } from '../../src/narrative/arith';
import { PART_LABELS, PROCUREMENT_CHECKS } from '../../src/narrative/procurement';
import { claimsOf, readingUse, usesOf } from './util';
import { textPlace } from '../../src/engine/regions';

type Ids = 'otherAboveRest' | 'awardedAboveReserved';

export default createRule<Ids>({
  meta: {
    id: 'narrative/procurement-parts',
    family: 'narrative',
    description: { zh: '政府采购中小企业各项金额不超过其总额', en: 'The 中小企业 figures of 政府采购 fit in their totals' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '政府采购支出情况说明写明政府采购金额（总额）、面向中小企业（小微企业）预留项目的预算金额，以及预留项目和其他政府采购项目中由中小企业供应商中标或成交的采购金额。预留项目与其他项目是政府采购金额中互不重叠的两部分，因此其他项目中由中小企业中标或成交的金额不能超过总额减去预留项目中由中小企业中标或成交的金额；预留项目中中标或成交的金额也不能超过其预留预算金额。预留预算是预算而非已签合同，不用来限定其他项目。每个数字都须由其自身文字（主语及“在……项目中，由……中标或成交的”）点明，某一项读不出或出现两个不同数字时不作判断。按区间比较：超出部分在四舍五入范围内报尾差，否则报错。',
        en: 'The 政府采购 paragraph states the year’s total, the budget reserved for 中小企业 (and 小微企业), and what 中小企业 won in the reserved and in the other projects. Reserved and other projects are disjoint parts of the total, so what 中小企业 won in the other projects is at most the total less what they won in the reserved ones; what was won in reserved projects is at most their reserved budget. The reserved budget is a budget, not contracts signed, so it does not bound the other projects. Every figure must be named by its own words (its subject and the 在…项目中，由…中标或成交的 clause); a part that cannot be read, or is stated twice with different figures, is not checked. Intervals are compared: an excess within rounding is a tail, otherwise an error.',
      },
      examples: {
        invalid: {
          zh: '“政府采购金额21.07万元……在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元；……在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元”',
          en: 'Total 21.07, won by 中小企业 in reserved projects 21.07, in the other projects 21.07 (at most 0.00)',
        },
        valid: { zh: '“政府采购金额2319.21万元……预留项目中标或成交225.10万元……其他项目中标或成交0.00万元”', en: '0.00 ≤ 2319.21 − 225.10' },
      },
    },
    messages: {
      otherAboveRest: {
        zh: '其他政府采购项目中由中小企业中标或成交的采购金额{{stated}}超过政府采购金额{{total}}减去预留项目中由中小企业中标或成交的{{reserved}}（至多{{rest}}万元）',
        en: 'What 中小企业 won in the other projects ({{stated}}) exceeds the total {{total}} less what they won in the reserved projects ({{reserved}}): at most {{rest}}',
      },
      awardedAboveReserved: {
        zh: '面向{{who}}预留的项目中中标或成交的采购金额{{stated}}超过其预留预算金额{{reserved}}',
        en: 'What {{who}} won in the projects reserved for them ({{stated}}) exceeds their reserved budget ({{reserved}})',
      },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'procurement')) {
      for (const check of PROCUREMENT_CHECKS) {
        const part = c.parts[check.part];
        const bound = check.bound.map((b) => ({ ...b, figure: c.parts[b.part] }));
        if (!part || !bound.every((b) => b.figure)) continue;
        ctx.checked();
        const v = checkSum(part.amount.wan, bound.map((b) => ({ cell: b.figure!.amount.wan, sign: b.sign })), { tolerance: ctx.tolerance });
        // only an excess is wrong: the part may be smaller than its bound
        if (v.kind === 'equal' || !v.difference.isPositive()) continue;
        const figures = [part, ...bound.map((b) => b.figure!)];
        const related = bound.map((b) => ({ label: PART_LABELS[b.part], file: b.figure!.amount.stated.ref.file, ...textPlace(b.figure!.amount.stated.ref), value: b.figure!.amount.stated.raw }));
        const uses = [...usesOf(...figures.map((f) => f.amount)), ...figures.flatMap((f) => readingUse(f.amount.wan, f.reading.as, f.reading))];
        const first = bound[0]!.figure!;
        const data: Record<string, string> =
          check.part === 'awardedOther'
            ? { stated: says(part.amount), total: says(first.amount), reserved: says(bound[1]!.figure!.amount), rest: v.expected }
            : { part: PART_LABELS[check.part], who: check.part === 'awardedSmallReserved' ? '小微企业' : '中小企业', stated: says(part.amount), reserved: says(first.amount) };
        ctx.report({ messageId: check.part === 'awardedOther' ? 'otherAboveRest' : 'awardedAboveReserved', data, at: part.ref, related, uses, ...verdictFields(v), source: 'narrative' });
      }
    }
  },
});
