/**
 * @fileoverview narrative/unit-slip — a figure that matches its table cell only after ×10000 or
 * ÷10000 was written in the wrong unit (“公用经费71.20元” for 71.20万元; “预算总金额600,000.00万元”).
 */
import { createRule } from '../../src/engine/rule';
import { relatedOf, wanNumber } from '../../src/narrative/arith';
import { claimsOf, unitSlip, usesOf, wanText } from './util';

export default createRule<'unitSlip'>({
  meta: {
    id: 'narrative/unit-slip',
    family: 'narrative',
    description: { zh: '金额单位“元”与“万元”混用', en: '元 written for 万元 (or the reverse)' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '表以万元列示，说明有时按元书写或把元数写成万元。若句中数字与表中数不符、但按另一单位读（×10000 或 ÷10000）恰好相符，规则报单位错误并给出两种读法，而不是报一个相差万倍的金额错误。',
        en: 'Tables are in 万元; the narrative sometimes writes 元, or writes a 元 figure as 万元. When the stated figure contradicts its cell but agrees once read in the other unit, the rule reports a unit slip naming both readings instead of an amount off by 10000×.',
      },
      examples: {
        invalid: { zh: '“机关运行经费支出71.20元”，公开10 为71.20万元', en: '“71.20元” where 公开10 shows 71.20 万元' },
        valid: { zh: '“机关运行经费支出712,000.00元”，公开10 为71.20万元', en: '“712,000.00元” = 71.20 万元' },
      },
    },
    messages: {
      unitSlip: {
        zh: '“{{subject}}”写作{{stated}}（即{{asWritten}}），与{{table}}的{{expected}}万元相差万倍；按{{reading}}理解则一致，疑为单位写错',
        en: '{{subject}} is written {{stated}} ({{asWritten}}), 10000× off {{table}} ({{expected}} 万元); read as {{reading}} it agrees — wrong unit?',
      },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'amount')) {
      const a = c.amount;
      const b = a.binding;
      if (!b || a.fromTable) continue;
      const slip = unitSlip(a, b.cell);
      if (!slip) continue;
      ctx.checked();
      const expected = wanNumber(b.cell.value!, b.cell.decimals);
      ctx.report({
        messageId: 'unitSlip',
        data: { subject: c.subject, stated: a.stated.raw, asWritten: wanText(a.wan), table: b.label, expected, reading: wanText(slip.reading) },
        at: c.ref,
        related: relatedOf(b),
        uses: usesOf(b),
        actual: wanNumber(a.wan.value!, a.wan.decimals),
        expected,
        source: 'narrative',
      });
    }
  },
});
