/** The library API: lint(files, options) → LintResult[], listRules(). The CLI is a thin layer over it. */
import path from 'node:path';
import type { Lang, LintResult } from './types';
import { builtinRules } from '../rules';
import { loadConfig } from './config/load';
import { loadPlugins, resolveConfig } from './config/resolve';
import type { BudgetLintConfig, RuleSettingInput } from './config/schema';
import { expandInputs } from './engine/inputs';
import { keepsGrids, lintFiles, LintRun, LintOptions } from './engine/lint';
import { lintBatch } from './engine/batch';
import type { ApiOptions } from './engine/options';

export type { ApiOptions } from './engine/options';

export * from './types';
export { createRule } from './engine/rule';
export type { Rule, RuleMeta, RuleContext } from './engine/rule';


/** Config → everything a lint needs (rules, settings, tolerance, resolved paths). Also used by workers. */
export function prepareOptions(options: ApiOptions): LintOptions & { configKey: string } {
  const cwd = options.cwd ?? process.cwd();
  const loaded = options.config ? { config: options.config, filepath: null } : loadConfig({ cwd, configPath: options.configFile, noLookup: options.noConfig, lang: options.lang });
  const lang = options.lang ?? loaded.config.lang ?? 'zh';
  const configFile = loaded.filepath ? path.relative(cwd, loaded.filepath) || loaded.filepath : lang === 'en' ? '(default config)' : '(默认配置)';
  const extra = loadPlugins(loaded.config, loaded.filepath ? path.dirname(loaded.filepath) : cwd, configFile);
  const resolved = resolveConfig(loaded.config, builtinRules, extra, configFile, 'locate' in loaded ? loaded.locate : undefined, lang);
  if (options.ruleOverrides && Object.keys(options.ruleOverrides).length) {
    const over = resolveConfig({ rules: options.ruleOverrides }, resolved.rules, [], '--rule', undefined, lang);
    for (const id of Object.keys(options.ruleOverrides)) resolved.settings.set(id, over.settings.get(id)!);
  }
  const configKey = JSON.stringify({ settings: [...resolved.settings], tolerance: resolved.tolerance.toString(), lang, rules: [...resolved.rules.keys()], config: loaded.config, narrative: options.narrative ?? null });
  return {
    rules: resolved.rules,
    settings: resolved.settings,
    tolerance: resolved.tolerance,
    lang,
    narrative: options.narrative ? path.resolve(cwd, options.narrative) : undefined,
    prior: options.prior ? expandInputs(options.prior, cwd, { lang }) : undefined,
    maxFileSize: options.maxFileSize ?? loaded.config.maxFileSize,
    maxSheets: options.maxSheets,
    cwd,
    configKey,
  };
}

export async function lintRun(patterns: string[], options: ApiOptions = {}): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const prepared = prepareOptions(options);
  const files = expandInputs(patterns, cwd, { ignorePatterns: options.ignorePatterns, ignoreFile: options.noIgnore !== true, lang: prepared.lang });
  if ((options.jobs ?? 1) > 1 || options.cacheFile || options.onProgress || options.timeoutSeconds) return lintBatch(files, prepared, options);
  return lintFiles(files, prepared, { sources: keepsGrids(options.wantSources), documents: options.wantDocuments !== false });
}

export async function lint(patterns: string[], options: ApiOptions = {}): Promise<LintResult[]> {
  return (await lintRun(patterns, options)).results;
}

export function listRules() {
  return [...builtinRules.values()].map((r) => r.meta);
}
