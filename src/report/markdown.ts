/**
 * Markdown for a pull-request or OA comment: a summary line, then one table per file. Document
 * text is escaped so it cannot form links, images, HTML or @-mentions; the output is kept under
 * GitHub's 65,536-character comment limit (the rest is cut with a note).
 */
import type { LintMessage, LintResult } from '../types';
import type { FormatContext, Formatter } from './types';
import { labels, locationWithTable, relPath, severityLabel, totals } from './common';

export const MAX_CHARS = 60000;

/** Escape text for a table cell: markdown punctuation, HTML, pipes, newlines, @-mentions. */
export function mdEscape(text: unknown): string {
  return String(text ?? '')
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

function row(m: LintMessage, ctx: FormatContext): string {
  const icon = m.fatal || m.severity === 2 ? '❌' : '⚠️';
  const where = locationWithTable(m, ctx.lang);
  return `| ${mdEscape(where)} | ${icon} ${mdEscape(severityLabel(m, ctx.lang))} | ${mdEscape(m.message)} | ${mdEscape(m.actual ?? '')} | ${mdEscape(m.expected ?? '')} | ${m.ruleId ? `\`${m.ruleId.replace(/`/g, '')}\`` : ''} |`;
}

const markdown: Formatter = (results: LintResult[], ctx: FormatContext) => {
  const t = labels(ctx.lang);
  const { errors, warnings, fatal } = totals(results);
  const head = `### budget-lint\n\n${errors || fatal ? '❌' : warnings ? '⚠️' : '✅'} ${mdEscape(t.summary(results.length, errors, warnings, fatal))}\n`;
  const parts: string[] = [head];
  let size = head.length;
  let shown = 0;
  const count = results.reduce((n, r) => n + r.messages.length, 0);
  outer: for (const r of results) {
    const title = `\n#### ${mdEscape(relPath(r.filePath, ctx.cwd))}\n\n`;
    if (!r.messages.length) {
      parts.push(`${title}✅ ${t.noFindings}\n`);
      continue;
    }
    const tableHead = `| ${t.location} | ${t.severity} | ${t.message} | ${t.actual} | ${t.expected} | ${t.rule} |\n|---|---|---|---|---|---|\n`;
    parts.push(title + tableHead);
    size += title.length + tableHead.length;
    for (const m of r.messages) {
      const line = row(m, ctx) + '\n';
      if (size + line.length > MAX_CHARS) {
        parts.push(`\n_${mdEscape(t.truncated(shown, count))}_\n`);
        break outer;
      }
      parts.push(line);
      size += line.length;
      shown++;
    }
  }
  if (results.some((r) => r.messages.some((m) => m.tail))) parts.push(`\n<sub>${mdEscape(t.tailNote)}</sub>\n`);
  return parts.join('');
};
export default markdown;
