/** The commander program: `lint` (default), `rules`, `diff`. Actions stay thin over the library. */
import { Command, Option } from 'commander';
import type { Lang } from '../types';
import type { CliIO } from './io';
import { FORMAT_NAMES } from './formatters';

export interface ProgramHandlers {
  lint(files: string[], opts: Record<string, unknown>): Promise<number>;
  rules(id: string | undefined, opts: Record<string, unknown>): Promise<number>;
  diff(oldPath: string, newPath: string, opts: Record<string, unknown>): Promise<number>;
  printConfig(file: string | undefined, opts: Record<string, unknown>): Promise<number>;
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export function buildProgram(io: CliIO, version: string, handlers: ProgramHandlers, setCode: (code: number) => void): Command {
  const program = new Command('budget-lint')
    .description('预算、决算、绩效自评公开文件的审核检查工具 / Audit linter for Chinese public budget disclosures')
    .version(version, '-v, --version')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();

  const langOption = () => new Option('--lang <lang>', '消息语言 zh | en').choices(['zh', 'en']).default('zh');

  program
    .command('lint [files...]', { isDefault: true })
    .description('检查文件、目录或通配符（默认命令）/ lint files, directories or globs')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output-file <file>', '写入文件而不是标准输出（原子写入）')
    .option('--max-warnings <n>', '警告数超过 n 时以 1 退出')
    .option('--quiet', '只报告错误')
    .option('-c, --config <file>', '使用指定的配置文件')
    .addOption(langOption())
    .option('--narrative <file>', '指定情况说明文件（md / txt / docx）')
    .option('--prior <file>', '上年度文件，用于核对“上年”数字（可重复）', collect)
    .option('--max-file-size <bytes>', '单个文件大小上限（字节，默认 64 MiB）')
    .option('--max-sheets <n>', '工作簿的工作表数上限（默认 300）')
    .option('--timeout <seconds>', '单个文档的检查时限（秒）；超时的文档放弃检查并报告，其余照常')
    .option('--print-config', '打印生效的配置后退出')
    .option('--verbose', '列出未识别区域、未运行的规则和未理解的句子')
    .option('--csv-encoding <encoding>', 'csv 输出编码 utf-8 | gbk', 'utf-8')
    .option('--annotate <out.xlsx>', '另存一份带批注的工作簿（不修改输入文件）')
    .option('--jobs <n>', '并行检查的线程数（默认：CPU 核数）')
    .option('--cache', '缓存结果（按文件内容与配置），未变的文件不再重复检查')
    .option('--cache-location <file>', '缓存文件位置', '.budgetlintcache')
    .option('--write-baseline <file>', '把现有问题记入基线文件')
    .option('--baseline <file>', '只报告基线之外的新问题；基线中的问题消失时以 1 退出')
    .option('--prune-baseline', '与 --baseline 一起用：把基线更新为现有问题')
    .option('--color', '强制彩色输出')
    .option('--no-color', '不使用颜色')
    .action(async (files: string[], opts: Record<string, unknown>) => {
      setCode(opts.printConfig ? await handlers.printConfig(files[0], opts) : await handlers.lint(files, opts));
    });

  program
    .command('rules [id]')
    .description('列出全部规则及说明 / list every rule with its doc')
    .addOption(new Option('-f, --format <format>', 'text | markdown | json').choices(['text', 'markdown', 'json']).default('text'))
    .addOption(langOption())
    .action(async (id: string | undefined, opts: Record<string, unknown>) => setCode(await handlers.rules(id, opts)));

  program
    .command('diff <old> <new>')
    .description('比较同一文件的两个版本（按科目与栏目，而非单元格地址）/ semantic diff of two versions')
    .addOption(new Option('-f, --format <format>', 'stylish | markdown | html | json').choices(['stylish', 'markdown', 'html', 'json']).default('stylish'))
    .option('-o, --output-file <file>', '写入文件')
    .option('-c, --config <file>', '使用指定的配置文件')
    .addOption(langOption())
    .action(async (oldPath: string, newPath: string, opts: Record<string, unknown>) => setCode(await handlers.diff(oldPath, newPath, opts)));

  return program;
}

export type { Lang };
