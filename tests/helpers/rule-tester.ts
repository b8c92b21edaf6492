/**
 * RuleTester for jest, after ESLint's: one `it` per case, a frozen document, strict engine (unknown
 * messageIds, unfilled placeholders and non-decimal actual/expected throw), no duplicate case
 * names, and every invalid case must name the findings it expects.
 */
import type { LintDocument, LintMessage, Severity } from '../../src/types';
import type { Rule } from '../../src/engine/rule';
import { runRules, TAIL_RULE_ID, RuleSetting } from '../../src/engine/engine';
import tail from '../../rules/rounding/tail';

export interface ExpectedFinding {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where: sheet + cell for tables, line for narrative. */
  sheet?: string;
  cell?: string;
  line?: number;
  actual?: string;
  expected?: string;
  /** true: reported as a rounding tail (ruleId rounding/tail). */
  tail?: boolean;
  severity?: 1 | 2;
}

export interface ValidCase {
  name: string;
  doc: LintDocument;
  options?: Record<string, unknown>;
  /** The case exercises a path where the rule (or one of its checks) cannot run and says why. */
  expectSkip?: boolean;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

function deepFreeze<T>(o: T, seen = new Set<unknown>()): T {
  if (o && typeof o === 'object' && !seen.has(o)) {
    seen.add(o);
    if (o instanceof Map) {
      for (const v of o.values()) deepFreeze(v, seen);
    } else if (!(o.constructor && o.constructor.name === 'Decimal')) {
      for (const v of Object.values(o as object)) deepFreeze(v, seen);
      Object.freeze(o);
    }
  }
  return o;
}

const SEVERITY: Record<string, Severity> = { off: 0, warn: 1, error: 2 };

/** Runs one rule at its default severity (strict engine) and returns its messages. */
export function lintWith(rule: Rule<string>, doc: LintDocument, options: Record<string, unknown> = {}, severity: Severity = SEVERITY[rule.meta.defaultSeverity] || 2, expectSkip = false): LintMessage[] {
  const settings = new Map<string, RuleSetting>([
    [rule.meta.id, { severity, options }],
    [TAIL_RULE_ID, { severity: 1, options: {} }],
  ]);
  const rules = new Map<string, Rule<string>>([[rule.meta.id, rule], [TAIL_RULE_ID, tail as Rule<string>]]);
  const result = runRules(doc, { rules, settings, lang: 'zh', strict: true });
  const skipped = result.coverage.rulesSkipped.filter((s) => s.ruleId === rule.meta.id);
  if (expectSkip && !skipped.length) throw new Error(`rule ${rule.meta.id} was expected to record a skip in coverage, but did not`);
  if (!expectSkip && skipped.length && result.messages.length === 0) {
    throw new Error(`rule ${rule.meta.id} was skipped: ${skipped.map((s) => s.reason).join('; ')} — a test case must let the rule run`);
  }
  return result.messages;
}

function pick(m: LintMessage, e: ExpectedFinding): ExpectedFinding {
  const out: ExpectedFinding = { messageId: m.messageId ?? '' };
  if (e.data !== undefined) out.data = Object.fromEntries(Object.keys(e.data).map((k) => [k, m.data?.[k] as string | number]));
  if (e.sheet !== undefined) out.sheet = m.sheet;
  if (e.cell !== undefined) out.cell = m.cell;
  if (e.line !== undefined) out.line = m.line;
  if (e.actual !== undefined) out.actual = m.actual;
  if (e.expected !== undefined) out.expected = m.expected;
  if (e.tail !== undefined) out.tail = m.tail === true;
  if (e.severity !== undefined) out.severity = m.severity;
  return out;
}

export const ruleTester = {
  run(rule: Rule<string>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new Error(`duplicate test case name: ${dup}`);
    if (!cases.valid.length || !cases.invalid.length) throw new Error(`${rule.meta.id}: needs at least one valid and one invalid case`);
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const c of cases.valid) {
          it(c.name, () => {
            const found = lintWith(rule, deepFreeze(c.doc), c.options, undefined, c.expectSkip);
            expect(found.filter((m) => !m.tail).map((m) => `${m.messageId} ${m.sheet ?? ''}!${m.cell ?? m.line} ${m.message}`)).toEqual([]);
          });
        }
      });
      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(c.name, () => {
            if (!c.errors.length) throw new Error('an invalid case must expect at least one finding');
            for (const e of c.errors) if (!rule.meta.messages[e.messageId as never]) throw new Error(`unknown messageId ${e.messageId}`);
            const found = lintWith(rule, deepFreeze(c.doc), c.options, undefined, c.expectSkip);
            expect(found.map((m, i) => pick(m, c.errors[i] ?? { messageId: '' }))).toEqual(c.errors);
          });
        }
      });
    });
  },
};
