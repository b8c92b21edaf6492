/**
 * The 预算 (budget) family: 收支总表 … 固定资产占用情况表 and 项目绩效目标表, recognised by content —
 * a printed title where there is one (workbooks), header words otherwise (docx tables, whose title
 * is a paragraph above them). 一般公共预算 / 基金 / 国资 支出表 share their header: a note naming the
 * fund decides, else their order (they are printed in that order).
 */
import type { Grid, LedgerTable } from '../../types';
import type { FamilyRecognizer, RecognizeContext } from '../types';
import { BUDGET_KINDS, type BudgetKind } from '../../ledger/budget-kinds';
import { applyTablePrecision } from '../../ledger/cells';
import { hasFigure, rowCells, rowIsBlank } from '../final/grid-util';
import { isHeaderWord, norm } from '../final/text';
import { a1 } from '../../read/grid';
import { budgetKindOfTitle, budgetSignature, type Signature } from './classify';
import { findNotes, headerTop, lanciRow, readBudgetMeta } from './layout';
import { assemble } from './parse-util';
import { parseSubject } from './subject';
import { parseSummary } from './summary';
import { parseItems } from './items';
import { parseIndicators, parsePerfProject, PERF_COLUMNS } from './perf';
import { fillReadings } from '../final/readings';
import { rowText } from '../final/grid-util';

/** The unit a budget table that prints none is read in. */
const NOT_PRINTED_WAN = { zh: '未印明，按万元', en: 'not printed; taken to be “万元”' };

function rowsText(grid: Grid, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r < to; r++) {
    const t = rowText(grid, r);
    if (t) out.push(t);
  }
  return out;
}

interface Block {
  grid: Grid;
  sig: Signature;
  title?: string;
  start: number;
  end: number;
}

function titleRows(grid: Grid): { row: number; kind: BudgetKind; title: string }[] {
  const out: { row: number; kind: BudgetKind; title: string }[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = rowCells(grid, r);
    if (!cells.length || new Set(cells.map((g) => g.raw)).size > 2) continue;
    const kind = budgetKindOfTitle(cells[0].raw);
    if (kind) out.push({ row: r, kind, title: cells[0].raw.trim() });
  }
  return out;
}

function blocksOf(grid: Grid): Block[] {
  const titles = titleRows(grid);
  if (!titles.length) {
    const sig = budgetSignature(grid);
    return sig ? [{ grid, sig, start: 0, end: grid.rowCount - 1 }] : [];
  }
  return titles.map((t, i) => ({ grid, sig: t.kind, title: t.title, start: t.row, end: (titles[i + 1]?.row ?? grid.rowCount) - 1 }));
}

/**
 * Without a 栏次 row: header rows are the first rows without figures — three texts or more, or
 * header words alone (科目编码 | 科目名称 under a merged 功能分类科目): fewer texts than that may be
 * a first row of the body (合计 of an empty table).
 */
function headerBottomOf(grid: Grid, top: number, end: number): number {
  let bottom = top;
  for (let r = top + 1; r <= Math.min(end, top + 3); r++) {
    const cells = rowCells(grid, r);
    if (rowIsBlank(grid, r) || cells.some((g) => hasFigure(grid, r, g.c) && g.c > 0)) break;
    if (cells.length < 3 && !cells.every((g) => isHeaderWord(g.raw))) break;
    bottom = r;
  }
  return bottom;
}

function subjectKindByNote(notes: string[]): BudgetKind | undefined {
  const text = norm(notes.join(''));
  if (/政府(?:性)?基金/.test(text)) return 'budget-fund';
  if (/国有资本/.test(text)) return 'budget-soe';
  return undefined;
}

function parseBlock(ctx: RecognizeContext, b: Block, kind: BudgetKind, department: { value?: string } = {}): LedgerTable | undefined {
  const { grid } = b;
  const top = headerTop(grid, b.title ? b.start + 1 : b.start, b.end);
  const meta = readBudgetMeta(grid, b.start, top);
  department.value = meta.department;
  for (const k of ['department', 'year', 'unit'] as const) if (meta[k] && !ctx.out.meta[k]) (ctx.out.meta as Record<string, string>)[k] = meta[k] as string;
  const notes = findNotes(grid, top, b.end);
  const bodyEnd = notes.first - 1;
  const lanci = lanciRow(grid, top, bodyEnd);
  const headerBottom = lanci >= 0 ? lanci - 1 : headerBottomOf(grid, top, bodyEnd);
  const body = lanci >= 0 ? lanci + 1 : headerBottom + 1;
  const parsed =
    kind === 'budget-summary' || kind === 'budget-fiscal-summary'
      ? parseSummary(kind === 'budget-fiscal-summary', grid, top, headerBottom, body, bodyEnd)
      : ['budget-sangong', 'budget-procurement', 'budget-assets', 'budget-project-expense'].includes(kind)
        ? parseItems(kind, grid, top, headerBottom, body, bodyEnd)
        : parseSubject(kind, grid, top, headerBottom, body, bodyEnd);
  const unitLabel = parsed.columns.map((c) => c.label).find((l) => /万元/.test(l));
  const unitInHeader = unitLabel || kind === 'budget-assets' ? '万元' : undefined;
  const table = assemble({
    kind,
    title: b.title ?? BUDGET_KINDS[kind],
    grid,
    top: b.start,
    bottom: b.end,
    columns: parsed.columns,
    rows: parsed.rows,
    notes: notes.notes,
    unit: meta.unit ?? unitInHeader ?? ctx.out.meta.unit ?? '万元',
  });
  if (kind !== 'budget-assets') applyTablePrecision(table.rows.flatMap((r) => [...r.cells.values()]));
  const unitLine = meta.unit ? rowsText(grid, b.start, top).find((t) => /单位[：:]/.test(t)) ?? `单位：${meta.unit}` : undefined;
  fillReadings(
    table,
    b.title ? { title: b.title } : { header: rowsText(grid, top, headerBottom + 1).join(' / ').slice(0, 80) },
    unitLine ? { printed: unitLine } : unitLabel ? { printed: unitLabel } : { borrowed: ctx.out.meta.unit ? { zh: '取自本文件其他表', en: 'taken from another table of this file' } : kind === 'budget-assets' ? { zh: '固定资产表按万元', en: 'a fixed-assets table is taken to be in “万元”' } : NOT_PRINTED_WAN },
  );
  return table;
}

function parsePerf(grid: Grid, b: Block, last: LedgerTable | undefined): LedgerTable[] {
  const out: LedgerTable[] = [];
  let current = last;
  for (let r = b.start; r <= b.end; r++) {
    const words = rowCells(grid, r).map((g) => norm(g.raw));
    if (words.includes('项目编码') || words.includes('项目名称')) {
      const p = parsePerfProject(grid, r, b.end);
      if (!p) continue;
      current = {
        kind: 'budget-perf-target',
        title: p.name || b.title || BUDGET_KINDS['budget-perf-target'],
        unit: '万元',
        source: { file: grid.file, sheet: grid.sheet, range: `${a1(r, 0)}:${a1(p.bottom, Math.max(0, grid.colCount - 1))}` },
        columns: PERF_COLUMNS,
        rows: p.rows,
      };
      const unitLine = rowsText(grid, Math.max(b.start, r - 3), r).find((t) => /单位[：:]\s*万元/.test(t));
      fillReadings(current, b.title ? { title: b.title } : { header: rowText(grid, r) }, unitLine ? { printed: unitLine } : { borrowed: NOT_PRINTED_WAN });
      out.push(current);
      r = p.bottom;
    } else if (words.includes('一级指标') && current) {
      const ind = parseIndicators(grid, r, b.end);
      current.rows.push(...ind.rows);
      r = ind.bottom;
    }
  }
  return out;
}

/**
 * A later part of a table already read (a page break: the next sheet, or further down, repeats the
 * title and header and goes on with the rows): its rows join the first part. A repeated total row
 * without figures is dropped when the first part has one.
 */
function mergeInto(target: LedgerTable, next: LedgerTable): void {
  for (const col of next.columns) if (!target.columns.some((c) => c.key === col.key)) target.columns.push(col);
  const hasTotal = target.rows.some((r) => r.key === 'total');
  target.rows.push(...next.rows.filter((r) => !(hasTotal && r.key === 'total' && [...r.cells.values()].every((c) => c.value === null))));
  if (next.notes) target.notes = [...(target.notes ?? []), ...next.notes.filter((n) => !target.notes?.includes(n))];
  if (!(target.empty && next.empty)) delete target.empty;
  if (target.kind !== 'budget-assets') applyTablePrecision(target.rows.flatMap((r) => [...r.cells.values()]));
}

function recognizeFile(ctx: RecognizeContext, grids: Grid[]): void {
  let subjectSeen = 0;
  let lastPerf: LedgerTable | undefined;
  // Tables read so far, by kind and department: a later block of the same kind continues one of them.
  const byKind = new Map<string, LedgerTable>();
  let lastDepartment = '';
  for (const grid of grids) {
    if (grid.rows.some((_, r) => ctx.isClaimed(grid, r))) continue;
    for (const b of blocksOf(grid)) {
      if (b.sig === 'budget-perf-target' || b.sig === 'perf-indicators') {
        const tables = parsePerf(grid, b, lastPerf);
        if (!tables.length && !lastPerf) continue;
        ctx.out.tables.push(...tables);
        lastPerf = tables[tables.length - 1] ?? lastPerf;
        ctx.claim(grid, b.start, b.end);
        continue;
      }
      let kind: BudgetKind;
      if (b.sig === 'subject-3col') {
        const notes = findNotes(grid, 0, b.end).notes;
        kind = subjectKindByNote(notes) ?? (['budget-gpb-expense', 'budget-fund', 'budget-soe'] as const)[Math.min(subjectSeen, 2)];
        subjectSeen++;
      } else {
        kind = b.sig;
        if (kind === 'budget-gpb-expense' || kind === 'budget-fund' || kind === 'budget-soe') subjectSeen++;
      }
      const department: { value?: string } = {};
      const table = parseBlock(ctx, b, kind, department);
      if (!table) continue;
      ctx.claim(grid, b.start, b.end);
      if (department.value) lastDepartment = department.value;
      const key = `${kind}\u0000${department.value ?? lastDepartment}`;
      const earlier = byKind.get(key);
      if (earlier) {
        mergeInto(earlier, table);
        // A page of a table already counted is not the next of 一般公共预算 / 基金 / 国资.
        if (kind === 'budget-gpb-expense' || kind === 'budget-fund' || kind === 'budget-soe') subjectSeen--;
        continue;
      }
      byKind.set(key, table);
      ctx.out.tables.push(table);
    }
  }
}

export const budgetRecognizer: FamilyRecognizer = {
  id: 'budget',
  recognize(ctx) {
    const byFile = new Map<string, Grid[]>();
    for (const g of ctx.grids) byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
    for (const grids of byFile.values()) recognizeFile(ctx, grids);
  },
};
