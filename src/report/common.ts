/** Helpers shared by the formatters: escaping, paths, rule lookup, bilingual labels. */
import path from 'node:path';
import type { Lang, LintMessage, LintResult, Related } from '../types';
import type { FormatContext } from './types';

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"'`]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** XML 1.0 text/attribute escape; characters XML 1.0 cannot carry at all are dropped. */
export function escapeXml(text: unknown): string {
  return String(text ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/** JSON for a <script type="application/json"> block: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Path relative to cwd with forward slashes (SARIF URIs, report headings). */
export function relPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
}

/** The file a message points into: its own `file` (narrative) or the result's file. */
export function messageFile(r: LintResult, m: LintMessage): string {
  return m.file ?? r.filePath;
}

/** Rule family: the part of the id before the first '/'. */
export function familyOf(ruleId: string | null | undefined): string {
  if (!ruleId) return 'fatal';
  const i = ruleId.indexOf('/');
  return i < 0 ? ruleId : ruleId.slice(0, i);
}

/** PDF input: the page, as a reader of the printed document says it: 第 9 页 / p. 9. */
export function pageText(page: number, lang: Lang): string {
  return lang === 'en' ? `p. ${page}` : `第 ${page} 页`;
}

/**
 * A short location: `sheet!C12`, `L12:3`, or ''. A finding on a PDF says its page first and then
 * the table and cell on it — `第 8 页 收入决算表 C12`, `p. 8 收入决算表 C12`, `第 24 页 L187:5` — so
 * callers that show the table themselves must not add it again (see hasPage).
 */
export function locationText(m: LintMessage, lang: Lang = 'zh'): string {
  if (m.fatal) return '';
  if (m.page !== undefined) {
    const on = m.sheet !== undefined ? `${m.table ?? m.sheet} ${m.cell ?? `R${m.line}C${m.column}`}` : m.line ? `L${m.line}:${m.column}` : '';
    return [pageText(m.page, lang), on].filter(Boolean).join(' ');
  }
  if (m.sheet !== undefined) return `${m.sheet}!${m.cell ?? `R${m.line}C${m.column}`}`;
  return m.line ? `L${m.line}:${m.column}` : '';
}

/** The location with the table in front when the location itself does not name it. */
export function locationWithTable(m: LintMessage, lang: Lang = 'zh'): string {
  if (m.page !== undefined) return locationText(m, lang);
  return [m.table && m.table !== m.sheet ? m.table : '', locationText(m, lang)].filter(Boolean).join(' ');
}

/**
 * Where a related cell or sentence is: `sheet!C12` or `L12`; on a PDF with its page first, and
 * the sheet only when it is not the finding's own table (`第 14 页 C12`, `第 10 页 第10–11页!C13`).
 */
export function relatedWhere(x: Related, m: LintMessage | undefined, lang: Lang = 'zh'): string {
  const at = x.sheet !== undefined ? `${x.page !== undefined && m && x.sheet === m.sheet ? '' : `${x.sheet}!`}${x.cell ?? ''}` : x.line ? `L${x.line}` : '';
  return x.page !== undefined ? [pageText(x.page, lang), at].filter(Boolean).join(' ') : at;
}

export function ruleDescription(ctx: FormatContext, ruleId: string | null): string | undefined {
  if (!ruleId) return undefined;
  return ctx.rulesMeta.get(ruleId)?.description[ctx.lang];
}

export const FAMILY_NAMES: Record<string, { zh: string; en: string }> = {
  sum: { zh: '表内求和', en: 'Sums within tables' },
  cross: { zh: '表间勾稽', en: 'Cross-table checks' },
  perf: { zh: '绩效自评', en: 'Performance self-evaluation' },
  narrative: { zh: '情况说明', en: 'Narrative' },
  doc: { zh: '文档完整性', en: 'Document' },
  rounding: { zh: '尾差', en: 'Rounding tails' },
  fatal: { zh: '无法读取', en: 'Unreadable' },
};

export function familyName(family: string, lang: Lang): string {
  return FAMILY_NAMES[family]?.[lang] ?? family;
}

export const LABELS = {
  zh: {
    title: 'budget-lint 检查报告',
    file: '文件', sheet: '工作表', cell: '单元格', page: '页码', row: '行', col: '列', rule: '规则', severity: '级别', message: '信息',
    actual: '实际', expected: '应为', related: '相关单元格', location: '位置', table: '表',
    error: '错误', warning: '警告', fatal: '无法检查', files: '文件', narrative: '情况说明',
    summary: (files: number, e: number, w: number, f: number) => `共检查 ${files} 个文件：${e} 个错误，${w} 个警告${f ? `，${f} 个文件无法读取` : ''}`,
    clean: '未发现问题', noFindings: '本文件未发现问题',
    byTable: '各表问题数', byFamily: '各类规则问题数', findings: '问题清单', sheets: '工作表视图',
    tailNote: '尾差为四舍五入差异，默认为警告，可在配置中以 "rounding/tail": "off" 关闭。',
    hint: '点击或悬停高亮单元格可查看实际值、应为值及相关单元格。',
    truncatedRows: (n: number) => `（省略 ${n} 行）`,
    truncated: (shown: number, total: number) => `仅显示前 ${shown} 条，共 ${total} 条。`,
    viewsCapped: (n: number) => `仅显示前 ${n} 个工作表视图；问题清单包含全部问题。`,
    department: '部门', year: '年度', unit: '金额单位', date: '检查日期', tool: '工具版本', coverage: '覆盖',
    coverageText: (tables: number, evals: number, sentences: number, checked: number, skipped: number) => `${tables} 张公开表，${evals} 张自评表；情况说明含数字的句子 ${sentences} 句，已核对 ${checked} 处；${skipped} 条规则未运行`,
    filterSeverity: '级别', filterFamily: '规则类别', filterTable: '表', search: '搜索', all: '全部', shown: (n: number, total: number) => `显示 ${n} / ${total} 条`,
    evidence: '依据', weak: '弱', doubt: '存疑，请复核', sentence: '原文',
  },
  en: {
    title: 'budget-lint report',
    file: 'File', sheet: 'Sheet', cell: 'Cell', page: 'Page', row: 'Row', col: 'Column', rule: 'Rule', severity: 'Severity', message: 'Message',
    actual: 'Actual', expected: 'Expected', related: 'Related cells', location: 'Location', table: 'Table',
    error: 'error', warning: 'warning', fatal: 'cannot be checked', files: 'files', narrative: 'Narrative',
    summary: (files: number, e: number, w: number, f: number) => `${files} file${files === 1 ? '' : 's'} checked: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}${f ? `, ${f} unreadable` : ''}`,
    clean: 'No problems found', noFindings: 'No problems in this file',
    byTable: 'Findings per table', byFamily: 'Findings per rule family', findings: 'Findings', sheets: 'Sheets',
    tailNote: 'Tails are rounding differences, warnings by default; switch them off with "rounding/tail": "off".',
    hint: 'Click or hover a highlighted cell to see actual / expected values and related cells.',
    truncatedRows: (n: number) => `(${n} rows omitted)`,
    truncated: (shown: number, total: number) => `Showing the first ${shown} of ${total}.`,
    viewsCapped: (n: number) => `Only the first ${n} sheet views are shown; the findings list has every finding.`,
    department: 'Department', year: 'Year', unit: 'Amounts in', date: 'Checked on', tool: 'Tool version', coverage: 'Coverage',
    coverageText: (tables: number, evals: number, sentences: number, checked: number, skipped: number) => `${tables} disclosure table${tables === 1 ? '' : 's'}, ${evals} self-evaluation${evals === 1 ? '' : 's'}; ${sentences} narrative sentence${sentences === 1 ? '' : 's'} with figures, ${checked} figure${checked === 1 ? '' : 's'} checked; ${skipped} rule${skipped === 1 ? '' : 's'} not run`,
    filterSeverity: 'Severity', filterFamily: 'Rule family', filterTable: 'Table', search: 'Search', all: 'All', shown: (n: number, total: number) => `Showing ${n} of ${total}`,
    evidence: 'Evidence', weak: 'weak', doubt: 'in doubt, please review', sentence: 'Text',
  },
};

export function labels(lang: Lang): (typeof LABELS)['zh'] {
  return LABELS[lang] ?? LABELS.zh;
}

export function totals(results: LintResult[]): { errors: number; warnings: number; fatal: number } {
  let errors = 0;
  let warnings = 0;
  let fatal = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fatal += r.fatalErrorCount;
  }
  return { errors, warnings, fatal };
}

export function severityLabel(m: LintMessage, lang: Lang): string {
  const t = labels(lang);
  return m.fatal ? t.fatal : m.severity === 2 ? t.error : t.warning;
}
