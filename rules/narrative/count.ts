/**
 * @fileoverview narrative/count — counts the narrative states equal the table (车辆1辆 ↔ 公开10 车辆数;
 * 设备0台（套）) and the names it enumerates (“设5个内设科室，分别是：A，B…”). 三公 公务用车保有量
 * against 公开10 车辆数 is a loose correspondence and only warns.
 */
import { createRule } from '../../src/engine/rule';
import { relatedOf } from '../../src/narrative/arith';
import { checkSame } from '../../src/ledger/check';
import { claimsOf, usesOf } from './util';

export default createRule<'countMismatch' | 'enumerated'>({
  meta: {
    id: 'narrative/count',
    family: 'narrative',
    description: { zh: '说明中的数量应与表中数量及所列名称个数一致', en: 'Counts in the narrative match the table and the names listed' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '车辆数、单价100万元以上设备数在公开10表有对应数；“设5个内设科室，分别是：…”所列名称个数应等于所说个数。“三公”中的公务用车保有量与公开10车辆数口径可能不同（车辆经费未必由本单位财政拨款负担），只作警告。',
        en: 'Vehicle and equipment counts have their cell in 公开10; “设5个内设科室，分别是：…” must list five names. The 三公 fleet vs 公开10 vehicle count may legitimately differ (the running costs may be borne elsewhere), so that one only warns.',
      },
      examples: {
        invalid: { zh: '“共有车辆2辆”，公开10 车辆数合计 1', en: '“共有车辆2辆” while 公开10 shows 1' },
        valid: { zh: '“机要通信用车1辆”，公开10 机要通信用车 1', en: '“机要通信用车1辆” with 1 in 公开10' },
      },
    },
    messages: {
      countMismatch: { zh: '说明称“{{subject}}”{{stated}}，{{table}}为{{expected}}', en: 'The narrative states {{subject}} {{stated}}; {{table}} shows {{expected}}' },
      enumerated: { zh: '说明称{{stated}}，其后列出{{expected}}个名称', en: 'The narrative says {{stated}} but lists {{expected}} names' },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'count')) {
      const stated = c.count.value!.toFixed(0);
      if (c.what === 'enumerated' && c.listed !== undefined) {
        ctx.checked();
        if (c.count.value!.eq(c.listed)) continue;
        ctx.report({ messageId: 'enumerated', data: { stated: c.count.raw, expected: c.listed }, at: c.ref, actual: stated, expected: String(c.listed), source: 'narrative', severity: 1 });
        continue;
      }
      const b = c.binding;
      if (!b) continue;
      ctx.checked();
      const exact = c.what !== 'score';
      const places = exact ? 0 : Math.max(c.count.decimals, b.cell.decimals);
      const expected = (b.cell.value ?? c.count.value!.minus(c.count.value!)).toFixed(places);
      if (exact ? expected === stated : checkSame(c.count, b.cell).kind === 'equal') continue;
      ctx.report({
        messageId: 'countMismatch',
        data: { subject: c.subject, stated: c.count.raw, table: b.label, expected },
        at: c.ref,
        related: relatedOf(b),
        uses: usesOf(b),
        actual: exact ? stated : c.count.value!.toFixed(c.count.decimals),
        expected,
        source: 'narrative',
        ...(b.soft ? { severity: 1 as const } : {}),
        ...(!exact && checkSame(c.count, b.cell).kind === 'tail' ? { tail: true } : {}),
      });
    }
  },
});
