/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules that ran with bilingual help, one result
 * per finding (physical location = file + row/column, logical location = sheet!cell), fatal
 * messages as tool execution notifications. GitHub accepts at most 25,000 results per run: beyond
 * that the output is truncated and a notification says so.
 */
import { createHash } from 'node:crypto';
import type { LintMessage, LintResult } from '../types';
import type { RuleMeta } from '../engine/rule';
import type { FormatContext, Formatter } from './types';
import { messageFile, relatedWhere, relPath } from './common';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const MAX_RESULTS = 25000;
const MAX_RELATED = 10;
const INFO_URI = 'https://github.com/budget-lint/budget-lint';
const VERSION = readVersion();

function readVersion(): string {
  // src/report → package root; dist/src/report → two levels further.
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pkg = require(rel) as { name?: string; version?: string };
      if (pkg.name === 'budget-lint' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

type Level = 'error' | 'warning' | 'note';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

function ruleDescriptor(id: string, meta: RuleMeta<string> | undefined, ctx: FormatContext): SarifRule {
  const lang = ctx.lang;
  const other = lang === 'zh' ? 'en' : 'zh';
  const short = meta ? meta.description[lang] : id;
  const rationale = meta?.docs.rationale[lang] ?? '';
  const examples = meta?.docs.examples;
  const full = [short, rationale].filter(Boolean).join(' — ');
  // A Chinese report also carries the English description; an English one stays English.
  const both = lang === 'zh';
  const textParts = [short, rationale, meta && both ? meta.description[other] : ''].filter(Boolean);
  let markdown = `**${id}** — ${short}\n\n${rationale}`;
  if (examples) markdown += `\n\n${lang === 'zh' ? '错误示例' : 'Invalid'}: ${examples.invalid[lang]}\n\n${lang === 'zh' ? '正确示例' : 'Valid'}: ${examples.valid[lang]}`;
  if (meta && both) markdown += `\n\n_${meta.description[other]}_`;
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : '')),
    shortDescription: { text: short },
    fullDescription: { text: full || id },
    help: { text: textParts.join('\n\n') || id, markdown: markdown.trim() },
    defaultConfiguration: { level: meta?.defaultSeverity === 'error' ? 'error' : meta?.defaultSeverity === 'warn' ? 'warning' : 'note' },
    properties: { tags: ['budget-lint', meta?.family ?? id.split('/')[0]] },
  };
}

/** URIs are relative to the run's cwd (uriBaseId %SRCROOT%); the absolute cwd is not written out. */
function uriOf(p: string): string {
  return encodeURI(p).replace(/[?#]/g, (ch) => encodeURIComponent(ch));
}

function region(m: LintMessage): { startLine: number; startColumn?: number } | undefined {
  const line = m.line;
  if (!line || line < 1) return undefined;
  return m.column && m.column >= 1 ? { startLine: line, startColumn: m.column } : { startLine: line };
}

/**
 * A PDF is no text file: a line/column region into it would point at bytes that are not the
 * finding. SARIF has no page field, so a finding on a PDF names its artifact alone, its page in
 * `properties.page` (of the result and of the location) and its table cell as a logical location.
 */
const isPdf = (file: string): boolean => /\.pdf$/i.test(file);

function location(r: LintResult, m: LintMessage, ctx: FormatContext): Record<string, unknown> {
  const file = messageFile(r, m);
  const reg = isPdf(file) ? undefined : region(m);
  const loc: Record<string, unknown> = {
    physicalLocation: {
      artifactLocation: { uri: uriOf(relPath(file, ctx.cwd)), uriBaseId: '%SRCROOT%' },
      ...(reg ? { region: reg } : {}),
    },
  };
  if (m.sheet !== undefined) {
    const name = m.cell ?? `R${m.line}C${m.column}`;
    loc.logicalLocations = [{ name, fullyQualifiedName: `${m.sheet}!${name}`, kind: 'element' }];
  }
  if (m.page !== undefined) loc.properties = { page: m.page };
  return loc;
}

function fingerprint(r: LintResult, m: LintMessage, ctx: FormatContext): string {
  const key = [relPath(messageFile(r, m), ctx.cwd), m.ruleId, m.messageId, m.sheet, m.cell ?? `${m.line}:${m.column}`].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function result(r: LintResult, m: LintMessage, ruleIndex: Map<string, number>, ctx: FormatContext): Record<string, unknown> {
  const ruleId = m.ruleId ?? 'budget-lint';
  const actualLabel = ctx.lang === 'zh' ? '实际' : 'actual';
  const expectedLabel = ctx.lang === 'zh' ? '应为' : 'expected';
  let text = m.message;
  if (m.actual !== undefined || m.expected !== undefined) text += ` (${actualLabel} ${m.actual ?? '—'} / ${expectedLabel} ${m.expected ?? '—'})`;
  const related = (m.related ?? []).filter((x) => x.sheet !== undefined || x.line !== undefined).slice(0, MAX_RELATED);
  const properties: Record<string, unknown> = {};
  for (const k of ['sheet', 'cell', 'page', 'table', 'source', 'actual', 'expected', 'tail', 'tailOf', 'messageId'] as const) {
    if (m[k] !== undefined) properties[k] = m[k];
  }
  return {
    ruleId,
    ...(ruleIndex.has(ruleId) ? { ruleIndex: ruleIndex.get(ruleId) } : {}),
    level: m.severity === 2 ? 'error' : 'warning',
    message: { text },
    locations: [location(r, m, ctx)],
    ...(related.length
      ? {
          relatedLocations: related.map((x, i) => ({
            id: i + 1,
            message: { text: [x.label, x.page !== undefined ? relatedWhere(x, m, ctx.lang) : x.sheet !== undefined ? `${x.sheet}!${x.cell ?? ''}` : `L${x.line}`, x.value].filter(Boolean).join(' ') },
            physicalLocation: {
              artifactLocation: { uri: uriOf(relPath(x.file ?? messageFile(r, m), ctx.cwd)), uriBaseId: '%SRCROOT%' },
              ...(x.line && !isPdf(x.file ?? messageFile(r, m)) ? { region: { startLine: x.line } } : {}),
            },
            ...(x.page !== undefined ? { properties: { page: x.page } } : {}),
            ...(x.sheet !== undefined ? { logicalLocations: [{ name: x.cell ?? '', fullyQualifiedName: `${x.sheet}!${x.cell ?? ''}`, kind: 'element' }] } : {}),
          })),
        }
      : {}),
    partialFingerprints: { 'budgetLint/v1': fingerprint(r, m, ctx) },
    properties,
  };
}

export function toSarif(results: LintResult[], ctx: FormatContext, maxResults = MAX_RESULTS): Record<string, unknown> {
  const ids = new Set<string>([...ctx.rulesMeta.keys()]);
  for (const r of results) for (const m of r.messages) if (!m.fatal && m.ruleId) ids.add(m.ruleId);
  const ruleIds = [...ids].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => ruleDescriptor(id, ctx.rulesMeta.get(id), ctx));

  const out: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  let total = 0;
  for (const r of results) {
    for (const m of r.messages) {
      if (m.fatal) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [location(r, m, ctx)], descriptor: { id: 'fatal' } });
        continue;
      }
      total++;
      if (out.length < maxResults) out.push(result(r, m, ruleIndex, ctx));
    }
  }
  if (total > out.length) {
    notifications.push({
      level: 'warning',
      descriptor: { id: 'truncated' },
      message: {
        text: ctx.lang === 'zh'
          ? `结果过多：共 ${total} 条，仅输出前 ${out.length} 条（GitHub 每次运行最多接受 ${maxResults} 条）。`
          : `Too many results: ${total} found, only the first ${out.length} are included (GitHub accepts at most ${maxResults} per run).`,
      },
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'budget-lint', informationUri: INFO_URI, version: VERSION, semanticVersion: VERSION, rules } },
        invocations: [{ executionSuccessful: notifications.every((n) => n.level !== 'error'), toolExecutionNotifications: notifications }],
        columnKind: 'unicodeCodePoints',
        results: out,
      },
    ],
  };
}

/** Compact JSON (no indentation) keeps large runs well under GitHub's 10 MB gzipped limit. */
const sarif: Formatter = (results, ctx) => JSON.stringify(toSarif(results, ctx)) + '\n';
export default sarif;
