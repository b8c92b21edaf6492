/** `budget-lint diff OLD NEW`: semantic diff of two versions; exit 1 when NEW adds error findings. */
import path from 'node:path';
import type { Lang } from '../../types';
import { lintRun } from '../../index';
import type { CliIO } from '../io';
import { UsageError } from '../../errors';

export async function diffCommand(oldPath: string, newPath: string, opts: Record<string, unknown>, io: CliIO, write: (f: string, d: string, inputs: string[]) => void): Promise<number> {
  const lang = (opts.lang as Lang) ?? 'zh';
  const before = await lintRun([oldPath], { cwd: io.cwd, configFile: opts.config as string | undefined, lang });
  const after = await lintRun([newPath], { cwd: io.cwd, configFile: opts.config as string | undefined, lang });
  const fatal = [...before.results, ...after.results].filter((r) => r.fatalErrorCount);
  if (fatal.length) {
    for (const r of fatal) io.stderr(`budget-lint: ${r.messages[0].message}\n`);
    return 2;
  }
  if (!before.documents[0] || !after.documents[0]) throw new UsageError('usage', { reason: 'diff 需要两个可读取的文档' });
  const { diffDocuments } = require('../../diff') as typeof import('../../diff');
  const { formatDiff } = require('../../diff/format') as typeof import('../../diff/format');
  const result = diffDocuments(before.documents[0], after.documents[0], before.results.find((r) => !r.fatalErrorCount)!, after.results.find((r) => !r.fatalErrorCount)!);
  const text: string = formatDiff(result, ((opts.format as string) ?? 'stylish') as import('../../diff/format').DiffFormat, { lang, cwd: io.cwd, color: !opts.outputFile && io.isTTY && !io.env.NO_COLOR });
  if (opts.outputFile) write(path.resolve(io.cwd, opts.outputFile as string), text, [path.resolve(io.cwd, oldPath), path.resolve(io.cwd, newPath)]);
  else io.stdout(text);
  return result.newErrors > 0 ? 1 : 0;
}
