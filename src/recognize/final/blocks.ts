/**
 * Where the 决算 tables sit in a grid: a printed title (收入支出决算总表 …) and/or a 公开NN表 marker
 * starts a block; the block runs to the next block's start. Table-of-contents lines
 * ("一、收入支出决算总表 … 2") are not titles.
 */
import type { Grid } from '../../types';
import { FINAL_KINDS, FINAL_TITLE_VARIANTS, type FinalKind } from '../../ledger/table-kinds';
import { rowCells } from './grid-util';
import { hasOrdinal, norm } from './text';

export interface Block {
  grid: Grid;
  kind: FinalKind;
  /** Printed title (raw), or the kind's canonical title when only the 公开NN表 marker was printed. */
  title: string;
  /** First row of the block (title or marker). */
  start: number;
  /** First row after the title and marker lines. */
  body: number;
  /** Last row the block may use (inclusive). */
  end: number;
  /** No title or marker was printed: the kind was read from the header words (signature.ts). */
  bySignature?: boolean;
}

const TITLES = (Object.entries(FINAL_KINDS) as [FinalKind, string][])
  .flatMap(([kind, title]) => [title, ...(FINAL_TITLE_VARIANTS[kind] ?? [])].map((t) => ({ kind, title: norm(t) })))
  .sort((a, b) => b.title.length - a.title.length);

/** Memo of kindOfTitle / kindOfMarker by text ('' for none): every row of every grid is asked. */
const TITLE_KINDS = new Map<string, FinalKind | ''>();
const MARKER_KINDS = new Map<string, FinalKind | ''>();
const KINDS_MAX = 20000;

function memo(cache: Map<string, FinalKind | ''>, raw: string, compute: (raw: string) => FinalKind | undefined): FinalKind | undefined {
  let kind = cache.get(raw);
  if (kind === undefined) {
    kind = compute(raw) ?? '';
    if (raw.length <= 200) {
      if (cache.size >= KINDS_MAX) cache.clear();
      cache.set(raw, kind);
    }
  }
  return kind === '' ? undefined : kind;
}

/** Kind of a title text: "收入决算表", "2024年度收入决算表", "收入决算表（续）". */
export function kindOfTitle(raw: string): FinalKind | undefined {
  // Every title ends in 表: the many labels of a long table never reach the memo.
  if (!raw.includes('表')) return undefined;
  return memo(TITLE_KINDS, raw, titleKind);
}

function titleKind(raw: string): FinalKind | undefined {
  // Table-of-contents lines (一、收入决算表) and sentences (详见收入决算表。) are not titles.
  if (hasOrdinal(raw) || /[，。；：:,;]|详见|参见|见附/.test(raw)) return undefined;
  const t = norm(raw)
    .replace(/[（(【[]?(?:部门|单位)?公开(?:表)?0?\d{1,2}表?[)）】\]]?/, '')
    .replace(/[（(]?续表?[)）]?$/, '');
  if (t.length > 60) return undefined;
  for (const { kind, title } of TITLES) {
    if (!t.endsWith(title)) continue;
    const prefix = t.slice(0, t.length - title.length);
    // A prefix is a department or a year; one ending in budget words names another table
    // (政府性基金预算财政拨款|支出决算表 is not 支出决算表). Longer titles were tried first.
    if (prefix === '' || !/(?:拨款|预算|基金|经营|资本|支出|收入|基本|项目|经费|明细|财政|结转|结余|采购|部门决算)$/.test(prefix)) return kind;
  }
  return undefined;
}

/** Kind of a 公开NN表 marker ("公开02表", "公开02" + "表" on the next line, "部门公开表06"). */
export function kindOfMarker(raw: string): FinalKind | undefined {
  if (!/公\s*开/.test(raw)) return undefined; // norm() would join "公 开"
  return memo(MARKER_KINDS, raw, markerKind);
}

function markerKind(raw: string): FinalKind | undefined {
  const m = /^(?:部门|单位)?公开(?:表)?0?(\d{1,2})(?:表)?$/.exec(norm(raw).replace(/^[(（【[]|[)）】\]]$/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= 10 ? (`final-${String(n).padStart(2, '0')}` as FinalKind) : undefined;
}

interface Mark {
  row: number;
  kind: FinalKind;
  title?: string;
  marker: boolean;
}

function marksOf(grid: Grid): Mark[] {
  const marks: Mark[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = rowCells(grid, r);
    if (cells.length === 0) continue;
    // A title or marker line has one distinct text (merged across the width) or two (title + 公开NN表).
    const distinct = [...new Set(cells.map((g) => g.raw))];
    if (distinct.length > 4) continue;
    for (const text of distinct) {
      const byTitle = kindOfTitle(text);
      if (byTitle) marks.push({ row: r, kind: byTitle, title: text, marker: false });
      // "收入决算表（公开02表）": the marker inside the title line names the kind too.
      const inside = byTitle ? /公开(?:表)?0?(\d{1,2})表/.exec(norm(text)) : null;
      const byMarker = kindOfMarker(text) ?? (inside ? kindOfMarker(`公开${inside[1]}表`) : undefined);
      if (byMarker) marks.push({ row: r, kind: byMarker, marker: true });
    }
  }
  return marks;
}

export function findBlocks(grid: Grid): Block[] {
  const marks = marksOf(grid);
  const blocks: Block[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    const prev = blocks[blocks.length - 1];
    // A marker (or title) within 3 rows of the previous block's start belongs to that block.
    if (prev && m.row - prev.body <= 2 && m.row >= prev.start) {
      if (m.marker) prev.kind = m.kind;
      else if (!prev.title || prev.title === FINAL_KINDS[prev.kind]) prev.title = m.title ?? prev.title;
      prev.body = m.row + 1;
      continue;
    }
    blocks.push({ grid, kind: m.kind, title: m.title ?? FINAL_KINDS[m.kind], start: m.row, body: m.row + 1, end: grid.rowCount - 1 });
  }
  // "公开02" then "表" on the next line
  for (const b of blocks) if (norm(rowCells(grid, b.body)[0]?.raw ?? '') === '表') b.body++;
  for (let i = 0; i + 1 < blocks.length; i++) blocks[i].end = blocks[i + 1].start - 1;
  return blocks;
}
