/** `budget-lint [files…]`: lint, format, write, and decide the exit code (0 clean, 1 findings, 2 fatal). */
import path from 'node:path';
import type { Lang, LintResult } from '../../types';
import { lintRun } from '../../index';
import { getFormatter } from '../formatters';
import { CliIO, useColor, writeAtomic } from '../io';
import { builtinRules } from '../../../rules';
import { UsageError } from '../../errors';

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
}

export function exitCodeFor(results: LintResult[], maxWarnings: number): number {
  if (results.some((r) => r.fatalErrorCount > 0)) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  return maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
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
  const formatter = getFormatter(opts.format);
  const run = await lintRun(files, { cwd: io.cwd, configFile: opts.config, lang: opts.lang, narrative: opts.narrative, prior: opts.prior, maxFileSize });
  const shown = opts.quiet ? onlyErrors(run.results) : run.results;
  const output = formatter(shown, {
    lang: opts.lang,
    color: opts.outputFile ? false : useColor(io, opts.color),
    cwd: io.cwd,
    rulesMeta: new Map([...builtinRules].map(([id, r]) => [id, r.meta])),
    sources: run.sources,
    options: { verbose: opts.verbose === true, csvEncoding: opts.csvEncoding ?? 'utf-8' },
  });
  const inputs = [...run.sources.keys(), ...files.map((f) => path.resolve(io.cwd, f))];
  if (opts.outputFile) writeAtomic(path.resolve(io.cwd, opts.outputFile), output, inputs);
  else io.stdout(output);
  if (opts.annotate) {
    const { annotateWorkbook } = require('../../report/annotate');
    const target = run.results.find((r) => /\.xlsx?$/i.test(r.filePath) && !r.fatalErrorCount);
    if (!target) throw new UsageError('usage', { reason: '--annotate 需要一个可读取的 .xlsx 工作簿' });
    annotateWorkbook(target.filePath, target, path.resolve(io.cwd, opts.annotate), opts.lang);
  }
  return exitCodeFor(run.results, maxWarnings);
}
