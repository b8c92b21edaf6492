/**
 * @fileoverview narrative/repeated-figure — the same figure stated twice must not change: a subject
 * (公务接待费, 国内接待费 批次 / 人次 …) that the narrative gives two different values. Figures bound to
 * a table cell are left to narrative/amount, which compares each with the table.
 */
import { createRule } from '../../src/engine/rule';
import { checkSame } from '../../src/ledger/check';
import type { Cell, SourceRef } from '../../src/types';
import { amountKey, countKey } from '../../src/narrative/figures';
import { claimsOf } from './util';
import { textPlace } from '../../src/engine/regions';

interface Seen {
  cell: Cell;
  raw: string;
  ref: SourceRef;
}

export default createRule<'figureChanged'>({
  meta: {
    id: 'narrative/repeated-figure',
    family: 'narrative',
    description: { zh: '同一数字在说明中前后不一致', en: 'The same figure stated twice with different values' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '说明常在总述和分述中重复同一数字（如“三公”总体和具体情况中的公务接待费、接待批次人次）。同一主语、同一口径（决算/预算、金额/批次/人次）的数字两次出现而数值不同（超出四舍五入），至少有一处错。',
        en: 'The narrative repeats figures between the overview and the details (公务接待费, 接待批次 / 人次). The same subject and measure stated twice with values rounding cannot reconcile means one is wrong.',
      },
      examples: {
        invalid: { zh: '“共接待2批次，6人次”……“公务接待共接待3批次”', en: '“2批次” then “3批次” for the same 公务接待' },
        valid: { zh: '“公务接待费支出0.05万元”两处一致', en: '“0.05万元” in both places' },
      },
    },
    messages: {
      figureChanged: {
        zh: '“{{subject}}”此处为{{stated}}，第{{line}}行为{{earlier}}',
        en: '{{subject}} is {{stated}} here but {{earlier}} on line {{line}}',
      },
    },
  },
  check(doc, ctx) {
    const seen = new Map<string, Seen>();
    const visit = (key: string, subject: string, cell: Cell, raw: string, ref: SourceRef, exact = false): void => {
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { cell, raw, ref });
        return;
      }
      ctx.checked();
      const v = checkSame(cell, first.cell, { tolerance: ctx.tolerance });
      if (v.kind === 'equal') return;
      // counts are exact: 2 批次 and 3 批次 are not a rounding tail
      const tail = v.kind === 'tail' && !exact;
      ctx.report({
        messageId: 'figureChanged',
        data: { subject, stated: raw, earlier: first.raw, line: first.ref.line ?? 0 },
        at: ref,
        related: [{ label: subject, file: first.ref.file, ...textPlace(first.ref), value: first.raw }],
        actual: v.actual,
        expected: v.expected,
        source: 'narrative',
        ...(tail ? { tail: true } : {}),
      });
    };
    for (const c of claimsOf(doc, 'amount')) {
      if (c.amount.binding) continue;
      const key = amountKey(c);
      if (key) visit(key, c.subject, c.amount.wan, c.amount.stated.raw, c.ref);
    }
    for (const c of claimsOf(doc, 'count')) {
      const key = countKey(c);
      if (key) visit(key, `${c.subject} ${c.unitWord}`, c.count, c.count.raw, c.ref, true);
    }
  },
});
