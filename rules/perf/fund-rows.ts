/**
 * @fileoverview perf/fund-rows — 资金结（转）余 = 全年预算数 − 全年执行数 on each fund row, and the
 * rows under 资金总额 (财政拨款, 财政专户管理资金, 单位资金) add up to it, column by column.
 */
import type { Cell } from '../../src/types';
import type { FundRow } from '../../src/ledger/evaluation';
import { createRule } from '../../src/engine/rule';
import { checkSum, verdictFields } from '../../src/ledger/check';
import { fundsOrSkip, related, sameFigures, scoredTables } from './utils/scored';

const COLUMNS: [keyof FundRow, string][] = [
  ['initial', '年初预算数'],
  ['full', '全年预算数'],
  ['executed', '全年执行数'],
];

/** A stand-in for a fund row's reading in a finding's `uses`: the row's label cell, carrying that reading. */
function carrier(row: FundRow): Cell {
  return { value: null, raw: row.label, decimals: 0, ref: row.ref, readings: row.reading ? [row.reading] : [] };
}

export default createRule<'balanceMismatch' | 'rowsNotTotal'>({
  meta: {
    id: 'perf/fund-rows',
    family: 'perf',
    description: { zh: '结余 = 预算 − 执行；各资金来源行之和 = 年度资金总额', en: 'Balance = budget − executed; source rows add up to the total row' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '资金结（转）余是全年预算数减全年执行数；年度资金总额是财政拨款、财政专户管理资金、单位资金等来源之和。两者不符说明表内数字抄错或漏填。',
        en: 'The balance is budget minus executed; the total row is the sum of the source rows (财政拨款, 财政专户, 单位资金). A mismatch means a copied or missing figure.',
      },
      examples: {
        invalid: { zh: '预算 30，执行 23.79，结余 6.12 → 应为 6.21', en: 'Budget 30, executed 23.79, balance 6.12 → expected 6.21' },
        valid: { zh: '预算 5，执行 3.43，结余 1.57', en: 'Budget 5, executed 3.43, balance 1.57' },
      },
    },
    messages: {
      balanceMismatch: {
        zh: '“{{project}}”{{row}}资金结余 {{stated}} 不等于全年预算数 {{full}} − 全年执行数 {{executed}} = {{computed}}',
        en: '"{{project}}" {{row}}: balance {{stated}} is not budget {{full}} − executed {{executed}} = {{computed}}',
      },
      rowsNotTotal: {
        zh: '“{{project}}”年度资金总额的{{column}} {{stated}} 不等于各资金来源之和 {{computed}}',
        en: '"{{project}}": total {{column}} {{stated}} is not the sum of the source rows ({{computed}})',
      },
    },
  },
  check(doc, ctx) {
    const opts = { tolerance: ctx.tolerance };
    for (const t of scoredTables(doc)) {
      if (!fundsOrSkip(t, ctx, { zh: '资金结余与资金来源', en: 'the balance and the fund sources' })) continue;
      const totalRow = t.funds.find((f) => f.kind === 'total');
      for (const f of t.funds) {
        if (f !== totalRow && totalRow && sameFigures(f, totalRow)) continue;
        if (!f.balance || f.balance.value === null || !f.full || !f.executed) continue;
        const v = checkSum(f.balance, [f.full, { cell: f.executed, sign: -1 }], opts);
        if (v.kind === 'equal') continue;
        ctx.report({
          messageId: 'balanceMismatch',
          data: { project: t.label, row: f.label, stated: v.actual, full: f.full.raw, executed: f.executed.raw, computed: v.expected },
          at: f.balance.ref,
          related: [...related('全年预算数', f.full), ...related('全年执行数', f.executed)],
          uses: [f.balance, f.full, f.executed],
          ...verdictFields(v),
        });
      }
      const total = t.funds.find((f) => f.kind === 'total');
      const parts = t.funds.filter((f) => f !== total && f.kind !== 'other');
      if (!total || !parts.length) continue;
      // A 财政拨款 row that may hold the carry-over (its reading weak): the other reading drops the 上年结转 rows.
      const doubtful = parts.filter((p) => p.reading?.strength === 'weak');
      const otherParts = doubtful.length ? parts.filter((p) => p.kind !== 'carried') : null;
      for (const [key, column] of COLUMNS) {
        const stated = total[key] as Cell | undefined;
        const cellsOf = (rows: FundRow[]): Cell[] => rows.map((p) => p[key] as Cell | undefined).filter((c): c is Cell => !!c && c.value !== null);
        const cells = cellsOf(parts);
        if (!stated || stated.value === null || !cells.length) continue;
        const v = checkSum(stated, cells, opts);
        if (v.kind === 'equal') continue;
        // Wrong under either reading of that row: the finding does not rest on it. Else it does (请复核).
        const alternative = otherParts && cellsOf(otherParts).length ? checkSum(stated, cellsOf(otherParts), opts) : null;
        const resting = alternative && alternative.kind !== 'error' ? doubtful.map(carrier) : [];
        ctx.report({
          messageId: 'rowsNotTotal',
          data: { project: t.label, column, stated: v.actual, computed: v.expected },
          at: stated.ref,
          related: cells.flatMap((c) => related(column, c)),
          uses: [stated, ...cells, ...resting],
          ...verdictFields(v),
        });
      }
    }
  },
});
