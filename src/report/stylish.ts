/**
 * ESLint-style terminal output: grouped by file, `表名 sheet!C12` or `file:line:col` locations,
 * message with 实际/应为, rule id; columns aligned by display width (CJK is double width).
 */
import chalk from 'chalk';
import path from 'node:path';
import stringWidth from 'string-width';
import type { LintMessage, LintResult } from '../types';
import type { FormatContext, Formatter } from './types';

const T = {
  zh: { error: '错误', warning: '警告', actual: '实际', expected: '应为', problems: (n: number, e: number, w: number) => `✖ 共 ${n} 个问题（${e} 个错误，${w} 个警告）`, fatal: '无法检查', clean: '✔ 未发现问题', coverage: '覆盖', tables: '表', evals: '自评表', unrec: '未识别区域', skipped: '未运行的规则', sentences: '情况说明含数字的句子', understood: '已理解', checked: '已核对', notUnderstood: '未理解的句子', related: '相关', tailNote: '尾差为四舍五入差异，可在配置中以 "rounding/tail": "off" 关闭' },
  en: { error: 'error', warning: 'warning', actual: 'actual', expected: 'expected', problems: (n: number, e: number, w: number) => `✖ ${n} problem${n === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})`, fatal: 'cannot be checked', clean: '✔ no problems', coverage: 'coverage', tables: 'tables', evals: 'self-evaluations', unrec: 'unrecognised regions', skipped: 'rules not run', sentences: 'narrative sentences with numbers', understood: 'understood', checked: 'checked', notUnderstood: 'sentences not understood', related: 'related', tailNote: 'tails are rounding differences; switch them off with "rounding/tail": "off"' },
};

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function locationOf(m: LintMessage, cwd: string): string {
  if (m.fatal) return '';
  if (m.sheet !== undefined) return `${m.table && !m.sheet.includes(m.table) ? `${m.table} ` : ''}${m.sheet}!${m.cell ?? `R${m.line}C${m.column}`}`;
  const file = m.file ? path.relative(cwd, m.file) || m.file : '';
  return `${file}:${m.line}:${m.column}`;
}

const stylish: Formatter = (results: LintResult[], ctx: FormatContext) => {
  const c = new chalk.Instance({ level: ctx.color ? 1 : 0 });
  const t = T[ctx.lang];
  const verbose = ctx.options?.verbose === true;
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    const rel = path.relative(ctx.cwd, r.filePath) || r.filePath;
    out += `\n${c.underline(rel)}\n`;
    const rows = r.messages.map((m) => {
      const sev = m.severity === 2 ? c.red(t.error) : c.yellow(t.warning);
      let msg = m.message;
      if (m.actual !== undefined || m.expected !== undefined) msg += c.dim(`  ${t.actual} ${m.actual ?? '—'} / ${t.expected} ${m.expected ?? '—'}`);
      return [locationOf(m, ctx.cwd), sev, msg, c.dim(m.ruleId ?? (m.fatal ? t.fatal : ''))];
    });
    // Align locations, but do not let one very long sheet name push every message off screen.
    const w0 = Math.min(48, Math.max(0, ...rows.map((x) => stringWidth(x[0]))));
    const w1 = Math.max(0, ...rows.map((x) => stringWidth(x[1])));
    r.messages.forEach((m, i) => {
      const [loc, sev, msg, rule] = rows[i];
      out += `  ${pad(loc, w0)}  ${pad(sev, w1)}  ${msg}  ${rule}\n`;
      if (verbose && m.related?.length) {
        out += c.dim(`      ${t.related}: ${m.related.map((x) => `${x.label ?? ''} ${x.sheet ? `${x.sheet}!${x.cell ?? ''}` : x.line ? `L${x.line}` : ''} ${x.value ?? ''}`.trim()).join('；')}`) + '\n';
      }
    });
    if (!r.fatalErrorCount) {
      const cov = r.coverage;
      const understood = cov.sentencesWithNumbers - cov.claimsNotUnderstood.length;
      const [comma, semi] = ctx.lang === 'zh' ? ['，', '；'] : [', ', '; '];
      const parts = [`${cov.tables.length} ${t.tables}`, `${cov.evaluations} ${t.evals}`, `${cov.unrecognised.length} ${t.unrec}`, `${cov.rulesSkipped.length} ${t.skipped}`].join(comma);
      const text = cov.sentencesWithNumbers ? `${semi}${[`${t.sentences} ${cov.sentencesWithNumbers}`, `${t.understood} ${understood}`, `${t.checked} ${cov.claimsChecked}`].join(comma)}` : '';
      out += c.dim(`  ${t.coverage}: ${parts}${text}`) + '\n';
      if (verbose) {
        for (const u of cov.unrecognised) out += c.dim(`    ${t.unrec}: ${u.sheet}${u.range ? `!${u.range}` : ''} ${u.reason}`) + '\n';
        for (const s of cov.rulesSkipped) out += c.dim(`    ${t.skipped}: ${s.ruleId} — ${s.reason}`) + '\n';
        for (const s of cov.claimsNotUnderstood) out += c.dim(`    ${t.notUnderstood}: ${s.line ? `L${s.line} ` : ''}${s.text}`) + '\n';
      }
    }
  }
  const total = errors + warnings;
  out += '\n' + (total ? c.bold((errors ? c.red : c.yellow)(t.problems(total, errors, warnings))) : c.green(t.clean)) + '\n';
  if (results.some((r) => r.messages.some((m) => m.tail))) out += c.dim(`  ${t.tailNote}`) + '\n';
  return out;
};

export default stylish;
