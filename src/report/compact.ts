/**
 * One line per finding, for grep and editors: `file:sheet!cell: 错误 message 实际 x 应为 y (rule)`,
 * or `file:line:col:` for narrative text; on a PDF `file:第 8 页 收入决算表 C12:`. Errors before
 * warnings; nothing else.
 */
import type { LintMessage, LintResult } from '../types';
import type { FormatContext, Formatter } from './types';
import { displayPath } from '../engine/lint';
import { figures, STYLISH_TEXT } from './stylish';
import { locationText } from './common';
import type { Lang } from '../types';

function where(r: LintResult, m: LintMessage, cwd: string, lang: Lang): string {
  const file = displayPath(m.file ?? r.filePath, cwd);
  if (m.fatal) return file;
  if (m.page !== undefined) return `${file}:${locationText(m, lang)}`;
  if (m.sheet !== undefined) return `${file}:${m.sheet}!${m.cell ?? `R${m.line}C${m.column}`}`;
  return m.line ? `${file}:${m.line}:${m.column}` : file;
}

const compact: Formatter = (results: LintResult[], ctx: FormatContext) => {
  const t = STYLISH_TEXT[ctx.lang];
  const lines: string[] = [];
  for (const r of results) {
    for (const m of [...r.messages.filter((x) => x.severity === 2), ...r.messages.filter((x) => x.severity !== 2)]) {
      const sev = m.fatal ? t.fatal : m.severity === 2 ? t.error : t.warning;
      const fig = figures(m, t).replace(/\u00a0/g, ' ');
      lines.push(`${where(r, m, ctx.cwd, ctx.lang)}: ${sev} ${m.message}${fig ? `  ${fig}` : ''}${m.ruleId ? ` (${m.ruleId})` : ''}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

export default compact;
