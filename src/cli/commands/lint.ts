/** `budget-lint [files…]`: lint, format, write, and decide the exit code (0 clean, 1 findings, 2 fatal). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Lang, LintResult } from '../../types';
import { lintRun } from '../../index';
import { getFormatter } from '../formatters';
import { CliIO, useColor, writeAtomic } from '../io';
import { builtinRules } from '../../../rules';
import { UsageError } from '../../errors';
import { applyBaseline, parseBaseline, pruneBaseline, writeBaseline } from '../../engine/baseline';
import { configProblems, RuleSettingInput } from '../../config/schema';
import { displayPath } from '../../engine/lint';

export interface LintCliOptions {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  lang: Lang;
  narrative?: string;
  prior?: string[];
  maxFileSize?: string;
  color?: boolean;
  verbose?: boolean;
  csvEncoding?: string;
  annotate?: string;
  jobs?: string;
  cache?: boolean;
  cacheLocation?: string;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  timeout?: string;
  maxSheets?: string;
  /** false with --no-config; a path with -c. */
  config?: string | false;
  rule?: string[];
  stdinFilename?: string;
  ignorePattern?: string[];
  /** false with --no-ignore. */
  ignore?: boolean;
}

/** A user-facing sentence in the run's language. */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

/**
 * `--rule "id: severity"` or `--rule 'id: ["error", {...}]'` (ESLint's form; rule ids hold no
 * colon). Several --rule flags add up; a later one wins for the same rule.
 */
export function parseRuleFlags(flags: string[] | undefined, lang: Lang): Record<string, RuleSettingInput> {
  const out: Record<string, RuleSettingInput> = {};
  for (const flag of flags ?? []) {
    const i = flag.indexOf(':');
    if (i < 0) throw new UsageError('usage', { reason: say(lang, `--rule 应为 "规则: 级别"，如 "rounding/tail: off"，收到 ${flag}`, `--rule must be "rule: severity", e.g. "rounding/tail: off"; got ${flag}`) });
    const id = flag.slice(0, i).trim();
    const text = flag.slice(i + 1).trim();
    let value: unknown = text;
    if (/^[[\d]/.test(text)) {
      try {
        value = JSON.parse(text);
      } catch {
        throw new UsageError('usage', { reason: say(lang, `--rule ${id} 的设置不是合法的 JSON：${text}`, `--rule ${id}: the setting is not valid JSON: ${text}`) });
      }
    }
    const problems = configProblems({ rules: { [id]: value } });
    if (problems.length) throw new UsageError('usage', { reason: `--rule ${id}: ${say(lang, problems[0].zh, problems[0].en)}` });
    out[id] = value as RuleSettingInput;
  }
  return out;
}

/** Standard input as a file of its own: `-` needs a name (--stdin-filename) or is sniffed. */
async function stdinFile(io: CliIO, name: string | undefined, lang: Lang): Promise<{ temp: string; shown: string; dir: string }> {
  if (!io.readStdin) throw new UsageError('usage', { reason: say(lang, '无法读取标准输入', 'standard input cannot be read') });
  const bytes = await io.readStdin();
  const ZIP = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const CFB = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  const shownName = name ?? (ZIP ? 'stdin.xlsx' : CFB ? 'stdin.xls' : 'stdin.txt');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-lint-stdin-'));
  const temp = path.join(dir, path.basename(shownName));
  fs.writeFileSync(temp, bytes);
  return { temp, shown: path.resolve(io.cwd, shownName), dir };
}

/** Every string of the results naming the temporary stdin file names the --stdin-filename instead. */
function renameDeep<T>(value: T, from: string, to: string): T {
  const fromShown = [from, path.relative(process.cwd(), from)].filter((x) => x && x !== '.');
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') return fromShown.reduce((s, f) => s.split(f).join(to), v);
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object' && !(v.constructor && v.constructor.name === 'Decimal')) {
      const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(v));
      for (const [k, x] of Object.entries(v)) out[k] = fix(x);
      return out;
    }
    return v;
  };
  return fix(value) as T;
}

/**
 * The line that says why the exit code is not 0, when the report itself does not (a machine format,
 * a report written to a file, --quiet hiding the warnings that were too many).
 */
export function exitReasons(results: LintResult[], maxWarnings: number, lang: Lang, reportSaysIt: boolean): string[] {
  const lines: string[] = [];
  const fatal = results.filter((r) => r.fatalErrorCount > 0);
  const errors = results.reduce((n, r) => n + r.errorCount - r.fatalErrorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (fatal.length && !reportSaysIt) lines.push(say(lang, `${fatal.length} 个文件无法检查（退出码 2）：${fatal.map((r) => displayPath(r.filePath)).join('、')}`, `${fatal.length} file(s) could not be checked (exit 2): ${fatal.map((r) => displayPath(r.filePath)).join(', ')}`));
  if (errors && !reportSaysIt) lines.push(say(lang, `发现 ${errors} 个错误（退出码 1）`, `${errors} error(s) found (exit 1)`));
  if (maxWarnings >= 0 && warnings > maxWarnings) lines.push(say(lang, `警告 ${warnings} 个，超过 --max-warnings ${maxWarnings}（退出码 1）`, `${warnings} warning(s), more than --max-warnings ${maxWarnings} (exit 1)`));
  return lines;
}

export function exitCodeFor(results: LintResult[], maxWarnings: number): number {
  if (results.some((r) => r.fatalErrorCount > 0)) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  return maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
}

/** --annotate OUT.xlsx: one workbook → OUT; several → OUT's name with each workbook's base name. */
function annotate(results: LintResult[], out: string, lang: Lang): void {
  const { annotateWorkbook } = require('../../report/annotate');
  const targets = results.filter((r) => /\.xlsx?$/i.test(r.filePath) && !r.fatalErrorCount);
  if (!targets.length) throw new UsageError('usage', { reason: say(lang, '--annotate 需要至少一个可读取的 Excel 工作簿', '--annotate needs at least one readable Excel workbook') });
  for (const r of targets) {
    const target = targets.length === 1 ? out : path.join(path.dirname(out), `${path.basename(out, path.extname(out))}-${path.basename(r.filePath, path.extname(r.filePath))}.xlsx`);
    annotateWorkbook(r.filePath, r, target, lang);
  }
}

/** A progress bar on stderr, only on a terminal and only for runs of many documents. */
function progressBar(io: CliIO, lang: Lang): { update: (done: number, total: number) => void; stop: () => void } | null {
  if (!io.stderrIsTTY) return null;
  let bar: import('cli-progress').SingleBar | null = null;
  return {
    update(done, total) {
      if (total < 10) return;
      if (!bar) {
        const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
        bar = new SingleBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true, format: `${say(lang, '检查中', 'linting')} [{bar}] {value}/{total}` }, Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}

function onlyErrors(results: LintResult[]): LintResult[] {
  return results.map((r) => {
    const messages = r.messages.filter((m) => m.severity === 2);
    return { ...r, messages, warningCount: 0 };
  });
}

export async function lintCommand(files: string[], opts: LintCliOptions, io: CliIO): Promise<number> {
  const lang = opts.lang;
  const bad = (zh: string, en: string): never => {
    throw new UsageError('usage', { reason: say(lang, zh, en) });
  };
  if (!files.length) bad('请指定要检查的文件，例如：budget-lint 决算.xlsx 决算.md', 'name the files to check, e.g. budget-lint final.xlsx final.md');
  const maxWarnings = opts.maxWarnings === undefined ? -1 : Number(opts.maxWarnings);
  if (!Number.isInteger(maxWarnings)) bad(`--max-warnings 应为整数，收到 ${opts.maxWarnings}`, `--max-warnings must be an integer; got ${opts.maxWarnings}`);
  const maxFileSize = opts.maxFileSize === undefined ? undefined : Number(opts.maxFileSize);
  if (maxFileSize !== undefined && !(maxFileSize > 0)) bad(`--max-file-size 应为正整数（字节），收到 ${opts.maxFileSize}`, `--max-file-size must be a positive number of bytes; got ${opts.maxFileSize}`);
  const maxSheets = opts.maxSheets === undefined ? undefined : Number(opts.maxSheets);
  if (maxSheets !== undefined && !(Number.isInteger(maxSheets) && maxSheets > 0)) bad(`--max-sheets 应为正整数，收到 ${opts.maxSheets}`, `--max-sheets must be a positive integer; got ${opts.maxSheets}`);
  const formatter = getFormatter(opts.format, io.cwd, lang);
  const jobs = opts.jobs === undefined ? os.availableParallelism() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) bad(`--jobs 应为正整数，收到 ${opts.jobs}`, `--jobs must be a positive integer; got ${opts.jobs}`);
  if (opts.csvEncoding && !['utf-8', 'utf8', 'gbk'].includes(opts.csvEncoding.toLowerCase())) bad(`--csv-encoding 应为 utf-8 或 gbk，收到 ${opts.csvEncoding}`, `--csv-encoding must be utf-8 or gbk; got ${opts.csvEncoding}`);
  const timeoutSeconds = opts.timeout === undefined ? undefined : Number(opts.timeout);
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0)) bad(`--timeout 应为正数（秒），收到 ${opts.timeout}`, `--timeout must be a positive number of seconds; got ${opts.timeout}`);
  if (opts.pruneBaseline && !opts.baseline) bad('--prune-baseline 需要与 --baseline 一起使用', '--prune-baseline needs --baseline');
  const ruleOverrides = parseRuleFlags(opts.rule, lang);
  const wantSources = opts.format === 'html' || !!opts.annotate;
  let stdin: { temp: string; shown: string; dir: string } | null = null;
  if (files.includes('-')) stdin = await stdinFile(io, opts.stdinFilename, lang);
  else if (opts.stdinFilename) bad('--stdin-filename 只与 - （标准输入）一起使用', '--stdin-filename only goes with - (standard input)');
  const patterns = files.map((f) => (f === '-' && stdin ? stdin.temp : f));
  const bar = progressBar(io, lang);
  let run;
  try {
    run = await lintRun(patterns, {
      cwd: io.cwd,
      configFile: typeof opts.config === 'string' ? opts.config : undefined,
      noConfig: opts.config === false,
      ruleOverrides,
      ignorePatterns: opts.ignorePattern,
      noIgnore: opts.ignore === false,
      lang,
      narrative: opts.narrative,
      prior: opts.prior,
      maxFileSize,
      maxSheets,
      jobs: stdin ? 1 : jobs,
      wantSources,
      wantDocuments: false,
      cacheFile: opts.cache && !stdin ? path.resolve(io.cwd, opts.cacheLocation ?? '.budgetlintcache') : undefined,
      onProgress: bar?.update,
      timeoutSeconds,
    });
  } finally {
    bar?.stop();
    if (stdin) fs.rmSync(stdin.dir, { recursive: true, force: true });
  }
  if (stdin) run = { ...run, results: renameDeep(run.results, stdin.temp, stdin.shown), sources: new Map([...run.sources].map(([k, v]) => [k === stdin!.temp ? stdin!.shown : k, v])) };
  let results = run.results;
  const inputs = [...run.sources.keys(), ...files.filter((f) => f !== '-').map((f) => path.resolve(io.cwd, f))];
  const fatalCode = results.some((r) => r.fatalErrorCount > 0) ? 2 : 0;
  // Writing or pruning a baseline is a success of its own: it exits 0 unless a file could not be read.
  if (opts.writeBaseline || (opts.baseline && opts.pruneBaseline)) {
    const file = path.resolve(io.cwd, (opts.writeBaseline ?? opts.baseline)!);
    let data;
    if (opts.writeBaseline) data = writeBaseline(results, io.cwd);
    else data = pruneBaseline(readBaseline(file, opts.baseline!, lang), results, io.cwd);
    writeAtomic(file, JSON.stringify(data, null, 2) + '\n', inputs);
    const count = Object.values(data.files).reduce((n, rules) => n + Object.values(rules).reduce((m, e) => m + e.count, 0), 0);
    io.stdout(say(lang, `budget-lint: 基线 ${displayPath(file, io.cwd)} 记录了 ${count} 个问题。\n`, `budget-lint: baseline ${displayPath(file, io.cwd)} records ${count} finding(s).\n`));
    for (const r of results.filter((x) => x.fatalErrorCount)) io.stderr(`budget-lint: ${r.messages[0].message}\n`);
    return fatalCode;
  }
  let baselineCode = 0;
  if (opts.baseline) {
    const applied = applyBaseline(results, readBaseline(path.resolve(io.cwd, opts.baseline), opts.baseline, lang), io.cwd);
    results = applied.results;
    for (const u of applied.unmatched) {
      io.stderr(say(lang, `budget-lint: 基线记录 ${u.file} 中 ${u.ruleId} 有 ${u.recorded} 个问题，现在只有 ${u.found} 个（退出码 1）；请用 --prune-baseline 更新基线。\n`, `budget-lint: baseline records ${u.recorded} finding(s) of ${u.ruleId} in ${u.file}, now ${u.found} (exit 1): run with --prune-baseline to update it.\n`));
    }
    if (applied.unmatched.length) baselineCode = 1;
  }
  const shown = opts.quiet ? onlyErrors(results) : results;
  const output = formatter(shown, {
    lang,
    color: opts.outputFile ? false : useColor(io, opts.color),
    cwd: io.cwd,
    rulesMeta: new Map([...builtinRules].map(([id, r]) => [id, r.meta])),
    sources: run.sources,
    texts: stdin ? new Map([...(run.texts ?? [])].map(([k, v]) => [k === stdin!.temp ? stdin!.shown : k, v])) : run.texts,
    options: { verbose: opts.verbose === true, csvEncoding: (opts.csvEncoding ?? 'utf-8').toLowerCase() === 'gbk' ? 'gbk' : 'utf-8', columns: io.columns, version: VERSION_TEXT() },
  });
  if (opts.outputFile) writeAtomic(path.resolve(io.cwd, opts.outputFile), output, inputs);
  else io.stdout(output);
  if (opts.annotate) annotate(results, path.resolve(io.cwd, opts.annotate), lang);
  const code = Math.max(exitCodeFor(results, maxWarnings), baselineCode);
  const terminal = !opts.outputFile && (opts.format === 'stylish' || opts.format === 'compact');
  for (const line of exitReasons(results, maxWarnings, lang, terminal)) io.stderr(`budget-lint: ${line}\n`);
  return code;
}

function readBaseline(file: string, shown: string, lang: Lang): ReturnType<typeof parseBaseline> {
  try {
    return parseBaseline(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError('usage', { reason: say(lang, `基线文件 ${shown} 无法读取：${err instanceof Error ? err.message : String(err)}`, `baseline file ${shown} cannot be read: ${err instanceof Error ? err.message : String(err)}`) });
  }
}

/** The tool's version for report headers (read lazily: version.ts reads package.json). */
function VERSION_TEXT(): string {
  return (require('../version') as typeof import('../version')).VERSION;
}
