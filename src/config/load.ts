/**
 * Config discovery with cosmiconfig: .budgetlintrc{,.json,.yaml,.yml,.js,.cjs},
 * budgetlint.config.js, or package.json#budgetlint. A .js config is code, like ESLint's.
 * JSON configs are parsed with jsonc-parser first, so that a syntax error (a trailing comma) and
 * every schema problem are reported with their line and column.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cosmiconfigSync } from 'cosmiconfig';
import type * as Jsonc from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

/** jsonc-parser loads when a JSON config is read. */
const jsonc = (): typeof Jsonc => require('jsonc-parser') as typeof Jsonc;
import { ConfigError } from '../errors';
import type { Lang } from '../types';
import { BudgetLintConfig, Locate, validateConfig } from './schema';

export interface LoadedConfig {
  config: BudgetLintConfig;
  filepath: string | null;
  /** Line and column of a key path in the config file (JSON configs only). */
  locate?: Locate;
}

const explorer = () =>
  cosmiconfigSync('budgetlint', {
    searchPlaces: ['package.json', '.budgetlintrc', '.budgetlintrc.json', '.budgetlintrc.yaml', '.budgetlintrc.yml', '.budgetlintrc.js', '.budgetlintrc.cjs', 'budgetlint.config.js', 'budgetlint.config.cjs'],
    searchStrategy: 'global',
  });

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A JSON config's text, or null when the file is YAML or code. */
function jsonText(file: string): string | null {
  const name = path.basename(file);
  if (!/\.json$/i.test(name) && name !== '.budgetlintrc') return null;
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return name === '.budgetlintrc' && !text.trimStart().startsWith('{') ? null : text;
}

const SYNTAX: Record<string, { zh: string; en: string }> = {
  PropertyNameExpected: { zh: '应为带引号的键名（多了一个逗号？）', en: 'a quoted property name was expected (a trailing comma?)' },
  ValueExpected: { zh: '应为一个值（多了一个逗号？）', en: 'a value was expected (a trailing comma?)' },
  CommaExpected: { zh: '缺少逗号', en: 'a comma is missing' },
  ColonExpected: { zh: '缺少冒号', en: 'a colon is missing' },
  CloseBraceExpected: { zh: '缺少 }', en: '} is missing' },
  CloseBracketExpected: { zh: '缺少 ]', en: '] is missing' },
  InvalidCommentToken: { zh: 'JSON 中不能有注释', en: 'JSON cannot hold comments' },
};

/** Parses a JSON config strictly; a syntax error names its line and column. */
function parseJsonConfig(text: string, shownAs: string, lang: Lang, pkgKey?: string): { value: unknown; locate: Locate } {
  const errors: ParseError[] = [];
  const value = jsonc().parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length) {
    const reason = errors
      .map((e) => {
        const at = lineColumn(text, e.offset);
        const code = jsonc().printParseErrorCode(e.error);
        const what = SYNTAX[code]?.[lang] ?? code;
        return `\n  ${at.line}:${at.column} ${what}`;
      })
      .join('');
    throw new ConfigError('configInvalid', { file: shownAs, path: '', reason });
  }
  const tree = jsonc().parseTree(text, [], { allowTrailingComma: false });
  const locate: Locate = (keyPath) => {
    if (!tree) return null;
    const full = pkgKey ? [pkgKey, ...keyPath] : keyPath;
    for (let n = full.length; n >= 0; n--) {
      const node = jsonc().findNodeAtLocation(tree, full.slice(0, n));
      if (node) return lineColumn(text, (node.parent?.type === 'property' ? node.parent.offset : node.offset));
    }
    return null;
  };
  return { value: pkgKey ? (value as Record<string, unknown>)?.[pkgKey] : value, locate };
}

function loadFile(file: string, shownAs: string, lang: Lang): LoadedConfig {
  const text = jsonText(file);
  if (text !== null) {
    const pkg = path.basename(file) === 'package.json';
    const { value, locate } = parseJsonConfig(text, shownAs, lang, pkg ? 'budgetlint' : undefined);
    return { config: validateConfig(value ?? {}, shownAs, locate, lang), filepath: file, locate };
  }
  let result;
  try {
    result = explorer().load(file);
  } catch (err) {
    throw new ConfigError('configInvalid', { file: shownAs, path: '', reason: `\n  ${err instanceof Error ? err.message.trim() : String(err)}` });
  }
  return { config: validateConfig(result?.config ?? {}, shownAs, undefined, lang), filepath: file };
}

export function loadConfig(opts: { cwd: string; configPath?: string; noLookup?: boolean; lang?: Lang }): LoadedConfig {
  const lang = opts.lang ?? 'zh';
  if (opts.configPath) {
    const file = path.resolve(opts.cwd, opts.configPath);
    if (!fs.existsSync(file)) throw new ConfigError('configNotFound', { file: opts.configPath });
    return loadFile(file, opts.configPath, lang);
  }
  if (opts.noLookup) return { config: {}, filepath: null };
  let result;
  try {
    result = explorer().search(opts.cwd);
  } catch (err) {
    const file = (err as { filepath?: string }).filepath;
    if (file && fs.existsSync(file)) return loadFile(file, path.relative(opts.cwd, file) || file, lang);
    throw new ConfigError('configInvalid', { file: file ?? '.budgetlintrc', path: '', reason: `\n  ${err instanceof Error ? err.message.trim() : String(err)}` });
  }
  if (!result || result.isEmpty) return { config: {}, filepath: result?.filepath ?? null };
  return loadFile(result.filepath, path.relative(opts.cwd, result.filepath) || result.filepath, lang);
}
