/**
 * Subject tables (公开02/03/05/07/08): 科目代码 | 科目名称 | amount columns; a 合计 row and one row
 * per functional code (类 3, 款 5, 项 7 digits).
 */
import type { Grid, LedgerColumn, LedgerRow } from '../../types';
import type { FinalKind } from '../../ledger/table-kinds';
import { FINAL_02_COLUMNS, FINAL_03_COLUMNS, FINAL_05_COLUMNS, FINAL_07_COLUMNS, levelOfCode } from '../../ledger/table-kinds';
import type { Block } from './blocks';
import { columnLabels, columnReading, keyOfLabel, type HeaderPlacement } from './header';
import { reading } from '../../ledger/evidence';
import { hasFigure, lanciColumns, lastColumn, ledgerCell, rawAt, refAt, rowCells, rowIsBlank } from './grid-util';
import { emptyParse, type ParsedBlock } from './parsed';
import { a1 } from '../../read/grid';
import { finishWithNotes } from './notes';
import { isHeaderWord, isNoteText, norm } from './text';
import { classColumnCodes, findClassColumns, singleColumnCodes, type CodeReader } from './codes';

type Patterns = [string, RegExp][];

const BASIC: [string, RegExp] = ['basic', /基本支出/];
const PROJECT: [string, RegExp] = ['project', /项目支出/];

const PATTERNS: Partial<Record<FinalKind, { labels: Record<string, string>; patterns: Patterns }>> = {
  'final-02': {
    labels: FINAL_02_COLUMNS,
    patterns: [['fiscal', /财政拨款/], ['superior', /上级补助/], ['business', /事业收入/], ['operating', /经营收入/], ['affiliate', /附属单位/], ['other', /其他收入/], ['total', /合计|总计/]],
  },
  'final-03': {
    labels: FINAL_03_COLUMNS,
    patterns: [['remit', /上缴上级/], ['subsidy', /附属单位/], ['operating', /经营支出/], BASIC, PROJECT, ['total', /合计|总计/]],
  },
  'final-05': { labels: FINAL_05_COLUMNS, patterns: [BASIC, PROJECT, ['total', /小计|合计|本年支出/]] },
  'final-07': {
    labels: FINAL_07_COLUMNS,
    patterns: [['carryIn', /年初.*结转|年初.*结余/], ['carryOut', /年末.*结转|年末.*结余/], ['income', /本年收入/], BASIC, PROJECT, ['total', /小计|合计|本年支出/]],
  },
};
PATTERNS['final-08'] = PATTERNS['final-05'];

function isTotalText(text: string): boolean {
  return /^(?:合计|总计|支出合计|收入合计)$/.test(norm(text));
}

/**
 * PDF conversions put a row's figures one or two columns off their header. The smallest offset
 * that puts every figure of the row under an amount column is taken; none, or two equally small
 * ones, and the row is read as it stands (undefined).
 */
export function rowShift(figureCols: number[], amountCols: number[]): number | undefined {
  const fits = (k: number): boolean => figureCols.every((c) => amountCols.includes(c - k));
  if (fits(0)) return 0;
  for (const d of [1, 2]) {
    const right = fits(d);
    const left = fits(-d);
    if (right !== left) return right ? d : -d;
  }
  return undefined;
}

/** A name wrapped onto the row above or below (PDF conversions): text only, no code, no figure. */
function neighbourName(grid: Grid, r: number, nameCol: number, codes: CodeReader): string {
  for (const n of [r - 1, r + 1]) {
    const text = rawAt(grid, n, nameCol);
    if (text && !codes.read(grid, n) && !rowCells(grid, n).some((g) => hasFigure(grid, n, g.c)) && !isHeaderWord(text)) return text;
  }
  return '';
}

function anyFigureIn(grid: Grid, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) if (rowCells(grid, r).some((g) => hasFigure(grid, r, g.c))) return true;
  return false;
}

/** 上海's 08 is laid out like 07: 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余. */
function carriesBalances(grid: Grid, top: number, end: number): boolean {
  for (let r = top; r <= Math.min(end, top + 4); r++) if (rowCells(grid, r).some((g) => /^年初结转(?:和结余)?$/.test(norm(g.raw)))) return true;
  return false;
}

/**
 * A converted header's last line may share its row with the 合计 label ("合计 | | | 合计 | 基本支出 |
 * 项目支出"): words under 本年支出 and no figure make it header, not the total row.
 */
function isSubHeader(grid: Grid, r: number): boolean {
  const cells = rowCells(grid, r);
  if (cells.some((g) => hasFigure(grid, r, g.c))) return false;
  return cells.slice(1).filter((g) => /基本支出|项目支出|^小计$|^合计$/.test(norm(g.raw))).length >= 2;
}

export function parseSubjectTable(block: Block, headerTop: number): ParsedBlock {
  const { grid, end } = block;
  const spec = block.kind === 'final-08' && carriesBalances(grid, headerTop, end) ? PATTERNS['final-07'] : PATTERNS[block.kind];
  const out = emptyParse();
  if (!spec) return out;

  // Header: from headerTop down to the 栏次 row, or to the row before the first data row.
  let codeCol = -1;
  let nameCol = -1;
  let classCols: number[] | null = null;
  let lanci: Map<number, number> | null = null;
  let headerBottom = -1;
  let dataTop = -1;
  for (let r = headerTop; r <= end; r++) {
    for (const g of rowCells(grid, r)) {
      const t = norm(g.raw);
      if (codeCol < 0 && /^(?:科目)?(?:代码|编码)$|^功能分类科目(?:代码|编码)$/.test(t)) codeCol = g.c;
      if (nameCol < 0 && /^(?:科目)?名称$|^功能分类科目名称$/.test(t)) nameCol = g.c;
    }
    classCols ??= findClassColumns(grid, r);
    const l = lanciColumns(grid, r);
    if (l) {
      lanci = l;
      headerBottom = r - 1;
      dataTop = r + 1;
      break;
    }
    const first = rowCells(grid, r)[0];
    // An empty table: its header runs into the 注 line.
    if (first && r > headerTop && isNoteText(first.raw)) {
      headerBottom = r - 1;
      dataTop = r;
      break;
    }
    const probe = classCols ? classColumnCodes(classCols) : singleColumnCodes(codeCol >= 0 ? codeCol : (first?.c ?? 0));
    if (first && (isTotalText(first.raw) || probe.read(grid, r)) && !isSubHeader(grid, r)) {
      headerBottom = r - 1;
      dataTop = r;
      break;
    }
  }
  // A table printed without rows (Word: its 注 and 说明 are paragraphs after it): header only.
  if (dataTop < 0 && !anyFigureIn(grid, headerTop, end)) {
    headerBottom = end;
    dataTop = end + 1;
  }
  if (dataTop < 0 || headerBottom < headerTop) {
    out.problems.push('表头无法识别：未找到栏次行或数据行');
    return out;
  }
  if (classCols) codeCol = classCols[0];
  if (codeCol < 0) codeCol = 0;
  const codes: CodeReader = classCols ? classColumnCodes(classCols) : singleColumnCodes(codeCol);
  const lastCodeCol = codes.cols[codes.cols.length - 1];
  if (nameCol < 0) nameCol = lastCodeCol + 1;

  const lastCol = lastColumn(grid, headerTop, Math.min(end, dataTop + 200));
  const placement: { out?: HeaderPlacement } = {};
  const labels = columnLabels(grid, headerTop, headerBottom, lastCol, placement);
  const amountCols = lanci && lanci.size > 0 ? [...lanci.keys()].sort((a, b) => a - b) : labels.filter((l) => l.col > Math.max(nameCol, lastCodeCol) && l.text !== '').map((l) => l.col);
  const columns: LedgerColumn[] = [];
  const colKeys = new Map<number, string>();
  for (const col of amountCols) {
    const label = labels[col]?.text ?? '';
    const key = keyOfLabel(label, spec.patterns);
    if (!key || columns.some((c) => c.key === key)) {
      out.problems.push(`表头无法识别：第${col + 1}列“${label || '（空）'}”无法对应到${block.title}的栏目`);
      continue;
    }
    colKeys.set(col, key);
    columns.push({ key, label: spec.labels[key] ?? label, reading: columnReading(spec.labels[key] ?? label, label, placement.out, labels[col]) });
  }
  out.columns = columns;
  for (let r = block.start; r < dataTop; r++) out.claimed.push(r);
  out.last = dataTop - 1;

  let anyFigure = false;
  let r = dataTop;
  for (; r <= end; r++) {
    if (rowIsBlank(grid, r)) continue;
    const first = rowCells(grid, r)[0];
    if (isNoteText(first.raw)) break;
    const code = codes.read(grid, r);
    const total = !code && (isTotalText(rawAt(grid, r, codeCol)) || isTotalText(rawAt(grid, r, nameCol)) || isTotalText(first.raw));
    if (!code && !total) {
      // A repeated page header (续表): title, 公开NN表, 部门名称, 项目/科目代码, 栏次.
      if (isHeaderWord(first.raw) || lanciColumns(grid, r) || rowCells(grid, r).every((g) => !hasFigure(grid, r, g.c))) {
        out.claimed.push(r);
        out.last = r;
      }
      continue;
    }
    const figureCols = rowCells(grid, r).filter((g) => g.c > Math.max(nameCol, lastCodeCol) && hasFigure(grid, r, g.c)).map((g) => g.c);
    const shift = rowShift(figureCols, amountCols);
    const cells = new Map<string, ReturnType<typeof ledgerCell>>();
    for (const [col, key] of colKeys) {
      const cell = ledgerCell(grid, r, col + (shift ?? 0));
      // A row read one or two columns off its header: the figure is placed by position.
      if (shift && cell.value !== null) cell.readings = [...(cell.readings ?? []), reading('placement', spec.labels[key] ?? key, 'position', a1(r, col + shift), {
            note: { zh: `表头在${a1(headerBottom, col)}`, en: `its header is at ${a1(headerBottom, col)}` },
            alternative: { zh: `${a1(r, col)}的数值`, en: `the figure in ${a1(r, col)}` },
          })];
      if (cell.value !== null) anyFigure = true;
      cells.set(key, cell);
    }
    if (shift === undefined) {
      const stray = figureCols.filter((c) => !amountCols.includes(c));
      for (const c of stray) out.problems.push(`${a1(r, c)}的数值“${rawAt(grid, r, c)}”不在任何栏目下，未读取`);
      // The row's figures do not sit under the header: what was read (blank included) is a guess.
      if (stray.length > 0) {
        for (const [key, cell] of cells) cell.readings = [...(cell.readings ?? []), reading('placement', spec.labels[key] ?? key, 'position', undefined, {
              note: { zh: `第${r + 1}行数字与表头错位`, en: `the figures of row ${r + 1} are off the header` },
              alternative: stray.map((c) => `${a1(r, c)} ${rawAt(grid, r, c)}`).join('、'),
            })];
      }
    }
    const row: LedgerRow = code
      ? { code: code.code, name: code.name ?? (rawAt(grid, r, nameCol) || neighbourName(grid, r, nameCol, codes)), ref: refAt(grid, r, first.c), cells }
      : { key: 'total', name: '合计', ref: refAt(grid, r, first.c), cells };
    if (code) {
      const level = levelOfCode(code.code);
      if (level) row.level = level;
    }
    out.rows.push(row);
    out.claimed.push(r);
    out.last = r;
  }
  // A table without a single row has no figure a column could misplace: an unmatched header
  // word there is not worth a coverage entry (the table is listed, empty).
  if (out.rows.length === 0 && !anyFigureIn(grid, headerTop, end)) out.problems = out.problems.filter((p) => !p.startsWith('表头无法识别'));
  return finishWithNotes(out, grid, r, end, anyFigure);
}
