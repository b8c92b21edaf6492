/**
 * 公开09 财政拨款“三公”经费支出决算表: two or three header rows (预算数 / 决算数 × 合计, 因公出国（境）费,
 * 公务用车购置及运行维护费 {小计, 购置费, 运行维护费}, 公务接待费), a 栏次 row 1…12, one row of figures.
 */
import type { Cell, Grid, LedgerColumn } from '../../types';
import { FINAL_09_COLUMNS } from '../../ledger/table-kinds';
import type { Block } from './blocks';
import { columnLabels } from './header';
import { hasFigure, lanciColumns, lastColumn, ledgerCell, refAt, rowCells, rowIsBlank } from './grid-util';
import { emptyParse, type ParsedBlock } from './parsed';
import { finishWithNotes } from './notes';
import { isNoteText } from './text';
import { isPlaceholder } from '../../ledger/decimal';
import { reading } from '../../ledger/evidence';

type Key = keyof typeof FINAL_09_COLUMNS;

/** Column key from the header parts of one column: section (预算/决算) + the deepest item. */
function keyOf(parts: string[]): Key | undefined {
  const text = parts.join('');
  const section = /决算/.test(text) ? 'final' : /预算/.test(text) ? 'budget' : undefined;
  if (!section) return undefined;
  const items = parts.filter((p) => !/^(?:预算数?|决算数?|本年|上年)$/.test(p) && !/^\d+$/.test(p));
  const leaf = items[items.length - 1] ?? '';
  let item: string | undefined;
  if (/^合计$|^总计$/.test(leaf)) item = 'total';
  else if (/因公出国/.test(leaf)) item = 'abroad';
  else if (/公务接待/.test(leaf)) item = 'reception';
  else if (/^小计$/.test(leaf) || /购置及运行/.test(leaf)) item = 'car';
  else if (/运行维护/.test(leaf)) item = 'carRun';
  else if (/购置/.test(leaf)) item = 'carBuy';
  return item ? (`${section}.${item}` as Key) : undefined;
}

export function parseSangongTable(block: Block, headerTop: number): ParsedBlock {
  const { grid, end } = block;
  const out = emptyParse();
  // Header starts at the row naming 预算数 / 决算数 (or 合计 for single-section variants).
  let top = -1;
  for (let r = headerTop; r <= Math.min(end, headerTop + 6) && top < 0; r++) {
    if (rowCells(grid, r).some((g) => /预算|决算|因公出国|公务接待/.test(g.raw))) top = r;
  }
  if (top < 0) {
    out.problems.push('表头无法识别：未找到“预算数”“决算数”表头');
    return out;
  }
  if (!sectionsAcross(grid, top, end)) return parseVertical(block, top, out);
  let bottom = top;
  let dataRow = -1;
  let lanci: Map<number, number> | null = null;
  for (let r = top + 1; r <= Math.min(end, top + 6); r++) {
    const l = lanciColumns(grid, r, 6);
    if (l) {
      lanci = l;
      bottom = r - 1;
      continue;
    }
    const cells = rowCells(grid, r);
    if (cells.some((g) => hasFigure(grid, r, g.c)) && cells.every((g) => hasFigure(grid, r, g.c) || isPlaceholder(g.raw))) {
      if (!lanci) bottom = r - 1;
      dataRow = r;
      break;
    }
    if (lanci) {
      dataRow = r;
      break;
    }
  }
  if (dataRow < 0 && lanci) dataRow = bottom + 2;
  if (dataRow < 0) {
    const noteRow = firstNoteRow(grid, top + 1, Math.min(end, top + 7));
    if (noteRow >= 0) return headerOnly(block, top, noteRow, out);
    // Word: the header is the whole table, its 注 and 说明 paragraphs after it.
    if (end - top <= 6 && !figuresBelow(grid, top, end)) return headerOnly(block, top, end + 1, out);
  }
  if (dataRow < 0) {
    out.problems.push('未找到“三公”经费数据行');
    return out;
  }
  const lastCol = lastColumn(grid, top, Math.max(dataRow, bottom));
  const labels = columnLabels(grid, top, bottom, lastCol);
  const columns: LedgerColumn[] = [];
  const cells = new Map<string, Cell>();
  for (const l of labels) {
    if (l.text === '') continue;
    const key = keyOf(l.parts);
    if (!key || cells.has(key)) {
      out.problems.push(`表头无法识别：第${l.col + 1}列“${l.text}”无法对应到“三公”经费栏目`);
      continue;
    }
    columns.push({ key, label: FINAL_09_COLUMNS[key], reading: reading('column', FINAL_09_COLUMNS[key], 'header', l.text) });
    cells.set(key, ledgerCell(grid, dataRow, l.col));
  }
  out.columns = columns;
  const first = rowCells(grid, dataRow)[0];
  out.rows = [{ key: 'sangong', name: '“三公”经费', ref: refAt(grid, dataRow, first?.c ?? 0), cells }];
  for (let r = block.start; r <= Math.min(dataRow, end); r++) out.claimed.push(r);
  out.last = Math.min(dataRow, end);
  let r = dataRow + 1;
  while (r <= end && rowIsBlank(grid, r)) r++;
  if (r <= end && !isNoteText(rowCells(grid, r)[0]?.raw ?? '')) r = end + 1;
  return finishWithNotes(out, grid, r, end, [...cells.values()].some((c) => c.value !== null));
}

/**
 * 预算数 / 决算数 across the columns: named in the first header row (预算数 over 合计 …) or in the
 * last one (上海: 合计 | 因公出国（境）费 | 公务用车… over 预算数 | 决算数 pairs).
 */
function sectionsAcross(grid: Grid, top: number, end: number): boolean {
  if (rowCells(grid, top).some((g) => /预算|决算/.test(g.raw))) return true;
  for (let r = top + 1; r <= Math.min(end, top + 4); r++) {
    const cells = rowCells(grid, r);
    if (cells.some((g) => hasFigure(grid, r, g.c))) break;
    if (cells.filter((g) => /^(?:预算|决算)数?$/.test(g.raw.replace(/\s+/g, ''))).length >= 4) return true;
  }
  return false;
}

function figuresBelow(grid: Grid, top: number, end: number): boolean {
  for (let r = top; r <= end; r++) if (rowCells(grid, r).some((g) => hasFigure(grid, r, g.c))) return true;
  return false;
}

function firstNoteRow(grid: Grid, from: number, to: number): number {
  for (let r = from; r <= to; r++) if (isNoteText(rowCells(grid, r)[0]?.raw ?? '')) return r;
  return -1;
}

/** A table printed without its row of figures (本表无数据): the header is read, no row. */
function headerOnly(block: Block, top: number, noteRow: number, out: ParsedBlock): ParsedBlock {
  const { grid, end } = block;
  const bottom = noteRow - 1;
  for (const l of columnLabels(grid, top, bottom, lastColumn(grid, top, bottom))) {
    const key = l.text === '' ? undefined : keyOf(l.parts);
    if (key && !out.columns.some((c) => c.key === key)) out.columns.push({ key, label: FINAL_09_COLUMNS[key], reading: reading('column', FINAL_09_COLUMNS[key], 'header', l.text) });
  }
  for (let r = block.start; r <= bottom; r++) out.claimed.push(r);
  out.last = bottom;
  return finishWithNotes(out, grid, noteRow, end, false);
}

/**
 * The other layout: items across (合计 | 因公出国（境）费 | 公务用车… | 公务接待费), one row for
 * 预算数 and one for 决算数.
 */
function parseVertical(block: Block, top: number, out: ParsedBlock): ParsedBlock {
  const { grid, end } = block;
  const sectionRows: { row: number; section: string }[] = [];
  let bottom = top;
  for (let r = top + 1; r <= Math.min(end, top + 8); r++) {
    const first = rowCells(grid, r)[0];
    if (!first) continue;
    const t = first.raw.replace(/\s+/g, '');
    if (/^(?:本年|全年)?预算数?$/.test(t)) sectionRows.push({ row: r, section: '预算数' });
    else if (/^(?:本年)?决算数?$/.test(t)) sectionRows.push({ row: r, section: '决算数' });
    else if (sectionRows.length === 0 && !lanciColumns(grid, r, 6)) bottom = r;
    else if (sectionRows.length > 0) break;
  }
  if (sectionRows.length === 0) {
    out.problems.push('表头无法识别：未找到“预算数”“决算数”');
    return out;
  }
  const lastRow = sectionRows[sectionRows.length - 1].row;
  const labels = columnLabels(grid, top, bottom, lastColumn(grid, top, lastRow));
  const cells = new Map<string, Cell>();
  const columns: LedgerColumn[] = [];
  for (const { row, section } of sectionRows) {
    const labelCol = rowCells(grid, row)[0].c;
    for (const l of labels) {
      if (l.text === '' || l.col <= labelCol) continue;
      const key = keyOf([section, ...l.parts]);
      if (!key || cells.has(key)) {
        out.problems.push(`表头无法识别：第${l.col + 1}列“${l.text}”无法对应到“三公”经费栏目`);
        continue;
      }
      cells.set(key, ledgerCell(grid, row, l.col));
      columns.push({ key, label: FINAL_09_COLUMNS[key], reading: reading('column', FINAL_09_COLUMNS[key], 'header', `${section} ${l.text}`) });
    }
  }
  const order = Object.keys(FINAL_09_COLUMNS);
  out.columns = columns.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  out.rows = [{ key: 'sangong', name: '“三公”经费', ref: refAt(grid, sectionRows[0].row, rowCells(grid, sectionRows[0].row)[0].c), cells }];
  for (let r = block.start; r <= lastRow; r++) out.claimed.push(r);
  out.last = lastRow;
  return finishWithNotes(out, grid, lastRow + 1, end, [...cells.values()].some((c) => c.value !== null));
}
