/** Every narrative rule over a document, through the engine (the evidence gate included). */
import type { LintDocument } from '../../src/types';
import type { Rule } from '../../src/engine/rule';
import { runRules, TAIL_RULE_ID, type RuleSetting } from '../../src/engine/engine';
import tail from '../../rules/rounding/tail';
import { narrativeRules } from '../../rules/narrative';

/** "severity ruleId actual/expected" for every narrative finding. */
export function narrativeFindings(doc: LintDocument): string[] {
  const rules = new Map<string, Rule<string>>([[TAIL_RULE_ID, tail as Rule<string>]]);
  const settings = new Map<string, RuleSetting>([[TAIL_RULE_ID, { severity: 1, options: {} }]]);
  for (const r of narrativeRules) {
    rules.set(r.meta.id, r);
    settings.set(r.meta.id, { severity: r.meta.defaultSeverity === 'warn' ? 1 : 2, options: {} });
  }
  const result = runRules(doc, { rules, settings, lang: 'zh' });
  return result.messages.filter((m) => (m.ruleId ?? '').startsWith('narrative/')).map((m) => `${m.severity} ${m.ruleId} ${m.actual}/${m.expected}`);
}

/** Only the error-level ones. */
export function narrativeErrors(doc: LintDocument): string[] {
  return narrativeFindings(doc).filter((f) => f.startsWith('2 '));
}
