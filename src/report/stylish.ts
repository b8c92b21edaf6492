/**
 * Terminal output for CJK terminals: per file (relative to the working directory), errors before
 * warnings, the sheet (and its table) as a sub-header and the cell as the location, each message
 * wrapped with a hanging indent at the terminal's width without breaking a number, then
 * 实际 / 应为 / 差额 and the rule id; a coverage line per file and, for several files, a summary
 * line per document. Widths come from the content and the terminal (string-width).
 */
import chalk from 'chalk';
import stringWidth from 'string-width';
import type { Lang, LintMessage, LintResult } from '../types';
import type { FormatContext, Formatter } from './types';
import { displayPath } from '../engine/lint';
import { describeReading } from '../ledger/evidence';
import { difference } from './difference';
import { pad, wrap } from './wrap';
import { pageText, relatedWhere } from './common';

export const STYLISH_TEXT = {
  zh: { error: '错误', warning: '警告', actual: '实际', expected: '应为', diff: '差额', problems: (n: number, e: number, w: number) => `✖ 共 ${n} 个问题（${e} 个错误，${w} 个警告）`, fatal: '无法检查', clean: '✔ 未发现问题', coverage: '覆盖', tables: '表', evals: '自评表', unrec: '未识别区域', skipped: '未运行的规则', sentences: '情况说明含数字的句子', understood: '已理解', checked: '已核对', notUnderstood: '未理解的句子', textNotUnderstood: '表内文字中未理解的数字', withheld: '未报告的问题（句子未理解）', related: '相关', evidence: '依据', doubt: '存疑', document: '文档', narrativeOf: (d: string) => `（${d} 的情况说明）`, summary: '各文件', fileLine: (e: number, w: number) => `${e} 个错误，${w} 个警告`, fatalLine: '无法检查', tailNote: '尾差为四舍五入差异，可在配置中以 "rounding/tail": "off" 关闭' },
  en: { error: 'error', warning: 'warning', actual: 'actual', expected: 'expected', diff: 'difference', problems: (n: number, e: number, w: number) => `✖ ${n} problem${n === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})`, fatal: 'cannot be checked', clean: '✔ no problems', coverage: 'coverage', tables: 'tables', evals: 'self-evaluations', unrec: 'unrecognised regions', skipped: 'rules not run', sentences: 'narrative sentences with numbers', understood: 'understood', checked: 'checked', notUnderstood: 'sentences not understood', textNotUnderstood: 'figures in table texts not understood', withheld: 'findings withheld (sentence not understood)', related: 'related', evidence: 'evidence', doubt: 'doubt', document: 'document', narrativeOf: (d: string) => `(narrative of ${d})`, summary: 'per file', fileLine: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`, fatalLine: 'cannot be checked', tailNote: 'tails are rounding differences; switch them off with "rounding/tail": "off"' },
};

/** 实际 x  应为 y  差额 z, each label kept with its figure. */
export function figures(m: LintMessage, t: (typeof STYLISH_TEXT)['zh']): string {
  if (m.actual === undefined && m.expected === undefined) return '';
  const nb = (label: string, v: string): string => `${label}\u00a0${v}`;
  const parts = [nb(t.actual, m.actual ?? '—'), nb(t.expected, m.expected ?? '—')];
  const d = difference(m.actual, m.expected);
  if (d !== undefined) parts.push(nb(t.diff, d));
  return parts.join('  ');
}

/** The sub-header a message sits under: its sheet, and the table when the sheet does not name it. */
function groupOf(m: LintMessage): string {
  if (m.sheet === undefined) return '';
  return m.table && !m.sheet.includes(m.table) && !m.table.includes(m.sheet) ? `${m.sheet} · ${m.table}` : m.sheet;
}

/** The cell (or line:column) under its sheet's sub-header; on a PDF with its page first: 第 9 页 D14. */
function locationOf(m: LintMessage, lang: Lang): string {
  if (m.fatal) return '';
  const at = m.sheet !== undefined ? m.cell ?? `R${m.line}C${m.column}` : m.line ? `${m.line}:${m.column}` : '';
  return m.page !== undefined ? [pageText(m.page, lang), at].filter(Boolean).join(' ') : at;
}

const stylish: Formatter = (results: LintResult[], ctx: FormatContext) => {
  const c = new chalk.Instance({ level: ctx.color ? 1 : 0 });
  const t = STYLISH_TEXT[ctx.lang];
  const verbose = ctx.options?.verbose === true;
  const columns = typeof ctx.options?.columns === 'number' ? (ctx.options.columns as number) : 0;
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    const rel = displayPath(r.filePath, ctx.cwd);
    out += `\n${c.underline(rel)}${r.document ? c.dim(`${ctx.lang === 'en' ? ' ' : ''}${t.narrativeOf(displayPath(r.document, ctx.cwd))}`) : ''}\n`;
    const ordered = [...r.messages.filter((m) => m.severity === 2), ...r.messages.filter((m) => m.severity !== 2)];
    const locWidth = Math.max(0, ...ordered.map((m) => stringWidth(locationOf(m, ctx.lang))));
    const sevWidth = Math.max(stringWidth(t.error), stringWidth(t.warning));
    let group: string | null = null;
    let severity: number | null = null;
    for (const m of ordered) {
      const g = groupOf(m);
      if (g !== group || m.severity !== severity) {
        if (g) out += `  ${c.bold(g)}\n`;
        group = g;
        severity = m.severity;
      }
      const indent = g ? 4 : 2;
      // A fatal message says itself that the file cannot be checked.
      const sev = m.severity === 2 ? t.error : t.warning;
      const sevText = m.severity === 2 ? c.red(pad(sev, sevWidth)) : c.yellow(pad(sev, sevWidth));
      const loc = pad(locationOf(m, ctx.lang), locWidth);
      const lead = indent + locWidth + 2 + Math.max(sevWidth, stringWidth(sev)) + 2;
      const fig = figures(m, t);
      const tailText = [m.doubt ? `[${t.doubt}]` : '', fig, m.ruleId ?? ''].filter(Boolean).join('  ');
      const body = `${m.message}${tailText ? `  ${tailText}` : ''}`;
      const lines = wrap(body, columns, lead, lead);
      // Style: the message in plain text, the figures and rule id dimmed.
      const splitAt = m.message.length;
      let consumed = 0;
      lines.forEach((line, i) => {
        const start = consumed;
        consumed += line.length + 1;
        const cut = Math.max(0, Math.min(line.length, splitAt - start));
        const styled = line.slice(0, cut) + c.dim(line.slice(cut));
        out += i === 0 ? `${' '.repeat(indent)}${loc}  ${sevText}  ${styled}\n` : `${' '.repeat(lead)}${styled}\n`;
      });
      if (verbose && m.related?.length) {
        const text = `${t.related}: ${m.related.map((x) => `${x.label ?? ''} ${relatedWhere(x, m, ctx.lang)} ${x.value ?? ''}`.trim()).join(ctx.lang === 'zh' ? '；' : '; ')}`;
        for (const l of wrap(text, columns, lead + 2, lead)) out += c.dim(`${' '.repeat(lead)}${l}`) + '\n';
      }
      if (verbose && m.evidence?.length) {
        const text = `${t.evidence}: ${m.evidence.map((e) => `${describeReading(e, ctx.lang)}${e.strength === 'weak' ? ctx.lang === 'zh' ? '（弱）' : ' (weak)' : ''}`).join(ctx.lang === 'zh' ? '；' : '; ')}`;
        for (const l of wrap(text, columns, lead + 2, lead)) out += c.dim(`${' '.repeat(lead)}${l}`) + '\n';
      }
    }
    if (!r.fatalErrorCount) out += coverage(r, ctx, t, c, verbose);
  }
  if (results.length > 1) {
    out += `\n${c.bold(t.summary)}\n`;
    const w = Math.max(...results.map((r) => stringWidth(displayPath(r.filePath, ctx.cwd))));
    for (const r of results) {
      const line = r.fatalErrorCount ? c.red(t.fatalLine) : r.errorCount ? c.red(t.fileLine(r.errorCount, r.warningCount)) : r.warningCount ? c.yellow(t.fileLine(0, r.warningCount)) : c.green(t.fileLine(0, 0));
      out += `  ${pad(displayPath(r.filePath, ctx.cwd), w)}  ${line}\n`;
    }
  }
  const total = errors + warnings;
  out += '\n' + (total ? c.bold((errors ? c.red : c.yellow)(t.problems(total, errors, warnings))) : c.green(t.clean)) + '\n';
  if (results.some((r) => r.messages.some((m) => m.tail))) out += c.dim(`  ${t.tailNote}`) + '\n';
  return out;
};

function coverage(r: LintResult, ctx: FormatContext, t: (typeof STYLISH_TEXT)['zh'], c: chalk.Chalk, verbose: boolean): string {
  const cov = r.coverage;
  const [comma, semi] = ctx.lang === 'zh' ? ['，', '；'] : [', ', '; '];
  const understood = cov.sentencesWithNumbers - cov.claimsNotUnderstood.length;
  const sentences = cov.sentencesWithNumbers ? [`${t.sentences} ${cov.sentencesWithNumbers}`, `${t.understood} ${understood}`, `${t.checked} ${cov.claimsChecked}`].join(comma) : '';
  // A narrative's own result has no tables to count: it shows its sentences only.
  const tables = r.document ? '' : [`${cov.tables.length} ${t.tables}`, `${cov.evaluations} ${t.evals}`, `${cov.unrecognised.length} ${t.unrec}`, `${cov.rulesSkipped.length} ${t.skipped}`].join(comma);
  let out = c.dim(`  ${t.coverage}: ${[tables, sentences].filter(Boolean).join(semi)}`) + '\n';
  if (verbose) {
    for (const u of cov.unrecognised) out += c.dim(`    ${t.unrec}: ${u.sheet}${u.range ? `!${u.range}` : ''} ${u.reason}`) + '\n';
    for (const s of cov.rulesSkipped) out += c.dim(`    ${t.skipped}: ${s.ruleId} — ${s.reason}`) + '\n';
    for (const s of cov.claimsNotUnderstood) out += c.dim(`    ${t.notUnderstood}: ${s.line ? `L${s.line} ` : ''}${s.text}`) + '\n';
    for (const s of cov.textsNotUnderstood ?? []) out += c.dim(`    ${t.textNotUnderstood}: ${s.sheet ? `${s.sheet}${s.cell ? `!${s.cell}` : ''} ` : ''}${s.figure} — ${s.text}`) + '\n';
    for (const s of cov.findingsWithheld ?? []) out += c.dim(`    ${t.withheld}: ${s.ruleId} ${s.line ? `L${s.line} ` : ''}${s.text}`) + '\n';
  }
  return out;
}

export default stylish;
