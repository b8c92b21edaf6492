/**
 * Runs the CLI and returns the exit code; never calls process.exit (ESLint's lib/cli.js rule).
 * 0: clean (warnings within --max-warnings); 1: error-level findings; 2: a fatal problem
 * (bad config or usage, a file that cannot be read).
 */
import { CommanderError } from 'commander';
import type { Lang } from '../types';
import { isKnownError } from '../errors';
import { renderError } from '../messages';
import { buildProgram } from './program';
import { CliIO, writeAtomic } from './io';
import { lintCommand, LintCliOptions } from './commands/lint';
import { rulesCommand } from './commands/rules';
import { printConfigCommand } from './commands/print-config';
import { diffCommand } from './commands/diff';

/** The package version, found by walking up from this file (works from src/ under jest and from dist/). */
import { VERSION } from './version';

export { VERSION };

export async function execute(argv: string[], io: CliIO): Promise<number> {
  let code = 0;
  const lang: Lang = argv.includes('en') && argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en') ? 'en' : 'zh';
  const program = buildProgram(io, VERSION, {
    lint: (files, opts) => lintCommand(files, opts as unknown as LintCliOptions, io),
    rules: async (id, opts) => rulesCommand(id, { lang: opts.lang as Lang, format: opts.format as string }, io.stdout),
    printConfig: async (file, opts) => printConfigCommand(file, opts, io),
    diff: (a, b, opts) => diffCommand(a, b, opts, io, writeAtomic),
  }, (c) => {
    code = c;
  }, lang);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (isKnownError(err)) {
      io.stderr(`budget-lint: ${renderError(err, lang)}\n`);
      return 2;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr(`${lang === 'zh' ? '出错了！budget-lint 内部错误' : 'Oops! Something went wrong'} (budget-lint ${VERSION}):\n${e.stack ?? e.message}\n${lang === 'zh' ? '请把以上信息和出错的文件（可脱敏）报告给维护者。' : 'Please report this with the file that triggered it.'}\n`);
    return 2;
  }
}
