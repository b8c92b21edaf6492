/**
 * Config → the rules to run and their settings. Presets come from meta.defaultSeverity;
 * plugins (packages or files) and rulesDir add custom rules without forking.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Rule } from '../engine/rule';
import type { RuleSetting } from '../engine/engine';
import { ConfigError } from '../errors';
import { D } from '../ledger/decimal';
import type Decimal from 'decimal.js';
import type { Lang } from '../types';
import { BudgetLintConfig, ConfigProblem, Locate, renderProblems, toSeverity } from './schema';
import { didYouMean } from './suggest';

export interface ResolvedConfig {
  rules: Map<string, Rule<string>>;
  settings: Map<string, RuleSetting>;
  tolerance: Decimal;
}

function isRule(x: unknown): x is Rule<string> {
  return !!x && typeof x === 'object' && typeof (x as Rule).check === 'function' && typeof (x as Rule).meta?.id === 'string';
}

/** A plugin module exports { rules: Rule[] | Record<string, Rule> }, or a rule, or a default export of either. */
function rulesFromModule(mod: unknown): Rule<string>[] {
  const m = (mod as { default?: unknown })?.default ?? mod;
  if (isRule(m)) return [m];
  const rules = (m as { rules?: unknown })?.rules;
  if (Array.isArray(rules)) return rules.filter(isRule);
  if (rules && typeof rules === 'object') return Object.values(rules).filter(isRule);
  return [];
}

export function loadPlugins(config: BudgetLintConfig, baseDir: string, configFile: string): Rule<string>[] {
  const out: Rule<string>[] = [];
  for (const plugin of config.plugins ?? []) {
    try {
      const resolved = plugin.startsWith('.') || path.isAbsolute(plugin) ? path.resolve(baseDir, plugin) : require.resolve(plugin, { paths: [baseDir] });
      const rules = rulesFromModule(require(resolved));
      if (!rules.length) throw new Error('模块没有导出任何规则（应导出 { rules: [...] }）');
      out.push(...rules);
    } catch (err) {
      throw new ConfigError('pluginLoad', { plugin, file: configFile, reason: err instanceof Error ? err.message.split('\n')[0] : String(err) });
    }
  }
  const dirs = config.rulesDir === undefined ? [] : Array.isArray(config.rulesDir) ? config.rulesDir : [config.rulesDir];
  for (const dir of dirs) {
    const abs = path.resolve(baseDir, dir);
    let files: string[];
    try {
      files = fs.readdirSync(abs).filter((f) => /\.(c?js)$/.test(f)).sort();
    } catch (err) {
      throw new ConfigError('pluginLoad', { plugin: dir, file: configFile, reason: err instanceof Error ? err.message : String(err) });
    }
    for (const f of files) {
      try {
        out.push(...rulesFromModule(require(path.join(abs, f))));
      } catch (err) {
        throw new ConfigError('pluginLoad', { plugin: path.join(dir, f), file: configFile, reason: err instanceof Error ? err.message.split('\n')[0] : String(err) });
      }
    }
  }
  return out;
}

export function resolveConfig(config: BudgetLintConfig, builtins: Map<string, Rule<string>>, extra: Rule<string>[], configFile: string, locate?: Locate, lang: Lang = 'zh'): ResolvedConfig {
  const rules = new Map(builtins);
  for (const r of extra) rules.set(r.meta.id, r);
  const settings = new Map<string, RuleSetting>();
  for (const [id, rule] of rules) {
    let severity = toSeverity(rule.meta.defaultSeverity) ?? 0;
    if (config.preset === 'strict' && severity === 1 && id !== 'rounding/tail') severity = 2;
    settings.set(id, { severity, options: {} });
  }
  // Every problem at once: unknown rules and options (with the nearest name), wrong option types.
  const problems: ConfigProblem[] = [];
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!rules.has(id)) {
      problems.push({ path: ['rules', id], zh: `没有这条规则${didYouMean(id, rules.keys(), 'zh')}；可用 budget-lint rules 查看全部规则`, en: `no such rule${didYouMean(id, rules.keys(), 'en')}; budget-lint rules lists them all` });
      continue;
    }
    const sev = toSeverity(Array.isArray(setting) ? setting[0] : setting) ?? 0;
    const options = Array.isArray(setting) && setting[1] ? setting[1] : {};
    const schema = rules.get(id)!.meta.schema ?? {};
    let ok = true;
    for (const key of Object.keys(options)) {
      if (!schema[key]) {
        problems.push({ path: ['rules', id, '1', key], zh: `规则没有这个选项${didYouMean(key, Object.keys(schema), 'zh')}`, en: `the rule has no such option${didYouMean(key, Object.keys(schema), 'en')}` });
        ok = false;
        continue;
      }
      const t = schema[key].type;
      const v = (options as Record<string, unknown>)[key];
      if ((t === 'object' ? typeof v !== 'object' : typeof v !== t) || v === null) {
        problems.push({ path: ['rules', id, '1', key], zh: `应为 ${t}`, en: `must be ${t}` });
        ok = false;
      }
    }
    if (ok) settings.set(id, { severity: sev, options: options as Record<string, unknown> });
  }
  if (problems.length) throw new ConfigError('configInvalid', { file: configFile, path: '', reason: renderProblems(problems, locate, lang) });
  return { rules, settings, tolerance: new D(config.tolerance ?? 0) };
}
