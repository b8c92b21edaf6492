/**
 * @fileoverview narrative/sangong-parts — the 三公 identity checked in the text alone: the 三公经费 the
 * 说明 states equals the 因公出国（境）费, 公务用车购置及运行费 and 公务接待费 it states, and the
 * 公务用车购置及运行费 its 购置费 + 运行费, in whatever sentences they are written. Figures bound to a
 * table are left to the table rules (sum/sangong, narrative/amount).
 */
import { createRule } from '../../src/engine/rule';
import { checkSum, verdictFields } from '../../src/ledger/check';
import { says } from '../../src/narrative/arith';
import { sangongSums } from '../../src/narrative/sangong';
import { usesOf } from './util';
import { textPlace } from '../../src/engine/regions';

type Ids = 'sangongNotParts' | 'carNotParts';

export default createRule<Ids>({
  meta: {
    id: 'narrative/sangong-parts',
    family: 'narrative',
    description: { zh: '说明中的“三公”经费应等于其各项之和', en: 'The narrative’s 三公 total equals its parts' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '按决算模板，“三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费，公务用车购置及运行费 = 购置费 + 运行费。说明常把合计和各项分句甚至分段写出（没有“其中”），三项都写了而相加不等于合计，至少有一处错——只有说明也能发现。只比较同一节、同一口径（决算或预算、同一年）、每项只写了一个数的情形；已与表格对应的数字由表格规则核对。“0万元”按未发生（精确为零）计。差0.01按尾差报告。',
        en: 'In the 决算 template 三公 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及运行费 = purchase + running. A 说明 often states the total and each part in separate sentences or paragraphs (no 其中); when all parts are stated and do not add up, one figure is wrong — found from the 说明 alone. Only figures of one section and one basis (决算 or 预算, one year) with one figure per part are compared; figures bound to a table are left to the table rules. “0万元” is read as nothing spent (exactly zero). A 0.01 gap is a tail.',
      },
      examples: {
        invalid: { zh: '“三公”经费支出决算5.78万元……因公出国（境）费0万元；公务用车购置及运行费4.26万元；公务接待费1.25万元', en: '5.78 ≠ 0 + 4.26 + 1.25' },
        valid: { zh: '“三公”经费支出决算5.78万元……因公出国（境）费0万元；公务用车购置及运行费4.26万元；公务接待费1.52万元', en: '5.78 = 0 + 4.26 + 1.52' },
      },
    },
    messages: {
      sangongNotParts: {
        zh: '“{{total}}”{{value}}不等于因公出国（境）费、公务用车购置及运行费、公务接待费之和{{sum}}万元',
        en: '{{total}} {{value}} is not the sum of 因公出国（境）费, 公务用车购置及运行费 and 公务接待费 ({{sum}})',
      },
      carNotParts: {
        zh: '“{{total}}”{{value}}不等于购置费与运行费之和{{sum}}万元',
        en: '{{total}} {{value}} is not the sum of its purchase and running costs ({{sum}})',
      },
    },
  },
  check(doc, ctx) {
    for (const s of sangongSums(doc.claims)) {
      ctx.checked();
      // "0万元" is nothing spent, not a figure rounded to the 万元: read at the others' precision
      const places = Math.max(s.total.amount.wan.decimals, ...s.parts.map((p) => p.amount.wan.decimals));
      const parts = s.parts.map((p) => (p.amount.wan.value!.isZero() ? { ...p.amount.wan, decimals: places } : p.amount.wan));
      const v = checkSum(s.total.amount.wan, parts, { tolerance: ctx.tolerance });
      if (v.kind === 'equal') continue;
      ctx.report({
        messageId: s.of === 'sangong' ? 'sangongNotParts' : 'carNotParts',
        data: { total: s.total.subject, value: says(s.total.amount), sum: v.expected },
        at: s.total.ref,
        related: s.parts.map((p) => ({ label: p.subject, file: p.amount.stated.ref.file, ...textPlace(p.amount.stated.ref), value: p.amount.stated.raw })),
        uses: usesOf(s.total.amount, ...s.parts.map((p) => p.amount)),
        ...verdictFields(v),
        source: 'narrative',
      });
    }
  },
});
