/**
 * Baseline of existing findings, like ESLint's bulk suppressions: the file records, per file and
 * rule, how many findings to tolerate. `--baseline` then reports only what is new, and a recorded
 * finding that disappeared is returned as `unmatched` (the CLI fails until the baseline is pruned).
 *
 * Besides the count, each entry lists the findings' places (`messageId@sheet!cell`) as a hint:
 * when a rule has more findings than recorded, the ones at recorded places are suppressed first,
 * so the findings reported are most likely the new ones. Only the count decides how many are
 * suppressed. Fatal results are never suppressed.
 */
import path from 'node:path';
import type { LintMessage, LintResult } from '../types';

export interface BaselineEntry {
  count: number;
  places?: string[];
}

export interface Baseline {
  version: 1;
  /** File (relative to cwd, forward slashes) → rule id → entry. */
  files: Record<string, Record<string, BaselineEntry>>;
}

export interface Unmatched {
  file: string;
  ruleId: string;
  recorded: number;
  found: number;
}

const NO_RULE = '(none)';

/**
 * File paths and rule ids are user-controlled keys (a CSV folder may be called `__proto__`, a
 * baseline file is hand-edited): they index prototype-less objects, never plain ones, so that
 * `files['__proto__'] ??= {}` cannot reach Object.prototype.
 */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function own<T>(obj: Record<string, T> | undefined, key: string): T | undefined {
  return obj && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function fileKey(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || path.basename(file);
}

function place(m: LintMessage): string {
  const loc = m.sheet !== undefined ? `${m.sheet}!${m.cell ?? `R${m.line}C${m.column}`}` : `${m.file ? `${path.basename(m.file)}:` : ''}L${m.line}`;
  return `${m.messageId ?? ''}@${loc}`;
}

function byRule(r: LintResult): Map<string, LintMessage[]> {
  const map = new Map<string, LintMessage[]>();
  for (const m of r.messages) {
    if (m.fatal) continue;
    const id = m.ruleId ?? NO_RULE;
    map.set(id, [...(map.get(id) ?? []), m]);
  }
  return map;
}

function sorted(files: Baseline['files']): Baseline['files'] {
  const out: Baseline['files'] = dict();
  for (const f of Object.keys(files).sort()) {
    const rules = files[f];
    const keys = Object.keys(rules).sort();
    if (!keys.length) continue;
    const sortedRules = dict<BaselineEntry>();
    for (const k of keys) sortedRules[k] = rules[k];
    out[f] = sortedRules;
  }
  return out;
}

export function writeBaseline(results: LintResult[], cwd = process.cwd()): Baseline {
  const files: Baseline['files'] = dict();
  for (const r of results) {
    const key = fileKey(r.filePath, cwd);
    for (const [ruleId, list] of byRule(r)) {
      const entry = ((files[key] ??= dict())[ruleId] ??= { count: 0, places: [] });
      entry.count += list.length;
      entry.places!.push(...list.map(place));
    }
  }
  for (const rules of Object.values(files)) for (const e of Object.values(rules)) e.places = [...new Set(e.places)].sort();
  return { version: 1, files: sorted(files) };
}

function recount(r: LintResult, messages: LintMessage[]): LintResult {
  return {
    ...r,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
  };
}

export function applyBaseline(results: LintResult[], baseline: Baseline, cwd = process.cwd()): { results: LintResult[]; unmatched: Unmatched[]; suppressed: number } {
  const unmatched: Unmatched[] = [];
  let suppressed = 0;
  const out = results.map((r) => {
    const key = fileKey(r.filePath, cwd);
    const recorded = own(baseline.files, key) ?? dict<BaselineEntry>();
    const drop = new Set<LintMessage>();
    const groups = byRule(r);
    for (const [ruleId, entry] of Object.entries(recorded)) {
      const list = groups.get(ruleId) ?? [];
      if (list.length < entry.count) unmatched.push({ file: key, ruleId, recorded: entry.count, found: list.length });
      const places = new Set(entry.places ?? []);
      const order = [...list.filter((m) => places.has(place(m))), ...list.filter((m) => !places.has(place(m)))];
      for (const m of order.slice(0, entry.count)) drop.add(m);
    }
    suppressed += drop.size;
    return drop.size ? recount(r, r.messages.filter((m) => !drop.has(m))) : r;
  });
  // A file recorded in the baseline but not linted this time is not "disappeared": it was not checked.
  return { results: out, unmatched, suppressed };
}

/** Lower each count to what the results still have; drop entries and files that reach zero. */
export function pruneBaseline(baseline: Baseline, results: LintResult[], cwd = process.cwd()): Baseline {
  const current = writeBaseline(results, cwd);
  const files: Baseline['files'] = dict();
  for (const [file, rules] of Object.entries(baseline.files)) {
    const linted = results.some((r) => fileKey(r.filePath, cwd) === file);
    for (const [ruleId, entry] of Object.entries(rules)) {
      const was = own(own(current.files, file), ruleId);
      const now = linted ? (was?.count ?? 0) : entry.count;
      const count = Math.min(entry.count, now);
      if (count <= 0) continue;
      const places = linted ? (entry.places ?? []).filter((p) => was?.places?.includes(p)) : entry.places;
      (files[file] ??= dict())[ruleId] = { count, ...(places?.length ? { places } : {}) };
    }
  }
  return { version: 1, files: sorted(files) };
}

/** Parse and validate a baseline file's JSON; throws Error with a readable reason. */
export function parseBaseline(text: string): Baseline {
  const data = JSON.parse(text) as Partial<Baseline>;
  if (!data || data.version !== 1 || typeof data.files !== 'object' || data.files === null) throw new Error('not a budget-lint baseline (version 1)');
  for (const rules of Object.values(data.files)) {
    for (const e of Object.values(rules)) if (typeof e?.count !== 'number' || e.count < 0) throw new Error('baseline entry without a count');
  }
  return data as Baseline;
}
