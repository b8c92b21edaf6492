/** The library API: lint(files, options) → LintResult[], listRules(). The CLI is a thin layer over it. */
import path from 'node:path';
import type { Lang, LintResult } from './types';
import { builtinRules } from '../rules';
import { loadConfig } from './config/load';
import { loadPlugins, resolveConfig } from './config/resolve';
import type { BudgetLintConfig } from './config/schema';
import { expandInputs } from './engine/inputs';
import { lintFiles, LintRun } from './engine/lint';

export * from './types';
export { createRule } from './engine/rule';
export type { Rule, RuleMeta, RuleContext } from './engine/rule';

export interface ApiOptions {
  cwd?: string;
  configFile?: string;
  config?: BudgetLintConfig;
  lang?: Lang;
  narrative?: string;
  prior?: string[];
  maxFileSize?: number;
}

export async function lintRun(patterns: string[], options: ApiOptions = {}): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = options.config ? { config: options.config, filepath: null } : loadConfig({ cwd, configPath: options.configFile });
  const configFile = loaded.filepath ?? '(默认配置)';
  const extra = loadPlugins(loaded.config, loaded.filepath ? path.dirname(loaded.filepath) : cwd, configFile);
  const resolved = resolveConfig(loaded.config, builtinRules, extra, configFile);
  const files = expandInputs(patterns, cwd);
  return lintFiles(files, {
    rules: resolved.rules,
    settings: resolved.settings,
    tolerance: resolved.tolerance,
    lang: options.lang ?? loaded.config.lang ?? 'zh',
    narrative: options.narrative ? path.resolve(cwd, options.narrative) : undefined,
    prior: options.prior ? expandInputs(options.prior, cwd) : undefined,
    maxFileSize: options.maxFileSize ?? loaded.config.maxFileSize,
    cwd,
  });
}

export async function lint(patterns: string[], options: ApiOptions = {}): Promise<LintResult[]> {
  return (await lintRun(patterns, options)).results;
}

export function listRules() {
  return [...builtinRules.values()].map((r) => r.meta);
}
