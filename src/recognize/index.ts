/**
 * Grid[] → typed tables. Families run in order (决算 tables, self-evaluations, budget tables); each
 * claims the rows it understood. Leftover rows holding figures are reported as unrecognised, so
 * coverage says what was not checked. Sheets of prose are the document's narrative (attachments.ts).
 */
import type { Grid } from '../types';
import type { FamilyRecognizer, RecognizeContext, RecognizeOutput } from './types';
import { finalRecognizer } from './final';
import { evaluationRecognizer } from './evaluation';
import { budgetRecognizer } from './budget';
import { a1 } from '../read/grid';
import { parseNumber } from '../ledger/decimal';
import { textSheetParagraphs } from './attachments';

export { withAttachments } from './attachments';

export const families: FamilyRecognizer[] = [finalRecognizer, evaluationRecognizer, budgetRecognizer];

export function recognize(grids: Grid[], extra: FamilyRecognizer[] = []): RecognizeOutput {
  const out: RecognizeOutput = { tables: [], evaluations: [], deptEvaluations: [], meta: {}, unrecognised: [], narrative: [] };
  const claimed = new Map<Grid, Set<number>>();
  const ctx: RecognizeContext = {
    grids,
    out,
    claim(grid, top, bottom) {
      const set = claimed.get(grid) ?? new Set<number>();
      for (let r = top; r <= bottom; r++) set.add(r);
      claimed.set(grid, set);
    },
    isClaimed: (grid, row) => claimed.get(grid)?.has(row) ?? false,
  };
  for (const family of [...families, ...extra]) family.recognize(ctx);
  for (const grid of grids) reportLeftovers(grid, claimed.get(grid), out);
  out.narrative = textSheetParagraphs(grids);
  return out;
}

const TOC_LINE = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|目\s*录)/;

/** A table of contents: headings with page numbers, not figures. */
function isContents(grid: Grid, start: number, end: number): boolean {
  let lines = 0;
  let headings = 0;
  for (let r = start; r <= end; r++) {
    const cells = (grid.rows[r] ?? []).filter((c) => c && c.raw);
    if (!cells.length) continue;
    lines++;
    if (cells.some((c) => TOC_LINE.test(c!.raw))) headings++;
    if (cells.some((c) => { const p = parseNumber(c!.raw); return p !== null && (p.decimals > 0 || p.value.gt(999)); })) return false;
  }
  return lines > 0 && headings / lines >= 0.6;
}

/** A number as printed, typed or as text (CSV and docx grids hold text). */
function isFigure(raw: string, value: unknown): boolean {
  return typeof value === 'number' || parseNumber(raw) !== null;
}

/** Unclaimed runs of rows that hold numbers: a table nobody understood. */
function reportLeftovers(grid: Grid, claimed: Set<number> | undefined, out: RecognizeOutput): void {
  let start = -1;
  let numbers = 0;
  const flush = (end: number): void => {
    if (start >= 0 && numbers >= 2 && !isContents(grid, start, end)) {
      const title = (grid.rows[start] ?? []).find((c) => c && c.raw)?.raw ?? '';
      out.unrecognised.push({ file: grid.file, sheet: grid.sheet, range: `${a1(start, 0)}:${a1(end, Math.max(0, grid.colCount - 1))}`, reason: `未识别的表格${title ? `（首行：${title.slice(0, 30)}）` : ''}` });
    }
    start = -1;
    numbers = 0;
  };
  for (let r = 0; r < grid.rowCount; r++) {
    const row = grid.rows[r] ?? [];
    const nonEmpty = row.some((c) => c && c.raw);
    if (claimed?.has(r) || !nonEmpty) {
      if (claimed?.has(r)) flush(r - 1);
      continue;
    }
    if (start < 0) start = r;
    numbers += row.filter((c) => c && isFigure(c.raw, c.value)).length;
  }
  flush(grid.rowCount - 1);
}
