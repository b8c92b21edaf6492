/**
 * @fileoverview narrative/carry-over — 支出总计 includes 年末结转和结余, 本年支出 does not. Last year's
 * 年末结转 is this year's 年初结转和结余, so when that is not zero the two changes cannot both be
 * the same figure: 上年本年支出 = 上年总计 − 本年年初结转. A cross-year inference, so a warning.
 */
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { fmt } from '../../src/ledger/decimal';
import { cellAt, rowByKey, tableOf } from '../../src/ledger/lookup';
import { impliedPrior, wanNumber } from '../../src/narrative/arith';
import type { ChangeClaim } from '../../src/narrative/claim-types';
import { claimsOf, readingUse, usesOf } from './util';
import { toWan } from '../../src/narrative/numbers';

/** Bound to one of these table cells (the binding holds the cell converted to 万元: same ref). */
const boundTo = (c: ChangeClaim, cells: (Cell | undefined)[]): boolean => !!c.subjectBinding && cells.some((x) => !!x && x.ref === c.subjectBinding!.cell.ref);

export default createRule<'carryOver'>({
  meta: {
    id: 'narrative/carry-over',
    family: 'narrative',
    description: { zh: '总计与本年支出的同比变动应相差年初结转和结余', en: 'Changes of 总计 and 本年支出 differ by the carry-over' },
    defaultSeverity: 'warn',
    requires: ['claims', 'final-01'],
    docs: {
      rationale: {
        zh: '支出总计＝本年支出合计＋年末结转和结余。上年的年末结转就是本年的年初结转和结余，所以本年年初结转不为零时，“支出总计减少X”与“本年支出减少X”不可能同时成立：上年本年支出＝上年总计－本年年初结转。这是跨年推断（上年结转可能有调整），只作警告；有 --prior 时由 narrative/prior-year 直接核对。',
        en: '支出总计 = 本年支出合计 + 年末结转和结余, and last year’s 年末结转 is this year’s 年初结转和结余; with a non-zero carry-in, 总计 and 本年支出 cannot both change by the same amount. A cross-year inference, so a warning; with --prior, narrative/prior-year checks it directly.',
      },
      examples: {
        invalid: { zh: '总计502.98减少58.63，本年支出502.98也减少58.63，年初结转37.64 → 本年支出应减少20.99', en: 'both fall 58.63 with carry-in 37.64 → 本年支出 fell 20.99' },
        valid: { zh: '年初结转为0时两者变动相同', en: 'no carry-in: both change alike' },
      },
    },
    messages: {
      carryOver: {
        zh: '“{{subject}}”{{word}}{{stated}}万元与支出总计相同，但本年年初结转和结余为{{carryIn}}万元，按上年总计推算本年支出应{{word}}{{expected}}万元',
        en: '{{subject}} {{word}} {{stated}} like 支出总计, but with a carry-in of {{carryIn}} last year’s 本年支出 implies {{word}} {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t01 = tableOf(doc, 'final-01');
    // the changes are in 万元 (the narrative's unit); the table's carry-in in its own
    const grandCell = cellAt(rowByKey(t01, 'expense.grand'), 'amount');
    const carryInCell = cellAt(rowByKey(t01, 'income.carryIn'), 'amount');
    const carryIn = carryInCell && toWan(carryInCell, t01?.unit);
    if (!grandCell || !carryIn?.value || carryIn.value.isZero()) return;
    const expenseCells = [cellAt(rowByKey(t01, 'expense.total'), 'amount'), cellAt(rowByKey(tableOf(doc, 'final-03'), 'total'), 'total'), cellAt(rowByKey(tableOf(doc, 'final-05'), 'total'), 'total')];
    const changes = claimsOf(doc, 'change').filter((c) => c.delta && c.current && c.direction !== 'flat');
    const grand = changes.find((c) => boundTo(c, [grandCell]));
    const priorGrand = grand && impliedPrior(grand);
    if (!grand || !priorGrand) return;
    for (const c of changes) {
      if (!boundTo(c, expenseCells) || c.direction !== grand.direction || !c.delta!.wan.value!.eq(grand.delta!.wan.value!)) continue;
      ctx.checked();
      const priorExpense = priorGrand.point.minus(carryIn.value);
      const implied = c.current!.wan.value!.minus(priorExpense).abs();
      const d = Math.max(0, c.delta!.wan.decimals);
      ctx.report({
        messageId: 'carryOver',
        data: { subject: c.subject, word: c.word, stated: fmt(c.delta!.wan.value!, d), carryIn: wanNumber(carryIn.value, carryIn.decimals), expected: fmt(implied, d) },
        at: c.ref,
        related: [{ label: '年初结转和结余', file: carryIn.ref.file, ...(carryIn.ref.sheet ? { sheet: carryIn.ref.sheet } : {}), ...(carryIn.ref.cell ? { cell: carryIn.ref.cell } : {}), value: carryIn.raw }],
        uses: [...usesOf(c.subjectBinding, grand.subjectBinding), ...readingUse(c.delta?.wan, c.subject, c.subjectReading)],
        actual: fmt(c.delta!.wan.value!, d),
        expected: fmt(implied, d),
        source: 'narrative',
      });
    }
  },
});
