/**
 * Command-line paths → input files: files, directories (walked) and globs (tinyglobby: braces,
 * classes, `**`; a pattern starting with `!` excludes). Directory walks and globs skip what
 * `.budgetlintignore` (in the working directory, .gitignore syntax via `ignore`) and
 * `--ignore-pattern` name; a file named on the command line is always linted.
 * Output order is deterministic (sorted), whatever the file system returns.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as Tinyglobby from 'tinyglobby';

/** tinyglobby loads when a folder is walked or a glob expanded, not for plain file names. */
const glob = (): typeof Tinyglobby => require('tinyglobby') as typeof Tinyglobby;
import ignore from 'ignore';
import { isCandidateInput, supportedExtensions } from '../read';
import { UsageError } from '../errors';

export const IGNORE_FILE = '.budgetlintignore';

export interface InputOptions {
  /** Extra ignore patterns (.gitignore syntax), like ESLint's --ignore-pattern. */
  ignorePatterns?: string[];
  /** Read `.budgetlintignore` from the working directory (default true). */
  ignoreFile?: boolean;
  lang?: 'zh' | 'en';
}

type Filter = (abs: string) => boolean;

/** The ignore filter: true when a file is to be skipped. Paths outside cwd are never ignored. */
export function ignoreFilter(cwd: string, opts: InputOptions = {}): Filter {
  const ig = ignore();
  const file = path.join(cwd, IGNORE_FILE);
  if (opts.ignoreFile !== false && fs.existsSync(file)) ig.add(fs.readFileSync(file, 'utf8'));
  if (opts.ignorePatterns?.length) ig.add(opts.ignorePatterns);
  return (abs) => {
    const rel = path.relative(cwd, abs);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return ig.ignores(rel.split(path.sep).join('/'));
  };
}

const isOfficeLock = (f: string): boolean => path.basename(f).startsWith('~$');

function walk(dir: string): string[] {
  return glob().globSync('**/*', { cwd: dir, absolute: true, dot: false, ignore: ['**/node_modules/**'], onlyFiles: true })
    .map((f) => path.resolve(f))
    .filter((f) => isCandidateInput(f) && !isOfficeLock(f));
}

export function expandInputs(patterns: string[], cwd: string, opts: InputOptions = {}): string[] {
  const en = opts.lang === 'en';
  const ignored = ignoreFilter(cwd, opts);
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const exclude = ignore().add(negated);
  const excluded = (abs: string): boolean => {
    if (!negated.length) return false;
    const rel = path.relative(cwd, abs);
    return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel) && exclude.ignores(rel.split(path.sep).join('/'));
  };
  const files: string[] = [];
  for (const p of patterns) {
    if (p.startsWith('!')) continue;
    const abs = path.resolve(cwd, p);
    if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) {
      const found = walk(abs).filter((f) => !ignored(f) && !excluded(f));
      if (!found.length) throw new UsageError('usage', { reason: en ? `no file to check in directory ${p} (${supportedExtensions().join(' ')})` : `目录 ${p} 中没有可检查的文件（${supportedExtensions().join(' ')}）` });
      files.push(...found);
    } else if (!fs.existsSync(abs) && glob().isDynamicPattern(p)) {
      const matched = glob().globSync(p, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'], onlyFiles: true, expandDirectories: false })
        .map((f) => path.resolve(f))
        .filter((f) => isCandidateInput(f) && !isOfficeLock(f) && !ignored(f) && !excluded(f));
      if (!matched.length) throw new UsageError('usage', { reason: en ? `no file matches ${p}` : `没有文件匹配 ${p}` });
      files.push(...matched);
    } else {
      files.push(abs); // named on the command line: linted, or a fatal result of its own
    }
  }
  return [...new Set(files)].sort();
}
