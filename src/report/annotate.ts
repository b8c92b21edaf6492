/**
 * --annotate: a copy of the workbook with a cell comment on each offending cell (rule, 实际, 应为).
 * The input is only ever read; an output path that is (or links to) an input is refused; the copy is
 * written to a temp file in the output's directory and renamed into place, so a crash never leaves
 * a half-written workbook. SheetJS CE keeps values, formulas, number formats, merges and column
 * widths but not fonts/fills: the copy is for review, not a replacement of the original.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type * as XLSXT from 'xlsx';
import { sheetjs, ensureCodepages } from '../read/sheetjs';
import type { Lang, LintMessage, LintResult } from '../types';
import { UsageError } from '../errors';

const AUTHOR = 'budget-lint';

export interface AnnotateSummary {
  /** Findings written as comments. */
  comments: number;
  /** Cells that received at least one comment. */
  cells: number;
  /** Findings that could not be placed (narrative, fatal, unknown sheet). */
  skipped: number;
}

function realish(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

function sameFile(a: string, b: string): boolean {
  if (realish(a) === realish(b)) return true;
  if (process.platform === 'win32' || process.platform === 'darwin') {
    if (realish(a).toLowerCase() === realish(b).toLowerCase()) return true;
  }
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev; // hard links
  } catch {
    return false;
  }
}

/** Throws UsageError('outputInput') when outPath is one of the inputs. */
export function assertNotInput(outPath: string, inputs: string[]): void {
  for (const input of inputs) if (sameFile(outPath, input)) throw new UsageError('outputInput', { file: outPath });
}

export function commentText(m: LintMessage, lang: Lang): string {
  const zh = lang !== 'en';
  const lines = [`[${m.ruleId ?? AUTHOR}] ${m.message}`];
  if (m.actual !== undefined) lines.push(`${zh ? '实际' : 'Actual'}: ${m.actual}`);
  if (m.expected !== undefined) lines.push(`${zh ? '应为' : 'Expected'}: ${m.expected}`);
  const rel = (m.related ?? []).filter((x) => x.sheet !== undefined || x.label !== undefined).slice(0, 8);
  if (rel.length) lines.push(`${zh ? '相关' : 'Related'}: ${rel.map((x) => [x.label, x.sheet !== undefined ? `${x.sheet}!${x.cell ?? ''}` : '', x.value].filter(Boolean).join(' ')).join('; ')}`);
  return lines.join('\n');
}

function bookTypeOf(outPath: string): XLSXT.BookType {
  const ext = path.extname(outPath).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.xlsm') return 'xlsm';
  throw new UsageError('usage', { reason: `--annotate 的输出文件须为 .xlsx：${outPath} / --annotate writes .xlsx files only` });
}

export function writeAtomic(outPath: string, bytes: Buffer): void {
  const dir = path.dirname(path.resolve(outPath));
  const tmp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, outPath);
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw err;
  }
}

export function annotateWorkbook(inputPath: string, result: LintResult, outPath: string, lang: Lang = 'zh'): AnnotateSummary {
  assertNotInput(outPath, [inputPath, ...(result.inputs ?? []), result.filePath].filter((p) => fs.existsSync(p)));
  const bookType = bookTypeOf(outPath);
  const bytes = fs.readFileSync(inputPath);
  ensureCodepages(); // .xls inputs need them; annotating is rare enough not to care
  const wb = sheetjs().read(bytes, { type: 'buffer', cellFormula: true, cellNF: true, cellStyles: true, cellDates: false, bookVBA: bookType === 'xlsm' });
  const input = realish(inputPath);
  const belongs = (m: LintMessage): boolean => realish(m.file ?? result.filePath) === input;

  const summary: AnnotateSummary = { comments: 0, cells: 0, skipped: 0 };
  const touched = new Set<string>();
  for (const m of result.messages) {
    // A sheet name is user text: only a sheet the workbook lists, and never Object.prototype
    // (wb.Sheets['__proto__'] of a workbook without such a sheet), gets written to.
    const named = m.sheet !== undefined && wb.SheetNames.includes(m.sheet) ? (wb.Sheets[m.sheet] as XLSXT.WorkSheet | undefined) : undefined;
    const sheet = named && named !== Object.prototype ? named : undefined;
    if (m.fatal || !m.cell || !sheet || !belongs(m) || !/^[A-Z]{1,3}[1-9]\d*$/.test(m.cell)) {
      summary.skipped++;
      continue;
    }
    let cell = sheet[m.cell] as XLSXT.CellObject | undefined;
    if (!cell) {
      cell = { t: 'z' } as XLSXT.CellObject;
      sheet[m.cell] = cell;
      const range = sheet['!ref'] ? sheetjs().utils.decode_range(sheet['!ref']) : { s: { r: 0, c: 0 }, e: { r: 0, c: 0 } };
      const at = sheetjs().utils.decode_cell(m.cell);
      range.s.r = Math.min(range.s.r, at.r);
      range.s.c = Math.min(range.s.c, at.c);
      range.e.r = Math.max(range.e.r, at.r);
      range.e.c = Math.max(range.e.c, at.c);
      sheet['!ref'] = sheetjs().utils.encode_range(range);
    }
    const comments = (cell.c ??= [] as unknown as XLSXT.Comments);
    comments.push({ a: AUTHOR, t: commentText(m, lang) });
    comments.hidden = true;
    summary.comments++;
    touched.add(`${m.sheet}\u0000${m.cell}`);
  }
  summary.cells = touched.size;
  const out = sheetjs().write(wb, { type: 'buffer', bookType, compression: true }) as Buffer;
  writeAtomic(outPath, out);
  return summary;
}
