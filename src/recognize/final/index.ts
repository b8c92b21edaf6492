/**
 * 决算 公开01–10 recognizers (by content: titles, 公开NN表 markers, header words, 栏次, subject codes;
 * never sheet names or fixed cells). A table continued on a later page (its title and header
 * repeated) is merged into one table; so are later blocks of the same kind in the same file.
 */
import type { FamilyRecognizer, RecognizeContext } from '../types';
import type { Cell, Grid, LedgerTable } from '../../types';
import { applyTablePrecision } from '../../ledger/cells';
import { findBlocks, type Block } from './blocks';
import { continuationKinds, kindsBySignature, type Signature } from './signature';
import { FINAL_KINDS } from '../../ledger/table-kinds';
import { readMeta, type BlockMeta } from './meta';
import { rowCells, rowIsBlank, rowText } from './grid-util';
import { saysEmpty } from './text';
import { tableOf, rangeOf, type ParsedBlock } from './parsed';
import { parseSummaryTable } from './summary';
import { parseSubjectTable } from './subject';
import { parseEconomicTable } from './economic';
import { parseSangongTable } from './sangong';
import { parseInfoTable } from './info';
import { fillReadings, type KindEvidence } from './readings';

/** The header words a title-less table was recognised by, for its reading. */
function signatureWords(block: Block): string {
  const words: string[] = [];
  for (let r = block.start; r <= Math.min(block.end, block.start + 3); r++) words.push(rowText(block.grid, r));
  return words.filter(Boolean).join(' / ').slice(0, 80);
}

type Parser = (block: Block, headerTop: number) => ParsedBlock;

const PARSERS: Record<string, Parser> = {
  'final-01': parseSummaryTable,
  'final-02': parseSubjectTable,
  'final-03': parseSubjectTable,
  'final-04': parseSummaryTable,
  'final-05': parseSubjectTable,
  'final-06': parseEconomicTable,
  'final-07': parseSubjectTable,
  'final-08': parseSubjectTable,
  'final-09': parseSangongTable,
  'final-10': parseInfoTable,
};

/** First header row: after the title, marker and 部门名称/年度/单位 lines. */
function headerTopOf(block: Block, meta: BlockMeta): number {
  let top = Math.max(block.body, meta.rows.length > 0 ? meta.rows[meta.rows.length - 1] + 1 : block.body);
  while (top < block.end && rowIsBlank(block.grid, top)) top++;
  return top;
}

/** Amount cells of a table that share the table's printed precision (10: money rows only). */
function precisionCells(table: LedgerTable): Cell[] {
  const rows = table.kind === 'final-10' ? table.rows.filter((r) => /^(?:procurement|adminCost)\./.test(r.key ?? '')) : table.rows;
  return rows.flatMap((r) => [...r.cells.values()]);
}

/** "本单位无…，故本表无数据" may sit anywhere in the block, not only in the notes. */
function noteEmptiness(block: Block, parsed: ParsedBlock): void {
  const last = Math.min(block.end, Math.max(parsed.last, block.start) + 2);
  for (let r = block.start; r <= last; r++) {
    const text = rowText(block.grid, r);
    if (!saysEmpty(text)) continue;
    parsed.empty = true;
    if (!parsed.notes.includes(text)) parsed.notes.push(text);
    if (!parsed.claimed.includes(r)) parsed.claimed.push(r);
  }
}

function mergeInto(target: LedgerTable, next: LedgerTable): void {
  for (const col of next.columns) if (!target.columns.some((c) => c.key === col.key)) target.columns.push(col);
  const hasTotal = target.rows.some((r) => r.key === 'total');
  target.rows.push(...next.rows.filter((r) => !(hasTotal && r.key === 'total' && [...r.cells.values()].every((c) => c.value === null))));
  if (next.notes) target.notes = [...(target.notes ?? []), ...next.notes.filter((n) => !target.notes?.includes(n))];
  target.empty = target.empty && next.empty ? true : undefined;
  if (target.empty === undefined) delete target.empty;
  target.unit ??= next.unit;
}

type Evidence = Map<LedgerTable, { kind: KindEvidence; unitPrinted?: string }>;

/**
 * Text lines printed above a table's title and below the previous table (a PDF page's running
 * caption "…2024年度部门决算表", a department line): one distinct text, no figure. doc/* rules
 * read them as printed titles.
 */
function captionsAbove(grid: Grid, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = Math.max(0, from); r < to; r++) {
    const cells = rowCells(grid, r).filter((g) => g.raw.trim() !== '');
    if (!cells.length || cells.some((g) => typeof g.value === 'number')) continue;
    const texts = new Set(cells.map((g) => g.raw.trim()));
    if (texts.size === 1) out.push([...texts][0]);
  }
  return out;
}

function recognizeGrid(ctx: RecognizeContext, grid: Grid, blocks: Block[], byKind: Map<string, LedgerTable>, lastDepartment: Map<string, string>, evidence: Evidence): void {
  let previousEnd = -1;
  for (const block of blocks) {
    const captions = captionsAbove(grid, previousEnd + 1, block.start);
    previousEnd = Math.max(previousEnd, block.end);
    // From the title row: 单位：万元 is often printed beside the title or the 公开NN表 marker.
    const meta = readMeta(grid, block.start, Math.min(block.end, block.body + 5));
    let parsed: ParsedBlock;
    try {
      parsed = PARSERS[block.kind](block, headerTopOf(block, meta));
    } catch (err) {
      // A strange layout must not stop the run: report the table as unread.
      const reason = `${block.title}：无法读取（${err instanceof Error ? err.message : String(err)}）`;
      ctx.out.unrecognised.push({ file: grid.file, sheet: grid.sheet, range: rangeOf(block, block.end), reason });
      continue;
    }
    noteEmptiness(block, parsed);
    for (const problem of parsed.problems) {
      ctx.out.unrecognised.push({ file: grid.file, sheet: grid.sheet, range: rangeOf(block, Math.max(parsed.last, block.start)), reason: `${block.title}：${problem}` });
    }
    if (parsed.rows.length === 0 && !parsed.empty) {
      if (parsed.problems.length === 0) ctx.out.unrecognised.push({ file: grid.file, sheet: grid.sheet, range: rangeOf(block, block.end), reason: `${block.title}：未能读取任何数据行` });
      continue;
    }
    for (const r of parsed.claimed) ctx.claim(grid, r, r);
    for (const r of meta.rows) ctx.claim(grid, r, r);
    ctx.out.meta.department ??= meta.department;
    ctx.out.meta.year ??= meta.year ?? /((?:19|20)\d{2})\s*年/.exec(block.title)?.[1];
    ctx.out.meta.unit ??= meta.unit;
    const table = tableOf(block, meta, parsed);
    // Pages of one table share file, kind and department; another department's table stays apart.
    const key = `${grid.file}\u0000${block.kind}\u0000${meta.department ?? lastDepartment.get(grid.file) ?? ''}`;
    if (meta.department) lastDepartment.set(grid.file, meta.department);
    const earlier = byKind.get(key);
    if (earlier) mergeInto(earlier, table);
    else {
      byKind.set(key, table);
      if (captions.length) table.captions = captions;
      ctx.out.tables.push(table);
      const unitLine = meta.rows.map((r) => rowText(grid, r)).find((t) => /单位/.test(t));
      evidence.set(table, { kind: block.bySignature ? { header: signatureWords(block) } : { title: block.title }, unitPrinted: meta.unit ? unitLine ?? `单位：${meta.unit}` : undefined });
    }
  }
}

export const finalRecognizer: FamilyRecognizer = {
  id: 'final',
  recognize(ctx) {
    const byKind = new Map<string, LedgerTable>();
    const lastDepartment = new Map<string, string>();
    const before = ctx.out.tables.length;
    const blocksOf = new Map(ctx.grids.map((g) => [g, findBlocks(g)] as const));
    const byFile = new Map<string, Grid[]>();
    for (const g of ctx.grids) byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
    for (const grids of byFile.values()) {
      const titled = new Map(grids.map((g) => [g, (blocksOf.get(g) ?? []).map((b) => b.kind)] as const));
      const anyTitled = [...titled.values()].some((k) => k.length > 0);
      const untitled = grids.filter((g) => titled.get(g)?.length === 0);
      const signatures = new Map<Grid, Signature | undefined>();
      const bySignature = kindsBySignature(untitled, signatures);
      const kinds = bySignature.size > 0 || !anyTitled ? bySignature : continuationKinds(grids, titled, signatures);
      for (const [grid, kind] of kinds) {
        blocksOf.set(grid, [{ grid, kind, title: FINAL_KINDS[kind], start: 0, body: 0, end: grid.rowCount - 1, bySignature: true }]);
      }
    }
    const evidence: Evidence = new Map();
    for (const grid of ctx.grids) recognizeGrid(ctx, grid, blocksOf.get(grid) ?? [], byKind, lastDepartment, evidence);
    const unitSource = ctx.out.tables.slice(before).find((t) => evidence.get(t)?.unitPrinted);
    for (const table of ctx.out.tables.slice(before)) {
      const e = evidence.get(table);
      table.unit ??= ctx.out.meta.unit ?? null;
      fillReadings(table, e?.kind ?? { title: table.title }, { printed: e?.unitPrinted, borrowed: unitSource && unitSource !== table ? { zh: `取自${unitSource.title}`, en: `taken from “${unitSource.title}”` } : undefined });
      applyTablePrecision(precisionCells(table));
    }
    for (const key of ['department', 'year', 'unit'] as const) if (ctx.out.meta[key] === undefined) delete ctx.out.meta[key];
  },
};
