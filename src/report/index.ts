/**
 * Formatter registry: name → lazy loader, so a run only loads the formatter it uses.
 * Sorted by name.
 */
import type { Formatter } from './types';

type Loader = () => Formatter;

const load = (mod: { default: Formatter }): Formatter => mod.default;

export const formatters: Record<string, Loader> = {
  compact: () => load(require('./compact')),
  csv: () => load(require('./csv')),
  html: () => load(require('./html')),
  json: () => load(require('./json')),
  junit: () => load(require('./junit')),
  markdown: () => load(require('./markdown')),
  sarif: () => load(require('./sarif')),
  stylish: () => load(require('./stylish')),
};

/** One-line descriptions (like ESLint's formatters-meta.json), for --help. */
export const formatterDescriptions: Record<string, { zh: string; en: string }> = {
  stylish: { zh: '终端输出（默认），按文件分组', en: 'Terminal output (default), grouped by file' },
  compact: { zh: '每个问题一行（便于 grep 与编辑器跳转）', en: 'One line per finding (for grep and editors)' },
  json: { zh: 'JSON（ESLint 结果格式 + 实际/应为/覆盖情况）', en: 'JSON (ESLint result shape + actual/expected/coverage)' },
  csv: { zh: 'CSV（Excel 可直接打开；UTF-8 带 BOM，或 --csv-encoding gbk）', en: 'CSV for Excel (UTF-8 with BOM, or --csv-encoding gbk)' },
  html: { zh: '单文件 HTML 报告（含工作表视图，离线可用）', en: 'Self-contained HTML report with sheet views' },
  junit: { zh: 'JUnit XML（CI 测试报告）', en: 'JUnit XML for CI' },
  markdown: { zh: 'Markdown（PR / OA 评论）', en: 'Markdown for PR / OA comments' },
  sarif: { zh: 'SARIF 2.1.0（GitHub 代码扫描）', en: 'SARIF 2.1.0 for GitHub code scanning' },
};
