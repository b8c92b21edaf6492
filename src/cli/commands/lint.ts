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

export interface LintCliOptions {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
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
  if (!targets.length) throw new UsageError('usage', { reason: '--annotate 需要至少一个可读取的 Excel 工作簿' });
  for (const r of targets) {
    const target = targets.length === 1 ? out : path.join(path.dirname(out), `${path.basename(out, path.extname(out))}-${path.basename(r.filePath, path.extname(r.filePath))}.xlsx`);
    annotateWorkbook(r.filePath, r, target, lang);
  }
}

/** A progress bar on stderr, only on a terminal and only for runs of many documents. */
function progressBar(io: CliIO): { update: (done: number, total: number) => void; stop: () => void } | null {
  if (!io.stderrIsTTY) return null;
  let bar: import('cli-progress').SingleBar | null = null;
  return {
    update(done, total) {
      if (total < 10) return;
      if (!bar) {
        const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
        bar = new SingleBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true, format: '检查中 [{bar}] {value}/{total}' }, Presets.shades_classic);
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
  if (!files.length) throw new UsageError('usage', { reason: '请指定要检查的文件，例如：budget-lint 决算.xlsx 决算.md' });
  const maxWarnings = opts.maxWarnings === undefined ? -1 : Number(opts.maxWarnings);
  if (!Number.isInteger(maxWarnings)) throw new UsageError('usage', { reason: `--max-warnings 应为整数，收到 ${opts.maxWarnings}` });
  const maxFileSize = opts.maxFileSize === undefined ? undefined : Number(opts.maxFileSize);
  if (maxFileSize !== undefined && !(maxFileSize > 0)) throw new UsageError('usage', { reason: `--max-file-size 应为正整数（字节），收到 ${opts.maxFileSize}` });
  const maxSheets = opts.maxSheets === undefined ? undefined : Number(opts.maxSheets);
  if (maxSheets !== undefined && !(Number.isInteger(maxSheets) && maxSheets > 0)) throw new UsageError('usage', { reason: `--max-sheets 应为正整数，收到 ${opts.maxSheets}` });
  const formatter = getFormatter(opts.format);
  const jobs = opts.jobs === undefined ? os.availableParallelism() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('usage', { reason: `--jobs 应为正整数，收到 ${opts.jobs}` });
  if (opts.csvEncoding && !['utf-8', 'utf8', 'gbk'].includes(opts.csvEncoding.toLowerCase())) throw new UsageError('usage', { reason: `--csv-encoding 应为 utf-8 或 gbk，收到 ${opts.csvEncoding}` });
  const timeoutSeconds = opts.timeout === undefined ? undefined : Number(opts.timeout);
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0)) throw new UsageError('usage', { reason: `--timeout 应为正数（秒），收到 ${opts.timeout}` });
  const wantSources = opts.format === 'html' || !!opts.annotate;
  const bar = progressBar(io);
  let run;
  try {
    run = await lintRun(files, {
      cwd: io.cwd,
      configFile: opts.config,
      lang: opts.lang,
      narrative: opts.narrative,
      prior: opts.prior,
      maxFileSize,
      maxSheets,
      jobs,
      wantSources,
      wantDocuments: false,
      cacheFile: opts.cache ? path.resolve(io.cwd, opts.cacheLocation ?? '.budgetlintcache') : undefined,
      onProgress: bar?.update,
      timeoutSeconds,
    });
  } finally {
    bar?.stop();
  }
  let results = run.results;
  let baselineCode = 0;
  if (opts.writeBaseline) {
    writeAtomic(path.resolve(io.cwd, opts.writeBaseline), JSON.stringify(writeBaseline(results, io.cwd), null, 2) + '\n', [...run.sources.keys()]);
  } else if (opts.baseline) {
    const file = path.resolve(io.cwd, opts.baseline);
    let baseline;
    try {
      baseline = parseBaseline(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new UsageError('usage', { reason: `基线文件 ${opts.baseline} 无法读取：${err instanceof Error ? err.message : String(err)}` });
    }
    if (opts.pruneBaseline) {
      writeAtomic(file, JSON.stringify(pruneBaseline(baseline, results, io.cwd), null, 2) + '\n', [...run.sources.keys()]);
    } else {
      const applied = applyBaseline(results, baseline, io.cwd);
      results = applied.results;
      for (const u of applied.unmatched) {
        io.stderr(opts.lang === 'en'
          ? `budget-lint: baseline records ${u.recorded} finding(s) of ${u.ruleId} in ${u.file}, now ${u.found}: run with --prune-baseline to update it.\n`
          : `budget-lint: 基线记录 ${u.file} 中 ${u.ruleId} 有 ${u.recorded} 个问题，现在只有 ${u.found} 个；请用 --prune-baseline 更新基线。\n`);
      }
      if (applied.unmatched.length) baselineCode = 1;
    }
  }
  const shown = opts.quiet ? onlyErrors(results) : results;
  const output = formatter(shown, {
    lang: opts.lang,
    color: opts.outputFile ? false : useColor(io, opts.color),
    cwd: io.cwd,
    rulesMeta: new Map([...builtinRules].map(([id, r]) => [id, r.meta])),
    sources: run.sources,
    options: { verbose: opts.verbose === true, csvEncoding: (opts.csvEncoding ?? 'utf-8').toLowerCase() === 'gbk' ? 'gbk' : 'utf-8' },
  });
  const inputs = [...run.sources.keys(), ...files.map((f) => path.resolve(io.cwd, f))];
  if (opts.outputFile) writeAtomic(path.resolve(io.cwd, opts.outputFile), output, inputs);
  else io.stdout(output);
  if (opts.annotate) annotate(results, path.resolve(io.cwd, opts.annotate), opts.lang);
  return Math.max(exitCodeFor(results, maxWarnings), baselineCode);
}
