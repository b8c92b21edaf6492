/**
 * @fileoverview cross/gpb-share — 公开05 一般公共预算财政拨款支出 is part of 公开03 支出决算表 (all
 * funds): per subject and column (小计 / 基本支出 / 项目支出) 05 ≤ 03 always; and 05 = 03 when the
 * unit spends nothing but 一般公共预算财政拨款 (02 本年收入合计 = 财政拨款收入, no 政府性基金 or
 * 国有资本经营 money in 04, and 01 年初结转和结余 = 04 年初财政拨款结转和结余).
 */
import type { Cell, LintDocument } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkSame, isBlank, valueOf } from '../../src/ledger/check';
import { rowByKey, rowLabel, tableOf } from '../../src/ledger/lookup';
import { cellPart, refOf, reportSum, tableName, colName, unitsDiffer } from '../sum/util/check';

type M = 'exceedsAllFunds' | 'gpbOnlyMismatch';

const COLUMNS = ['total', 'basic', 'project'];

const nonZero = (c: Cell | undefined): boolean => !isBlank(c) && !valueOf(c).isZero();

/** null when all spending is 一般公共预算财政拨款; otherwise why that cannot be said. */
function notGpbOnly(doc: LintDocument): string | null {
  const t02 = tableOf(doc, 'final-02');
  const total02 = rowByKey(t02, 'total');
  if (!t02 || !total02) return '缺少公开02 合计行，无法判断是否全部为一般公共预算财政拨款';
  if (checkSame(total02.cells.get('total'), total02.cells.get('fiscal')).kind === 'error') return '单位有非财政拨款收入';
  const t04 = tableOf(doc, 'final-04');
  if (t04) {
    const received = ['income.fund', 'income.soe', 'income.carryIn.fund', 'income.carryIn.soe'].some((k) => nonZero(rowByKey(t04, k)?.cells.get('amount')));
    const spent = ['fund', 'soe'].some((c) => nonZero(rowByKey(t04, 'expense.total')?.cells.get(c)));
    if (received || spent) return '单位有政府性基金或国有资本经营预算财政拨款';
    const t01 = tableOf(doc, 'final-01');
    const in01 = rowByKey(t01, 'income.carryIn')?.cells.get('amount');
    const in04 = rowByKey(t04, 'income.carryIn')?.cells.get('amount');
    if (t01 && checkSame(in01, in04).kind === 'error') return '年初结转和结余含非财政拨款资金';
  }
  return null;
}

export default createRule<M>({
  meta: {
    id: 'cross/gpb-share',
    family: 'cross',
    description: {
      zh: '一般公共预算财政拨款支出（公开05）不大于支出决算表（公开03）同科目同列；单位支出全部为一般公共预算财政拨款时两表相等',
      en: 'Table 05 never exceeds table 03 for the same subject and column; they are equal when all spending is general-budget appropriation',
    },
    defaultSeverity: 'error',
    requires: ['final-03', 'final-05'],
    docs: {
      rationale: {
        zh: '公开03 反映全部资金的支出，公开05 只是其中的一般公共预算财政拨款部分，所以任一科目、任一列 05 都不能大于 03；单位没有其他资金来源（收入全部为财政拨款、无基金和国资拨款、年初结转全部为财政拨款）时两表应逐项相等。',
        en: 'Table 03 covers all funds and table 05 only general-budget appropriations, so 05 can never exceed 03; when the unit has no other source of money the two tables must be identical.',
      },
      examples: {
        invalid: { zh: '公开05 类 208 基本支出 28.44，公开03 同科目 27.44', en: 'Table 05 class 208 basic 28.44 > table 03 27.44' },
        valid: { zh: '全部为财政拨款的单位：公开05 合计 502.98 = 公开03 合计 502.98', en: 'Fully appropriated unit: 502.98 in both tables' },
      },
    },
    messages: {
      exceedsAllFunds: {
        zh: '{{table}} {{row}}「{{column}}」{{actual}} 大于{{other}}同科目（全部资金）{{expected}}',
        en: '{{table}} {{row}} [{{column}}] {{actual}} exceeds the all-funds figure in {{other}} {{expected}}',
      },
      gpbOnlyMismatch: {
        zh: '单位支出全部为一般公共预算财政拨款，{{table}} {{row}}「{{column}}」{{actual}} 应与{{other}} {{expected}} 相同',
        en: 'All spending is general-budget appropriation, so {{table}} {{row}} [{{column}}] {{actual}} should equal {{other}} {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    const t03 = tableOf(doc, 'final-03');
    const t05 = tableOf(doc, 'final-05');
    if (!t03 || !t05 || unitsDiffer(ctx, t05, t03)) return;
    const reason = notGpbOnly(doc);
    if (reason) ctx.skip(`${reason}，公开05 与公开03 只核对 05 ≤ 03`);
    const data = { table: tableName(t05), other: tableName(t03) };
    const rows03 = new Map(t03.rows.map((r) => [r.key === 'total' ? 'total' : r.code ?? '', r]));
    for (const r05 of t05.rows) {
      const id = r05.key === 'total' ? 'total' : r05.code;
      const r03 = id ? rows03.get(id) : undefined;
      if (!id) continue;
      for (const col of COLUMNS) {
        const stated = r05.cells.get(col);
        if (!r03 && isBlank(stated)) continue;
        reportSum(ctx, {
          messageId: reason ? 'exceedsAllFunds' : 'gpbOnlyMismatch',
          data: { ...data, row: rowLabel(r05), column: colName(t05, col) },
          total: stated,
          at: refOf(r05, col),
          parts: r03 ? [cellPart(t03, r03, col, `${tableName(t03)} ${rowLabel(r03)}「${colName(t03, col)}」`)] : [],
          ...(reason ? { onlyIf: 'statedGreater' as const } : {}),
        });
      }
    }
  },
});
