/** The rule contract (ESLint-shaped): meta first, then check(doc, ctx) reporting through ctx. */
import type Decimal from 'decimal.js';
import type { Bilingual, Cell, Lang, LintDocument, Related, SeverityName, SourceRef } from '../types';
import type { Binding } from '../narrative/claim-types';

/**
 * What a rule needs to run: table kinds ('final-02'), or 'evaluations', 'deptEvaluations',
 * 'narrative', 'claims', 'prior'. When one is missing the engine skips the rule and says why in
 * coverage.rulesSkipped, instead of letting it pass silently.
 */
export type Requirement = string;

export interface OptionSpec {
  type: 'number' | 'string' | 'boolean' | 'object';
  description: Bilingual;
}

export interface RuleMeta<M extends string = string> {
  id: string;
  family: string;
  description: Bilingual;
  defaultSeverity: SeverityName;
  /** All of these must be present. */
  requires?: Requirement[];
  /** At least one of these must be present. */
  requiresAny?: Requirement[];
  docs: {
    rationale: Bilingual;
    /** Short printed examples (what the rule flags, and what passes). */
    examples?: { invalid: Bilingual; valid: Bilingual };
  };
  messages: Record<M, Bilingual>;
  schema?: Record<string, OptionSpec>;
  defaultOptions?: Record<string, unknown>;
}

export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The offending cell or sentence. */
  at: SourceRef;
  related?: Related[];
  /** The figure as the document states it (plain decimal string; percentages in percent units). */
  actual?: string;
  /** What the rule computed. */
  expected?: string;
  /** Within rounding: reported under rule 'rounding/tail' at its own severity. */
  tail?: boolean;
  /** The stated figure looks cut off rather than rounded. */
  truncated?: boolean;
  source?: 'table' | 'narrative';
  /** Override the rule's severity for this finding (soft judgements inside a rule). */
  severity?: 1 | 2;
  /**
   * The figures the finding rests on, beyond `at` and `related` (which the engine resolves
   * itself): cells, or narrative bindings. The engine makes the finding an error only when every
   * reading behind them is strong.
   */
  uses?: (Cell | Binding | null | undefined)[];
}

export interface RuleContext<M extends string = string> {
  report(descriptor: ReportDescriptor<M>): void;
  /** A check this rule could not run (a table missing a column, an unreadable cell). */
  skip(reason: string): void;
  /** Count performed checks of claims (coverage.claimsChecked). */
  checked(n?: number): void;
  /**
   * A figure in a table's own text (a self-evaluation's analysis, 实际完成情况, 偏差原因) that binds to
   * nothing the rule can check: listed in coverage.textsNotUnderstood, never silently dropped.
   */
  notUnderstood?(text: string, at: SourceRef, figure: string): void;
  /**
   * One identity of a table was checked at this figure (whatever its verdict): the engine weighs a
   * table's failed identities against those it checked to tell a misread table from a misprinted one.
   */
  identity(at: SourceRef): void;
  readonly options: Readonly<Record<string, unknown>>;
  /** Extra absolute tolerance from config (0 unless widened). */
  readonly tolerance: Decimal;
  readonly lang: Lang;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(doc: LintDocument, ctx: RuleContext<M>): void;
}

/** Typed helper so a wrong messageId does not compile. */
export function createRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
