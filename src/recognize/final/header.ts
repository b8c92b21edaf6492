/**
 * Header rows → one label per column. Merged cells arrive copied (xlsx) or only in their first
 * column (CSV, PDF conversions): an empty cell of an upper header row above header text belongs to the spanning header on its left, so it inherits that text.
 */
import type { Grid } from '../../types';
import { reading, type Bilingual, type Reading } from '../../ledger/evidence';
import { normAt } from './grid-util';

export interface ColumnLabel {
  col: number;
  /** The text printed above this column when the header was realigned (its merges lost). */
  printed?: string;
  /** Normalised header texts from top to bottom, consecutive duplicates removed. */
  parts: string[];
  /** parts joined. */
  text: string;
}

function textBelow(grid: Grid, r: number, bottom: number, c: number): boolean {
  for (let k = r + 1; k <= bottom; k++) if (normAt(grid, k, c) !== '') return true;
  return false;
}

/**
 * Texts of a printed header row, and whether they sit side by side with no gap between the first
 * text and the last (blank cells before the first are kept: each stands for one cell of the row).
 */
function printedRow(grid: Grid, r: number, lastCol: number): { texts: string[]; packed: boolean } {
  const texts: string[] = [];
  for (let c = 0; c <= lastCol; c++) texts.push(normAt(grid, r, c));
  let last = texts.length - 1;
  while (last >= 0 && texts[last] === '') last--;
  let first = 0;
  while (first <= last && texts[first] === '') first++;
  const used = texts.slice(first, last + 1);
  return { texts, packed: used.length >= 1 && last >= 1 && used.every((t) => t !== '') };
}

/** One cell of a realigned header row: its text over columns from … from + span − 1. */
interface Group {
  text: string;
  from: number;
  span: number;
}

const SUBJECT_PART = /编码|代码|名称/;

/**
 * A header row that lost its merges (Word/PDF conversions): each group label sits in one cell and
 * the cells it covered are gone, so the labels after it sit too far left ("序号 | 功能分类科目 | 合计"
 * above "| 科目编码 | 科目名称 |" and data rows one column wider). The row below says how wide each
 * group is: a 科目 group covers its 编码/名称 columns; a label over a blank covers that blank's
 * columns; another runs over the groups below up to a blank or the repeat of its first one (收入 |
 * 支出 over 项目 | 预算数 | 项目 | 预算数; 合计 | 因公出国（境）费 over 预算数 | 决算数 pairs), or as far as
 * the labels after it allow. Returns the row's groups on the data's columns, and whether every
 * group's width was fixed by the words below it (else the placement rests on counting).
 */
function realign(texts: string[], below: Group[], width: number): { groups: Group[]; byWords: boolean } | undefined {
  let last = texts.length - 1;
  while (last >= 0 && texts[last] === '') last--;
  const labels = texts.slice(0, last + 1);
  const groups: Group[] = [];
  let byWords = true;
  let g = 0;
  for (let i = 0; i < labels.length; i++) {
    const left = labels.length - i - 1;
    if (g > below.length - 1 - left) return undefined;
    let take = 1;
    const first = below[g];
    if (/科目$|^项目$/.test(labels[i]) && SUBJECT_PART.test(first.text)) {
      while (g + take < below.length - left && SUBJECT_PART.test(below[g + take].text)) take++;
    } else if (first.text !== '') {
      const max = below.length - left - g;
      while (take < max && below[g + take].text !== '' && below[g + take].text !== first.text) take++;
      // The words below end the group (a blank, a repeat, the table's edge), not the count of labels left.
      const next = below[g + take];
      if (next && next.text !== '' && next.text !== first.text) byWords = false;
    } else if (labels[i] !== '') {
      take = 1;
    }
    const from = first.from;
    const to = below[g + take - 1].from + below[g + take - 1].span;
    groups.push({ text: labels[i], from, span: to - from });
    g += take;
  }
  // What the row does not reach is covered from above (a vertical merge): one blank group.
  if (g < below.length) {
    const from = below[g].from;
    groups.push({ text: '', from, span: width - from });
  }
  return { groups, byWords };
}

/** A 项目 / …科目 label over 编码 and 名称 below it, with another label of its row over the 名称. */
function subjectConflict(texts: string[], below: Group[]): boolean {
  const at = (c: number): string => below.find((g) => g.from <= c && c < g.from + g.span)?.text ?? '';
  return texts.some((t, c) => /科目$|^项目$/.test(t) && SUBJECT_PART.test(at(c)) && SUBJECT_PART.test(at(c + 1)) && at(c) !== at(c + 1) && (texts[c + 1] ?? '') !== '' && texts[c + 1] !== t);
}

function cellsAsGroups(texts: string[]): Group[] {
  return texts.map((text, from) => ({ text, from, span: 1 }));
}

function lineOf(groups: Group[], width: number): string[] {
  const line = new Array<string>(width).fill('');
  for (const g of groups) for (let k = 0; k < g.span; k++) line[g.from + k] = g.text;
  return line;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= to; r++) out.push(r);
  return out;
}

/** Column c of the rows from `from` on holds 1, 2, 3 … (a 序号 column), the 栏次 row skipped. */
function runsFromOne(grid: Grid, from: number, c: number): boolean {
  let expected = 1;
  for (let r = from; r < Math.min(grid.rowCount, from + 6); r++) {
    const t = normAt(grid, r, c);
    if (t === '栏次') continue;
    if (t !== String(expected)) return false;
    expected++;
    if (expected > 3) return true;
  }
  return false;
}

/** How a header with lost merges was placed (see realign); undefined when it was read as printed. */
export interface HeaderPlacement {
  rows: number[];
  byWords: boolean;
  /** Why the header was moved, for the reading ("表头合并单元格丢失", "数据行多一列序号"), in both languages. */
  why?: Bilingual;
}

export function columnLabels(grid: Grid, top: number, bottom: number, lastCol: number, placement?: { out?: HeaderPlacement }): ColumnLabel[] {
  // The data's width: the row under the header (栏次 or first data row) may be wider than it.
  let width = lastCol + 1;
  for (let r = bottom + 1; r <= bottom + 2; r++) {
    for (let c = grid.rows[r]?.length ?? 0; c > width; c--) if (normAt(grid, r, c - 1) !== '') { width = c; break; }
  }
  const realigned = new Map<number, string[]>();
  const groupsOf = new Map<number, Group[]>();
  for (let r = bottom - 1; r >= top; r--) {
    const row = printedRow(grid, r, width - 1);
    const usedTo = row.texts.reduce((m, t, c) => (t !== '' ? c : m), -1);
    let below = groupsOf.get(r + 1) ?? cellsAsGroups(printedRow(grid, r + 1, width - 1).texts);
    // The data may not show the width (its last columns blank): a 项目 / 科目 label over 编码 and 名称
    // while the row prints another label over 名称 says the row lost its merges all the same.
    const conflict = row.packed && subjectConflict(row.texts, below);
    if (!row.packed || (usedTo >= width - 1 && !conflict)) continue;
    const room = conflict ? width + row.texts.length : width;
    if (conflict) below = [...below, ...cellsAsGroups(new Array<string>(room - width).fill('')).map((g) => ({ ...g, from: g.from + width }))];
    const fit = realign(row.texts, below, room);
    if (!fit) continue;
    if (conflict) {
      const extent = Math.max(...fit.groups.filter((g) => g.text !== '').map((g) => g.from + g.span));
      fit.groups = fit.groups.filter((g) => g.from < extent).map((g) => ({ ...g, span: Math.min(g.span, extent - g.from) }));
      width = Math.max(width, extent);
    }
    groupsOf.set(r, fit.groups);
    realigned.set(r, lineOf(fit.groups, width));
    if (placement) placement.out = { rows: [...(placement.out?.rows ?? []), r], byWords: (placement.out?.byWords ?? true) && fit.byWords };
  }
  // No row to realign by, but the data is wider than the header and starts with a 序号 the header
  // does not name: the header sits one column left of its data. Placed by the data's shape: weak.
  const headerEnd = Math.max(...range(top, bottom).map((r) => printedRow(grid, r, width - 1).texts.reduce((m, t, c) => (t !== '' ? c : m), -1)));
  const shift = realigned.size === 0 && headerEnd === width - 2 && !/^(?:序号|行次|栏次|编号)$/.test(normAt(grid, top, 0)) && runsFromOne(grid, bottom + 1, 0) ? 1 : 0;
  if (shift) {
    for (let r = top; r <= bottom; r++) realigned.set(r, ['', ...printedRow(grid, r, width - 1).texts.slice(0, width - 1)]);
    if (placement) placement.out = { rows: range(top, bottom), byWords: false, why: { zh: '数据行比表头多一列序号', en: 'the data rows have one more column, a 序号, than the header' } };
  }
  lastCol = Math.max(lastCol, width - 1);
  const filled: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    const placed = realigned.get(r);
    for (let c = 0; c <= lastCol; c++) {
      if (placed) {
        line.push(placed[c] ?? '');
        continue;
      }
      let t = normAt(grid, r, c);
      // A label spans right only inside its parent's span: 公务接待费 starting above ends 运行维护费's.
      const above = filled[filled.length - 1];
      const sameParent = !above || above[c] === above[c - 1];
      if (t === '' && c > 0 && line[c - 1] !== '' && sameParent && textBelow(grid, r, bottom, c)) t = line[c - 1];
      line.push(t);
    }
    filled.push(line);
  }
  const labels: ColumnLabel[] = [];
  for (let c = 0; c <= lastCol; c++) {
    const parts: string[] = [];
    for (const line of filled) if (line[c] && parts[parts.length - 1] !== line[c]) parts.push(line[c]);
    const label: ColumnLabel = { col: c, parts, text: parts.join('') };
    if (realigned.size > 0) {
      const printed: string[] = [];
      for (let r = top; r <= bottom; r++) {
        const t = normAt(grid, r, c);
        if (t && printed[printed.length - 1] !== t) printed.push(t);
      }
      if (printed.join('') !== label.text) label.printed = printed.join('');
    }
    labels.push(label);
  }
  return labels;
}

/** Match a label against ordered [key, pattern] pairs; the first match wins. */
export function keyOfLabel(text: string, patterns: [string, RegExp][]): string | undefined {
  for (const [key, re] of patterns) if (re.test(text)) return key;
  return undefined;
}

/**
 * A column's reading: its header words, or — when the header lost its merges and a group's width
 * rested on counting the labels rather than on the words below it — its position, with the label
 * printed above it as the alternative.
 */
export function columnReading(as: string, text: string, placement: HeaderPlacement | undefined, label?: ColumnLabel): Reading {
  if (!placement || label?.printed === undefined) return reading('column', as, 'header', text);
  const why = placement.why ?? { zh: '表头合并单元格丢失', en: 'the header lost its merged cells' };
  if (placement.byWords) return reading('column', as, 'header', text, { note: { zh: `${why.zh}，按下一行表头对齐`, en: `${why.en}; aligned by the header row below` } });
  return reading('column', as, 'position', text, {
    note: { zh: `${why.zh}，按数据列对齐`, en: `${why.en}; aligned by the data columns` },
    alternative: label.printed ? { zh: `表头原位“${label.printed}”`, en: `“${label.printed}”, printed at this place in the header` } : { zh: '该列表头原位为空', en: 'nothing is printed at this place in the header' },
  });
}
