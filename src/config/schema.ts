/**
 * Validation of the whole .budgetlintrc before any file is read: one message per problem naming
 * the key path and the config file (ConfigError → exit 2).
 */
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

const KEYS = new Set(['preset', 'rules', 'tolerance', 'plugins', 'rulesDir', 'lang', 'maxFileSize', '$schema']);

export function toSeverity(v: unknown): Severity | null {
  if (v === 'off' || v === 0) return 0;
  if (v === 'warn' || v === 1) return 1;
  if (v === 'error' || v === 2) return 2;
  return null;
}

function fail(file: string, path: string, reason: string): never {
  throw new ConfigError('configInvalid', { file, path, reason });
}

export function validateConfig(raw: unknown, file: string): BudgetLintConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(file, '(根)', '应为对象 / must be an object');
  const cfg = raw as Record<string, unknown>;
  for (const key of Object.keys(cfg)) if (!KEYS.has(key)) fail(file, key, '不是已知的配置项 / unknown key');
  if (cfg.preset !== undefined && cfg.preset !== 'recommended' && cfg.preset !== 'strict') fail(file, 'preset', '应为 "recommended" 或 "strict"');
  if (cfg.lang !== undefined && cfg.lang !== 'zh' && cfg.lang !== 'en') fail(file, 'lang', '应为 "zh" 或 "en"');
  if (cfg.tolerance !== undefined && !(typeof cfg.tolerance === 'number' || (typeof cfg.tolerance === 'string' && /^\d+(\.\d+)?$/.test(cfg.tolerance)))) fail(file, 'tolerance', '应为非负小数，如 "0.01"');
  if (typeof cfg.tolerance === 'number' && !(cfg.tolerance >= 0)) fail(file, 'tolerance', '应为非负小数');
  if (cfg.maxFileSize !== undefined && !(typeof cfg.maxFileSize === 'number' && cfg.maxFileSize > 0)) fail(file, 'maxFileSize', '应为正整数（字节）');
  if (cfg.plugins !== undefined && !(Array.isArray(cfg.plugins) && cfg.plugins.every((p) => typeof p === 'string'))) fail(file, 'plugins', '应为字符串数组');
  if (cfg.rulesDir !== undefined && !(typeof cfg.rulesDir === 'string' || (Array.isArray(cfg.rulesDir) && cfg.rulesDir.every((p) => typeof p === 'string')))) fail(file, 'rulesDir', '应为路径字符串或数组');
  if (cfg.rules !== undefined) {
    if (typeof cfg.rules !== 'object' || cfg.rules === null || Array.isArray(cfg.rules)) fail(file, 'rules', '应为对象');
    for (const [id, setting] of Object.entries(cfg.rules as Record<string, unknown>)) {
      const sev = Array.isArray(setting) ? setting[0] : setting;
      if (toSeverity(sev) === null) fail(file, `rules.${id}`, '严重级别应为 "off" | "warn" | "error" 或 0 | 1 | 2');
      if (Array.isArray(setting) && setting.length > 1 && (typeof setting[1] !== 'object' || setting[1] === null)) fail(file, `rules.${id}[1]`, '规则选项应为对象');
    }
  }
  return cfg as BudgetLintConfig;
}
