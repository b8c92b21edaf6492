/**
 * Config discovery with cosmiconfig: .budgetlintrc{,.json,.yaml,.yml,.js,.cjs},
 * budgetlint.config.js, or package.json#budgetlint. A .js config is code, like ESLint's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cosmiconfigSync } from 'cosmiconfig';
import { ConfigError } from '../errors';
import { BudgetLintConfig, validateConfig } from './schema';

export interface LoadedConfig {
  config: BudgetLintConfig;
  filepath: string | null;
}

const explorer = () =>
  cosmiconfigSync('budgetlint', {
    searchPlaces: ['package.json', '.budgetlintrc', '.budgetlintrc.json', '.budgetlintrc.yaml', '.budgetlintrc.yml', '.budgetlintrc.js', '.budgetlintrc.cjs', 'budgetlint.config.js', 'budgetlint.config.cjs'],
    searchStrategy: 'global',
  });

export function loadConfig(opts: { cwd: string; configPath?: string; noLookup?: boolean }): LoadedConfig {
  if (opts.configPath) {
    const file = path.resolve(opts.cwd, opts.configPath);
    if (!fs.existsSync(file)) throw new ConfigError('configNotFound', { file: opts.configPath });
    let result;
    try {
      result = explorer().load(file);
    } catch (err) {
      throw new ConfigError('configInvalid', { file: opts.configPath, path: '(文件)', reason: err instanceof Error ? err.message.split('\n')[0] : String(err) });
    }
    return { config: validateConfig(result?.config ?? {}, opts.configPath), filepath: file };
  }
  if (opts.noLookup) return { config: {}, filepath: null };
  let result;
  try {
    result = explorer().search(opts.cwd);
  } catch (err) {
    const file = (err as { filepath?: string }).filepath ?? '.budgetlintrc';
    throw new ConfigError('configInvalid', { file, path: '(文件)', reason: err instanceof Error ? err.message.split('\n')[0] : String(err) });
  }
  if (!result || result.isEmpty) return { config: {}, filepath: result?.filepath ?? null };
  return { config: validateConfig(result.config, path.relative(opts.cwd, result.filepath) || result.filepath), filepath: result.filepath };
}
