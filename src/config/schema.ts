/**
 * Validation of the whole .budgetlintrc before any file is read, against the JSON Schema shipped
 * as schema/budgetlintrc.schema.json (editors complete a config from it): ajv with allErrors, so
 * every problem is reported at once, each with its key path and, for JSON files, line and column.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { ConfigError } from '../errors';
import type { Lang, Severity } from '../types';

export type SeverityInput = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleSettingInput = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

export interface BudgetLintConfig {
  preset?: 'recommended' | 'strict';
  rules?: Record<string, RuleSettingInput>;
  /** Extra absolute tolerance (万元) added to every rounding interval. Reported in coverage. */
  tolerance?: string | number;
  plugins?: string[];
  rulesDir?: string | string[];
  lang?: Lang;
  maxFileSize?: number;
}

export function toSeverity(v: unknown): Severity | null {
  if (v === 'off' || v === 0) return 0;
  if (v === 'warn' || v === 1) return 1;
  if (v === 'error' || v === 2) return 2;
  return null;
}

/** The shipped schema, found by walking up from this file (src/ under jest, dist/src when built). */
export function schemaPath(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, 'schema', 'budgetlintrc.schema.json');
    if (fs.existsSync(file)) return file;
    dir = path.dirname(dir);
  }
  throw new Error('schema/budgetlintrc.schema.json not found');
}

let compiled: ReturnType<Ajv['compile']> | null = null;
function validator(): ReturnType<Ajv['compile']> {
  // ajv loads when a config is validated, not on every run (20 ms of a 0.3 s lint).
  if (!compiled) {
    const AjvClass = (require('ajv') as { default: typeof Ajv }).default;
    compiled = new AjvClass({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaPath(), 'utf8')));
  }
  return compiled;
}

/** One problem: the key path (rules.sum/x, tolerance) and what is wrong, in both languages. */
export interface ConfigProblem {
  path: string[];
  zh: string;
  en: string;
}

function keyPath(instancePath: string): string[] {
  return instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describe(e: ErrorObject): ConfigProblem {
  const p = keyPath(e.instancePath);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      return { path: [...p, key], zh: '不是已知的配置项', en: 'unknown key' };
    }
    case 'enum':
      return { path: p, zh: `应为 ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(' | ')}`, en: `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(' | ')}` };
    case 'type':
      return { path: p, zh: `应为 ${(e.params as { type: string }).type}`, en: `must be ${(e.params as { type: string }).type}` };
    case 'anyOf':
      if (p[0] === 'rules') return { path: p, zh: '严重级别应为 "off" | "warn" | "error" 或 0 | 1 | 2，或 [级别, 选项]', en: 'severity must be "off" | "warn" | "error" or 0 | 1 | 2, or [severity, options]' };
      if (p[0] === 'tolerance') return { path: p, zh: '应为非负小数，如 "0.01"', en: 'must be a non-negative decimal such as "0.01"' };
      return { path: p, zh: '应为路径字符串或数组', en: 'must be a path or an array of paths' };
    default:
      return { path: p, zh: e.message ?? e.keyword, en: e.message ?? e.keyword };
  }
}

/** Every schema problem of a config (empty when valid). Errors inside an anyOf are folded into it. */
export function configProblems(raw: unknown): ConfigProblem[] {
  const validate = validator();
  if (validate(raw)) return [];
  const errors = validate.errors ?? [];
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  const out: ConfigProblem[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && [...anyOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'))) continue;
    const problem = describe(e);
    const key = problem.path.join('.') + problem.zh;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

/** Where a key path sits in the file's text, for "file:line:col"; null when unknown. */
export type Locate = (path: string[]) => { line: number; column: number } | null;

export function renderProblems(problems: ConfigProblem[], locate: Locate | undefined, lang: Lang): string {
  return problems
    .map((p) => {
      const at = locate?.(p.path);
      const where = at ? `${at.line}:${at.column} ` : '';
      return `\n  ${where}${p.path.length ? p.path.join('.') : lang === 'en' ? '(root)' : '（根）'}: ${lang === 'en' ? p.en : p.zh}`;
    })
    .join('');
}

export function validateConfig(raw: unknown, file: string, locate?: Locate, lang: Lang = 'zh'): BudgetLintConfig {
  const problems = configProblems(raw);
  if (problems.length) throw new ConfigError('configInvalid', { file, path: '', reason: renderProblems(problems, locate, lang) });
  return raw as BudgetLintConfig;
}
