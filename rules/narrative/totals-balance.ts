/**
 * @fileoverview narrative/totals-balance — an identity the document kind guarantees, checked in the
 * text itself: in a 决算 (and a 预算) 收入总计 = 支出总计, for the whole document and for 财政拨款 alike,
 * so the two totals the narrative states — and their changes on last year — must be the same figure.
 * Needs no table: a reviewer who has only the 说明 gets it too.
 */
import { createRule } from '../../src/engine/rule';
import { checkSame, verdictFields } from '../../src/ledger/check';
import type { ChangeClaim } from '../../src/narrative/claim-types';
import { balanceSide, balancedTotals } from '../../src/narrative/figures';
import { says } from '../../src/narrative/arith';
import type { LintDocument, Related } from '../../src/types';
import { claimsOf, usesOf } from './util';
import { textPlace } from '../../src/engine/regions';

type Ids = 'totalsDiffer' | 'changesDiffer';

/** The document is a 决算 or 预算: by its tables, or (a narrative alone) by the words of its headings. */
function balancedKind(doc: LintDocument): boolean {
  if (doc.kind === 'final' || doc.kind === 'budget') return true;
  if (doc.kind !== 'unknown') return false;
  return doc.claims.some((c) => c.section.some((h) => /决算|预算/.test(h)));
}

const relatedOf = (label: string, a: { stated: { raw: string; ref: { file: string; line?: number } } }): Related[] => [
  { label, file: a.stated.ref.file, ...textPlace(a.stated.ref), value: a.stated.raw },
];

export default createRule<Ids>({
  meta: {
    id: 'narrative/totals-balance',
    family: 'narrative',
    description: { zh: '决算说明中收入总计应等于支出总计', en: 'The narrative’s 收入总计 equals its 支出总计' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '部门决算（和预算）的收支总表是平衡的：收入总计（含年初结转和结余）等于支出总计（含年末结转和结余），财政拨款收入总计也等于财政拨款支出总计；两年都平衡，同比增减额也必然相同。说明里分别写出收入总计和支出总计（“收、支总计各是A、B万元”“收入总计A万元，支出总计B万元”）而两者不同，至少有一处错——不需要表格即可判断。口径相同才比较：同样的限定词（财政拨款）、同一年、同一范围。',
        en: 'A 决算 (or 预算) balances: 收入总计 (with the carry-in) equals 支出总计 (with the carry-out), and so do the 财政拨款 totals; both years balance, so the year-on-year changes are equal too. A narrative that states the two totals (“收、支总计各是A、B万元”, “收入总计A万元，支出总计B万元”) with different values is wrong somewhere — no table needed. Only totals with the same qualifier (财政拨款), year and scope are compared.',
      },
      examples: {
        invalid: { zh: '“2024年度收入总计502.98万元，支出总计500.98万元”', en: '502.98 ≠ 500.98' },
        valid: { zh: '“2024年度收、支总计各是502.98万元、502.98万元，各减少58.63万元、58.63万元”', en: 'both 502.98, both −58.63' },
      },
    },
    messages: {
      totalsDiffer: {
        zh: '“{{income}}”{{incomeValue}}与“{{expense}}”{{expenseValue}}不等：决算收支总计应平衡',
        en: '{{income}} {{incomeValue}} differs from {{expense}} {{expenseValue}}: the totals of a 决算 balance',
      },
      changesDiffer: {
        zh: '“{{income}}”{{incomeWord}}{{incomeValue}}，“{{expense}}”{{expenseWord}}{{expenseValue}}：收支总计两年都平衡，增减额应相同',
        en: '{{income}}: {{incomeWord}} {{incomeValue}}, but {{expense}}: {{expenseWord}} {{expenseValue}}: both years balance, so the changes are equal',
      },
    },
  },
  check(doc, ctx) {
    if (!balancedKind(doc)) return;
    for (const { income: inc, expense: exp } of balancedTotals(doc.claims)) {
      ctx.checked();
      const v = checkSame(exp.amount.wan, inc.amount.wan, { tolerance: ctx.tolerance });
      if (v.kind === 'equal') continue;
      ctx.report({
        messageId: 'totalsDiffer',
        data: { income: inc.subject, incomeValue: says(inc.amount), expense: exp.subject, expenseValue: says(exp.amount) },
        at: exp.ref,
        related: relatedOf(inc.subject, inc.amount),
        uses: usesOf(inc.amount, exp.amount),
        ...verdictFields(v),
        source: 'narrative',
      });
    }
    // both years balance, so the changes of the two totals are one change
    const firstChange = new Map<string, { income?: ChangeClaim; expense?: ChangeClaim }>();
    for (const c of claimsOf(doc, 'change')) {
      const b = c.delta && c.direction !== 'flat' && !c.subjectReading ? balanceSide(c) : null;
      if (!b) continue;
      const slot = firstChange.get(b.key) ?? {};
      if (b.side === '收入') slot.income ??= c;
      else slot.expense ??= c;
      firstChange.set(b.key, slot);
    }
    for (const { income: inc, expense: exp } of firstChange.values()) {
      if (!inc || !exp || inc.delta === exp.delta) continue;
      ctx.checked();
      const signed = (c: ChangeClaim) => ({ ...c.delta!.wan, value: c.direction === 'down' ? c.delta!.wan.value!.neg() : c.delta!.wan.value });
      const v = checkSame(signed(exp), signed(inc), { tolerance: ctx.tolerance });
      if (v.kind === 'equal') continue;
      ctx.report({
        messageId: 'changesDiffer',
        data: { income: inc.subject, incomeWord: inc.word, incomeValue: says(inc.delta!), expense: exp.subject, expenseWord: exp.word, expenseValue: says(exp.delta!) },
        at: exp.ref,
        related: relatedOf(inc.subject, inc.delta!),
        uses: usesOf(inc.current, exp.current),
        ...verdictFields(v),
        source: 'narrative',
      });
    }
  },
});
