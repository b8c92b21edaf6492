/**
 * CSV for Excel: UTF-8 with BOM by default (Excel then detects the encoding), GBK with
 * ctx.options.csvEncoding === 'gbk' (returns a Buffer; characters GBK lacks become '?').
 *
 * Formula injection: any text field whose first non-blank character is = + - @ or which starts
 * with tab / CR is prefixed with an apostrophe, so Excel shows it as text. Numeric columns
 * (行, 列, 实际, 应为, 页码) are written as plain numbers when, and only when, they are a plain decimal
 * (/^-?\d+(\.\d+)?$/): Excel reads "-0.01" as the number −0.01, never as a formula, so a legitimate
 * negative figure stays a number you can sum. Anything else in those columns is neutralised like text.
 */
import iconv from 'iconv-lite';
import type { LintMessage, LintResult } from '../types';
import type { FormatContext, Formatter } from './types';
import { labels, messageFile, relPath, severityLabel } from './common';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const DANGEROUS = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Neutralise a text field against formula injection. */
export function neutralise(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

function numberField(value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  const s = String(value);
  return PLAIN_NUMBER.test(s) ? s : neutralise(s);
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * 页码 (PDF input: the page a finding is printed on) is a last column, and only when some finding
 * has a page: the columns before it keep their places, and a workbook's CSV is what it was.
 */
export function csvHeader(ctx: FormatContext, withPage = false): string[] {
  const t = labels(ctx.lang);
  return [t.file, t.sheet, t.cell, t.row, t.col, t.rule, t.severity, t.message, t.actual, t.expected, ...(withPage ? [t.page] : [])];
}

function row(r: LintResult, m: LintMessage, ctx: FormatContext, withPage: boolean): string[] {
  const text = (s: string | undefined | null): string => neutralise((s ?? '').replace(/\r\n?|\n/g, ' '));
  return [
    text(relPath(messageFile(r, m), ctx.cwd)),
    text(m.sheet),
    text(m.cell),
    m.line ? numberField(m.line) : '',
    m.column ? numberField(m.column) : '',
    text(m.ruleId ?? ''),
    text(severityLabel(m, ctx.lang)),
    text(m.message),
    numberField(m.actual),
    numberField(m.expected),
    ...(withPage ? [m.page !== undefined ? numberField(m.page) : ''] : []),
  ];
}

export function csvText(results: LintResult[], ctx: FormatContext): string {
  const withPage = results.some((r) => r.messages.some((m) => m.page !== undefined));
  const lines = [csvHeader(ctx, withPage).map(quote).join(',')];
  for (const r of results) for (const m of r.messages) lines.push(row(r, m, ctx, withPage).map(quote).join(','));
  return lines.join('\r\n') + '\r\n';
}

const csv: Formatter = (results, ctx) => {
  const text = csvText(results, ctx);
  const enc = String(ctx.options?.csvEncoding ?? 'utf-8').toLowerCase();
  if (enc === 'gbk' || enc === 'gb18030') return iconv.encode(text, enc);
  return '\uFEFF' + text;
};
export default csv;
