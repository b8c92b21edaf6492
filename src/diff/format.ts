/** Diff report formatters: stylish (plain text), markdown, html (escaped, self-contained), json. */
import chalk from 'chalk';
import type { Lang, LintMessage, SourceRef } from '../types';
import type { DiffResult, RowChange, ValueChange } from './types';
import { escapeHtml as h, relPath } from '../report/common';
import { mdEscape } from '../report/markdown';

export type DiffFormat = 'stylish' | 'markdown' | 'html' | 'json';

export interface DiffFormatContext {
  lang: Lang;
  cwd: string;
  color?: boolean;
}

const T = {
  zh: {
    title: '版本对比', tablesAdded: '新增的表', tablesRemoved: '删除的表', rowsAdded: '新增的行', rowsRemoved: '删除的行',
    values: '数值变化', changed: '修改', added: '新增', removed: '删除', introduced: '新出现的问题', resolved: '已解决的问题',
    none: '两个版本在表格数值和检查结果上没有差异', table: '表', row: '行', column: '栏', old: '原值', new: '新值', where: '位置', message: '信息', rule: '规则',
    summary: (d: DiffResult) => `${d.values.length} 处数值变化，${d.rows.added.length} 行新增，${d.rows.removed.length} 行删除，${d.tables.added.length} 张表新增，${d.tables.removed.length} 张表删除；问题新增 ${d.findings.introduced.length}（其中错误 ${d.newErrors}），已解决 ${d.findings.resolved.length}`,
  },
  en: {
    title: 'Version diff', tablesAdded: 'Tables added', tablesRemoved: 'Tables removed', rowsAdded: 'Rows added', rowsRemoved: 'Rows removed',
    values: 'Values', changed: 'changed', added: 'added', removed: 'removed', introduced: 'Findings introduced', resolved: 'Findings resolved',
    none: 'No differences in table values or findings', table: 'Table', row: 'Row', column: 'Column', old: 'Old', new: 'New', where: 'Where', message: 'Message', rule: 'Rule',
    summary: (d: DiffResult) => `${d.values.length} value change(s), ${d.rows.added.length} row(s) added, ${d.rows.removed.length} removed, ${d.tables.added.length} table(s) added, ${d.tables.removed.length} removed; findings introduced ${d.findings.introduced.length} (${d.newErrors} errors), resolved ${d.findings.resolved.length}`,
  },
};

const at = (ref: SourceRef | undefined): string => (ref && ref.sheet !== undefined ? `${ref.sheet}!${ref.cell ?? ''}` : ref?.line ? `L${ref.line}` : '');
const where = (m: LintMessage): string => (m.sheet !== undefined ? `${m.table && m.table !== m.sheet ? `${m.table} ` : ''}${m.sheet}!${m.cell ?? ''}` : m.line ? `L${m.line}` : '');
const isEmpty = (d: DiffResult): boolean =>
  !d.values.length && !d.rows.added.length && !d.rows.removed.length && !d.tables.added.length && !d.tables.removed.length && !d.findings.introduced.length && !d.findings.resolved.length;
const rowValues = (r: RowChange): string => r.values.map((v) => `${v.columnLabel} ${v.raw}`).join('，');
const valueText = (v: ValueChange): string => `${v.old ?? '∅'} → ${v.new ?? '∅'}`;
const extra = (m: LintMessage, lang: Lang): string =>
  m.actual !== undefined || m.expected !== undefined ? `  ${lang === 'zh' ? '实际' : 'actual'} ${m.actual ?? '—'} / ${lang === 'zh' ? '应为' : 'expected'} ${m.expected ?? '—'}` : '';

export function diffStylish(d: DiffResult, ctx: DiffFormatContext): string {
  const t = T[ctx.lang];
  const c = new chalk.Instance({ level: ctx.color ? 1 : 0 });
  const lines = [c.bold(`${t.title}: ${relPath(d.old.id, ctx.cwd)} → ${relPath(d.new.id, ctx.cwd)}`)];
  const section = (title: string, items: string[]): void => {
    if (!items.length) return;
    lines.push('', c.underline(`${title} (${items.length})`), ...items.map((s) => `  ${s}`));
  };
  section(t.tablesAdded, d.tables.added.map((x) => `+ ${x.title}  ${c.dim(x.sheet)}`));
  section(t.tablesRemoved, d.tables.removed.map((x) => `- ${x.title}  ${c.dim(x.sheet)}`));
  section(t.values, d.values.map((v) => `${v.type === 'changed' ? c.yellow('~') : v.type === 'added' ? c.green('+') : c.red('-')} ${v.tableTitle}  ${v.rowLabel}  ${v.columnLabel}: ${valueText(v)}  ${c.dim(at(v.newRef ?? v.oldRef))}`));
  section(t.rowsAdded, d.rows.added.map((r) => `${c.green('+')} ${r.tableTitle}  ${r.rowLabel}: ${rowValues(r)}  ${c.dim(at(r.ref))}`));
  section(t.rowsRemoved, d.rows.removed.map((r) => `${c.red('-')} ${r.tableTitle}  ${r.rowLabel}: ${rowValues(r)}  ${c.dim(at(r.ref))}`));
  section(t.introduced, d.findings.introduced.map((m) => `${m.severity === 2 ? c.red('✖') : c.yellow('⚠')} ${where(m)}  ${m.message}${c.dim(extra(m, ctx.lang))}  ${c.dim(m.ruleId ?? '')}`));
  section(t.resolved, d.findings.resolved.map((m) => `${c.green('✔')} ${where(m)}  ${m.message}  ${c.dim(m.ruleId ?? '')}`));
  lines.push('', isEmpty(d) ? c.green(t.none) : t.summary(d));
  return lines.join('\n') + '\n';
}

export function diffMarkdown(d: DiffResult, ctx: DiffFormatContext): string {
  const t = T[ctx.lang];
  const out = [`### ${t.title}: ${mdEscape(relPath(d.old.id, ctx.cwd))} → ${mdEscape(relPath(d.new.id, ctx.cwd))}`, '', isEmpty(d) ? `✅ ${t.none}` : mdEscape(t.summary(d))];
  const table = (title: string, head: string[], rows: string[][]): void => {
    if (!rows.length) return;
    out.push('', `#### ${title} (${rows.length})`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`));
  };
  table(t.tablesAdded, [t.table, t.where], d.tables.added.map((x) => [x.title, x.sheet]));
  table(t.tablesRemoved, [t.table, t.where], d.tables.removed.map((x) => [x.title, x.sheet]));
  table(t.values, [t.table, t.row, t.column, t.old, t.new, t.where], d.values.map((v) => [v.tableTitle, v.rowLabel, v.columnLabel, v.old ?? '', v.new ?? '', at(v.newRef ?? v.oldRef)]));
  table(t.rowsAdded, [t.table, t.row, t.new], d.rows.added.map((r) => [r.tableTitle, r.rowLabel, rowValues(r)]));
  table(t.rowsRemoved, [t.table, t.row, t.old], d.rows.removed.map((r) => [r.tableTitle, r.rowLabel, rowValues(r)]));
  table(t.introduced, [t.where, t.message, t.rule], d.findings.introduced.map((m) => [where(m), (m.severity === 2 ? '❌ ' : '⚠️ ') + m.message + extra(m, ctx.lang), m.ruleId ?? '']));
  table(t.resolved, [t.where, t.message, t.rule], d.findings.resolved.map((m) => [where(m), m.message, m.ruleId ?? '']));
  return out.join('\n') + '\n';
}

export function diffHtml(d: DiffResult, ctx: DiffFormatContext): string {
  const t = T[ctx.lang];
  const table = (title: string, head: string[], rows: string[][], cls = ''): string =>
    rows.length
      ? `<h2>${h(title)} <small>(${rows.length})</small></h2><table class="${cls}"><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((x) => `<td>${h(x)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
      : '';
  const body =
    `<h1>${h(t.title)}: ${h(relPath(d.old.id, ctx.cwd))} → ${h(relPath(d.new.id, ctx.cwd))}</h1><p>${h(isEmpty(d) ? t.none : t.summary(d))}</p>` +
    table(t.tablesAdded, [t.table, t.where], d.tables.added.map((x) => [x.title, x.sheet])) +
    table(t.tablesRemoved, [t.table, t.where], d.tables.removed.map((x) => [x.title, x.sheet])) +
    table(t.values, ['', t.table, t.row, t.column, t.old, t.new, t.where], d.values.map((v) => [t[v.type], v.tableTitle, v.rowLabel, v.columnLabel, v.old ?? '', v.new ?? '', at(v.newRef ?? v.oldRef)]), 'values') +
    table(t.rowsAdded, [t.table, t.row, t.new], d.rows.added.map((r) => [r.tableTitle, r.rowLabel, rowValues(r)])) +
    table(t.rowsRemoved, [t.table, t.row, t.old], d.rows.removed.map((r) => [r.tableTitle, r.rowLabel, rowValues(r)])) +
    table(t.introduced, [t.where, t.message, t.rule], d.findings.introduced.map((m) => [where(m), m.message + extra(m, ctx.lang), m.ruleId ?? '']), 'introduced') +
    table(t.resolved, [t.where, t.message, t.rule], d.findings.resolved.map((m) => [where(m), m.message, m.ruleId ?? '']), 'resolved');
  const css = 'body{font:14px/1.5 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px 24px}table{border-collapse:collapse;margin-bottom:12px}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left}th{background:#f6f8fa}table.introduced td{background:#fdecea}table.resolved td{background:#e8f5e9}';
  return `<!DOCTYPE html>\n<html lang="${ctx.lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${h(t.title)}</title><style>${css}</style></head><body>${body}</body></html>\n`;
}

export function diffJson(d: DiffResult): string {
  return JSON.stringify(d, null, 2) + '\n';
}

export function formatDiff(d: DiffResult, format: DiffFormat, ctx: DiffFormatContext): string {
  switch (format) {
    case 'markdown':
      return diffMarkdown(d, ctx);
    case 'html':
      return diffHtml(d, ctx);
    case 'json':
      return diffJson(d);
    default:
      return diffStylish(d, ctx);
  }
}
