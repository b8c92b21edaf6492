/**
 * @fileoverview Plumbing of the budget (预算) rules: which tables a check needs, recorded as a skip
 * only in budget documents. Names, parts and reporting are shared with the 决算 rules (./check).
 */
import type { LintDocument } from '../../../src/types';
import type { RuleContext } from '../../../src/engine/rule';
import { isBudgetKind } from '../../../src/ledger/budget-kinds';

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
