/**
 * @fileoverview Plumbing of the budget (预算) sum/* and cross/* rules: table names from the budget
 * vocabulary, and `reportBudgetSum` — reportSum's rounding-model verdict, with a blank stated figure
 * reported as "0" (a blank total over non-zero parts is an error, not a missing value).
 */
import type { LedgerRow, LedgerTable, LintDocument } from '../../../src/types';
import type { RuleContext } from '../../../src/engine/rule';
import { checkSum, isBlank, type Verdict } from '../../../src/ledger/check';
import { BUDGET_KINDS, isBudgetKind } from '../../../src/ledger/budget-kinds';
import { rowLabel } from '../../../src/ledger/lookup';
import { relatedOf, type Part, type SumCheck } from './check';

export function budgetTableName(t: LedgerTable): string {
  const canonical = (BUDGET_KINDS as Record<string, string>)[t.kind];
  return t.title && t.title !== t.kind ? t.title : canonical ?? t.kind;
}

/** Printed label of a column, else its key. */
export function budgetColName(t: LedgerTable, key: string): string {
  return t.columns.find((c) => c.key === key)?.label ?? key;
}

export function budgetPart(t: LedgerTable, row: LedgerRow, col: string, label?: string): Part {
  return { label: label ?? `${rowLabel(row)}「${budgetColName(t, col)}」`, cell: row.cells.get(col) };
}

/** Check stated = Σ parts; a blank stated figure counts as 0 and is reported as "0". */
export function reportBudgetSum<M extends string>(ctx: RuleContext<M>, c: SumCheck<M>): Verdict {
  const v = checkSum(c.total, c.parts.map((p) => ({ cell: p.cell, sign: p.sign ?? 1 })), { tolerance: ctx.tolerance });
  if (v.kind === 'equal') return v;
  if (c.onlyIf === 'statedLess' && !v.difference.isNegative()) return v;
  if (c.onlyIf === 'statedGreater' && !v.difference.isPositive()) return v;
  const actual = isBlank(c.total) ? '0' : v.actual;
  ctx.report({
    messageId: c.messageId,
    data: { ...c.data, actual: isBlank(c.total) ? '（空白）0' : actual, expected: v.expected },
    at: c.total?.ref ?? c.at,
    related: relatedOf(c.parts),
    actual,
    expected: v.expected,
    ...(v.kind === 'tail' ? { tail: true, truncated: v.truncated } : {}),
    ...(c.severity && v.kind === 'error' ? { severity: c.severity } : {}),
  });
  return v;
}

/**
 * The budget rules' `requires`: true when the document has the tables the check needs. In a budget
 * document a missing table is recorded in coverage (ctx.skip); other documents (决算, 自评) are not
 * budget disclosures, so the rule stays out of their coverage rather than listing a skip there.
 */
export function budgetNeeds(doc: LintDocument, ctx: RuleContext<string>, need: { all?: string[]; any?: string[] }): boolean {
  const has = (k: string): boolean => doc.tables.some((t) => t.kind === k);
  const missing = (need.all ?? []).filter((k) => !has(k));
  const noneOf = !!need.any?.length && need.any.every((k) => !has(k));
  if (!missing.length && !noneOf) return true;
  if (doc.tables.some((t) => isBudgetKind(t.kind))) ctx.skip(missing.length ? `缺少 ${missing.join('、')}` : `缺少 ${(need.any ?? []).join(' / ')} 中任何一个`);
  return false;
}
