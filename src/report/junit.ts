/**
 * JUnit XML for CI: one <testsuite> per file, one <testcase> per (file, rule). A rule with error
 * findings fails its testcase with ONE <failure> listing every finding (failures count testcases,
 * not findings); warnings (tails included) do not fail the build and are listed in the testcase's
 * <system-out>. Rules skipped for a file (a required table missing) are <skipped>. A file that
 * could not be read is an <error>. A clean file still gets passing testcases (at least one).
 */
import type { LintMessage, LintResult } from '../types';
import type { FormatContext, Formatter } from './types';
import { escapeXml, labels, locationText, relatedWhere, relPath } from './common';

const CLEAN_CASE = 'budget-lint';

function failureText(m: LintMessage, ctx: FormatContext): string {
  const t = labels(ctx.lang);
  const lines = [`${locationText(m, ctx.lang)} ${m.message}`.trim()];
  if (m.table) lines.push(`${t.table}: ${m.table}`);
  if (m.actual !== undefined || m.expected !== undefined) lines.push(`${t.actual}: ${m.actual ?? '—'}  ${t.expected}: ${m.expected ?? '—'}`);
  for (const x of m.related ?? []) lines.push(`${t.related}: ${[x.label, relatedWhere(x, m, ctx.lang), x.value].filter(Boolean).join(' ')}`);
  return lines.join('\n');
}

function suite(r: LintResult, ctx: FormatContext): { xml: string; tests: number; failures: number; errors: number; skipped: number } {
  const file = relPath(r.filePath, ctx.cwd);
  const cls = escapeXml(file);
  const byRule = new Map<string, LintMessage[]>();
  const fatal = r.messages.filter((m) => m.fatal);
  if (!fatal.length) {
    for (const id of ctx.rulesMeta.keys()) byRule.set(id, []);
    for (const s of r.coverage.rulesSkipped) if (!byRule.has(s.ruleId)) byRule.set(s.ruleId, []);
  }
  for (const m of r.messages) {
    if (m.fatal) continue;
    const id = m.ruleId ?? CLEAN_CASE;
    if (!byRule.has(id)) byRule.set(id, []);
    byRule.get(id)!.push(m);
  }
  if (!byRule.size && !fatal.length) byRule.set(CLEAN_CASE, []);
  const skippedReason = new Map<string, string>();
  for (const s of r.coverage.rulesSkipped) skippedReason.set(s.ruleId, skippedReason.has(s.ruleId) ? `${skippedReason.get(s.ruleId)}；${s.reason}` : s.reason);

  let failures = 0;
  let skipped = 0;
  const cases: string[] = [];
  for (const id of [...byRule.keys()].sort()) {
    const msgs = byRule.get(id)!;
    const errs = msgs.filter((m) => m.severity === 2);
    const warns = msgs.filter((m) => m.severity !== 2);
    let body = '';
    if (errs.length) {
      const t = labels(ctx.lang);
      const summary = ctx.lang === 'en' ? `${errs.length} error${errs.length === 1 ? '' : 's'}: ${`${locationText(errs[0], ctx.lang)} ${errs[0].message}`.trim()}${errs.length > 1 ? ' …' : ''}` : `${errs.length} 个错误：${`${locationText(errs[0], ctx.lang)} ${errs[0].message}`.trim()}${errs.length > 1 ? ' …' : ''}`;
      const text = errs.map((m, i) => `${i + 1}. [${t.error}] ${failureText(m, ctx)}`).join('\n\n');
      body += `\n      <failure type="${escapeXml(id)}" message="${escapeXml(summary)}">${escapeXml(text)}</failure>`;
      failures++;
    }
    if (!msgs.length && skippedReason.has(id)) {
      body += `\n      <skipped message="${escapeXml(skippedReason.get(id))}"/>`;
      skipped++;
    }
    if (warns.length) body += `\n      <system-out>${escapeXml(warns.map((m) => `[${labels(ctx.lang).warning}] ${failureText(m, ctx)}`).join('\n\n'))}</system-out>`;
    cases.push(`    <testcase classname="${cls}" name="${escapeXml(id)}" time="0"${body ? `>${body}\n    </testcase>` : '/>'}`);
  }
  for (const m of fatal) {
    cases.push(`    <testcase classname="${cls}" name="${escapeXml(labels(ctx.lang).fatal)}" time="0">\n      <error type="fatal" message="${escapeXml(m.message)}">${escapeXml(m.message)}</error>\n    </testcase>`);
  }
  const tests = cases.length;
  const errors = fatal.length;
  const xml = `  <testsuite name="${cls}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">\n${cases.join('\n')}\n  </testsuite>`;
  return { xml, tests, failures, errors, skipped };
}

const junit: Formatter = (results: LintResult[], ctx: FormatContext) => {
  const suites = results.map((r) => suite(r, ctx));
  const sum = (k: 'tests' | 'failures' | 'errors' | 'skipped'): number => suites.reduce((n, s) => n + s[k], 0);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="budget-lint" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" skipped="${sum('skipped')}" time="0">\n` +
    suites.map((s) => s.xml).join('\n') +
    (suites.length ? '\n' : '') +
    `</testsuites>\n`
  );
};
export default junit;
