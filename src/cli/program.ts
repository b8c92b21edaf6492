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

/** Help texts in both languages: --lang en gives an English --help. */
const HELP: Record<string, Record<Lang, string>> = {
  program: { zh: '预算、决算、绩效自评公开文件的审核检查工具', en: 'Audit linter for Chinese public budget disclosures (budgets, final accounts, performance self-evaluations)' },
  version: { zh: '显示版本号', en: 'output the version number' },
  help: { zh: '显示帮助', en: 'display help for command' },
  lint: { zh: '检查文件、目录或通配符（默认命令）；- 读标准输入', en: 'lint files, directories or globs (the default command); - reads standard input' },
  format: { zh: `输出格式：${FORMAT_NAMES.join(' | ')}，或自定义格式化模块的路径`, en: `output format: ${FORMAT_NAMES.join(' | ')}, or the path of a formatter module` },
  output: { zh: '写入文件而不是标准输出（原子写入）', en: 'write the report to a file instead of stdout (atomically)' },
  maxWarnings: { zh: '警告数超过 n 时以 1 退出', en: 'exit 1 when there are more than n warnings' },
  quiet: { zh: '只报告错误', en: 'report errors only' },
  config: { zh: '使用指定的配置文件', en: 'use this config file' },
  noConfig: { zh: '不使用任何配置文件（全部规则按默认级别）', en: 'use no config file (every rule at its default severity)' },
  rule: { zh: '设置规则级别，如 "rounding/tail: off" 或 \'sum/sangong: ["error", {}]\'（可重复）', en: 'set a rule, e.g. "rounding/tail: off" or \'sum/sangong: ["error", {}]\' (repeatable)' },
  lang: { zh: '消息语言 zh | en', en: 'message language zh | en' },
  narrative: { zh: '指定情况说明文件（md / txt / docx）', en: 'the narrative file (md / txt / docx), when its name does not match' },
  prior: { zh: '上年度文件，用于核对“上年”数字（可重复）', en: "last year's document, for prior-year figures (repeatable)" },
  stdinFilename: { zh: '标准输入（-）的文件名，决定按何种类型读取', en: 'the file name of standard input (-), which decides how it is read' },
  ignorePattern: { zh: '忽略匹配的文件（.gitignore 语法，可重复）', en: 'skip files matching this pattern (.gitignore syntax, repeatable)' },
  noIgnore: { zh: '不读取 .budgetlintignore', en: 'do not read .budgetlintignore' },
  maxFileSize: { zh: '单个文件大小上限（字节，默认 64 MiB）', en: 'largest file to read (bytes, default 64 MiB)' },
  maxSheets: { zh: '工作簿的工作表数上限（默认 300）', en: 'most sheets in a workbook (default 300)' },
  timeout: { zh: '单个文档的检查时限（秒）；超时的文档放弃检查并报告，其余照常', en: 'time limit per document (seconds); a document over it is reported and the others are still linted' },
  printConfig: { zh: '打印生效的配置后退出', en: 'print the configuration in force and exit' },
  verbose: { zh: '列出未识别区域、未运行的规则、未理解的句子和每个问题所依据的读取方式', en: 'also list unrecognised regions, rules not run, sentences not understood and the readings behind each finding' },
  csvEncoding: { zh: 'csv 输出编码 utf-8 | gbk', en: 'csv output encoding utf-8 | gbk' },
  annotate: { zh: '另存一份带批注的工作簿（不修改输入文件）', en: 'save a copy of the workbook with a comment on each offending cell (inputs are never changed)' },
  jobs: { zh: '并行检查的线程数（默认：CPU 核数）', en: 'threads to lint in (default: CPU cores)' },
  cache: { zh: '缓存结果（按文件内容与配置），未变的文件不再重复检查', en: 'cache results by file content and configuration' },
  cacheLocation: { zh: '缓存文件位置', en: 'cache file' },
  writeBaseline: { zh: '把现有问题记入基线文件（以 0 退出）', en: 'record the existing findings in a baseline file (exits 0)' },
  baseline: { zh: '只报告基线之外的新问题；基线中的问题消失时以 1 退出', en: 'report only findings not in the baseline; exit 1 when a recorded finding is gone' },
  pruneBaseline: { zh: '与 --baseline 一起用：把基线更新为现有问题（以 0 退出）', en: 'with --baseline: update the baseline to the existing findings (exits 0)' },
  color: { zh: '强制彩色输出', en: 'force colour' },
  noColor: { zh: '不使用颜色', en: 'no colour' },
  rules: { zh: '列出全部规则及说明', en: 'list every rule with its doc' },
  rulesFormat: { zh: 'text | markdown | json', en: 'text | markdown | json' },
  diff: { zh: '比较同一文件的两个版本（按科目与栏目，而非单元格地址）', en: 'semantic diff of two versions (by subject and column, not by cell address)' },
  diffFormat: { zh: 'stylish | markdown | html | json', en: 'stylish | markdown | html | json' },
  diffOutput: { zh: '写入文件', en: 'write to a file' },
};

export function buildProgram(io: CliIO, version: string, handlers: ProgramHandlers, setCode: (code: number) => void, lang: Lang = 'zh'): Command {
  const h = (key: string): string => HELP[key][lang];
  const program = new Command('budget-lint')
    .description(h('program'))
    .version(version, '-v, --version', h('version'))
    .helpOption('-h, --help', h('help'))
    .helpCommand(false)
    .showHelpAfterError(lang === 'en' ? '(add --help for the options)' : '（加 --help 查看全部选项）')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();

  const langOption = () => new Option('--lang <lang>', h('lang')).choices(['zh', 'en']).default('zh');

  program
    .command('lint [files...]', { isDefault: true })
    .description(h('lint'))
    .helpOption('-h, --help', h('help'))
    .option('-f, --format <format>', h('format'), 'stylish')
    .option('-o, --output-file <file>', h('output'))
    .option('--max-warnings <n>', h('maxWarnings'))
    .option('--quiet', h('quiet'))
    .option('-c, --config <file>', h('config'))
    .option('--no-config', h('noConfig'))
    .option('--rule <rule>', h('rule'), collect)
    .addOption(langOption())
    .option('--narrative <file>', h('narrative'))
    .option('--prior <file>', h('prior'), collect)
    .option('--stdin-filename <name>', h('stdinFilename'))
    .option('--ignore-pattern <pattern>', h('ignorePattern'), collect)
    .option('--no-ignore', h('noIgnore'))
    .option('--max-file-size <bytes>', h('maxFileSize'))
    .option('--max-sheets <n>', h('maxSheets'))
    .option('--timeout <seconds>', h('timeout'))
    .option('--print-config', h('printConfig'))
    .option('--verbose', h('verbose'))
    .option('--csv-encoding <encoding>', h('csvEncoding'), 'utf-8')
    .option('--annotate <out.xlsx>', h('annotate'))
    .option('--jobs <n>', h('jobs'))
    .option('--cache', h('cache'))
    .option('--cache-location <file>', h('cacheLocation'), '.budgetlintcache')
    .option('--write-baseline <file>', h('writeBaseline'))
    .option('--baseline <file>', h('baseline'))
    .option('--prune-baseline', h('pruneBaseline'))
    .option('--color', h('color'))
    .option('--no-color', h('noColor'))
    .action(async (files: string[], opts: Record<string, unknown>) => {
      setCode(opts.printConfig ? await handlers.printConfig(files[0], opts) : await handlers.lint(files, opts));
    });

  program
    .command('rules [id]')
    .description(h('rules'))
    .helpOption('-h, --help', h('help'))
    .addOption(new Option('-f, --format <format>', h('rulesFormat')).choices(['text', 'markdown', 'json']).default('text'))
    .addOption(langOption())
    .action(async (id: string | undefined, opts: Record<string, unknown>) => setCode(await handlers.rules(id, opts)));

  program
    .command('diff <old> <new>')
    .description(h('diff'))
    .helpOption('-h, --help', h('help'))
    .addOption(new Option('-f, --format <format>', h('diffFormat')).choices(['stylish', 'markdown', 'html', 'json']).default('stylish'))
    .option('-o, --output-file <file>', h('diffOutput'))
    .option('-c, --config <file>', h('config'))
    .addOption(langOption())
    .action(async (oldPath: string, newPath: string, opts: Record<string, unknown>) => setCode(await handlers.diff(oldPath, newPath, opts)));

  return program;
}

export type { Lang };
