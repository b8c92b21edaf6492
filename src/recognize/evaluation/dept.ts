/**
 * 部门整体支出绩效自评表 (fund block, 按收入/支出性质分 lines, indicator blocks with their weight in
 * the label, 总分) and 部门整体支出绩效评价基础数据表 (人员控制率, 三公, 项目支出, 公用经费 …).
 */
import type { Cell, Grid } from '../../types';
import type { DeptEvaluation, Indicator, StatedBlock } from '../../ledger/evaluation';
import { applyTablePrecision, refOf } from '../../ledger/cells';
import type { Reading } from '../../ledger/evidence';
import { parseNumber } from '../../ledger/decimal';
import { a1 } from '../../read/grid';
import { fundKey, headerRowsFrom } from './columns';
import { headerSlots, parseFunds } from './funds';
import { INDICATOR_HEADER, indicatorColumns, indicatorHeaderRows, parseIndicators, parseTotal } from './indicators';
import { achievedOf, analysisOf, continueTable, execScoring, FUND_HEADER, OPEN, totalRowOf } from './project';
import { cellsOf, figuresOf, findRow, gradeCell, norm, rowText, textsOf, toCell, toPercentCell } from './rows';

export function emptyDept(grid: Grid, top: number): DeptEvaluation {
  return { name: '', source: { file: grid.file, sheet: grid.sheet, range: a1(top, 0) }, blocks: [], total: null, totalWeight: null, grade: null, basics: new Map() };
}

const COMPOSITION: [RegExp, string][] = [
  [/一般公共预算[^:：\d]*[:：]\s*([\d,]+(?:\.\d+)?)/, 'income.general'],
  [/政府性基金[^:：\d]*[:：]\s*([\d,]+(?:\.\d+)?)/, 'income.fund'],
  [/基本支出[:：]\s*([\d,]+(?:\.\d+)?)/, 'expense.basic'],
  [/项目支出[:：]\s*([\d,]+(?:\.\d+)?)/, 'expense.project'],
];

/** 部门整体 自评表, through the project readers: fund header, indicator header, total row. False when it holds no such table. */
export function parseDeptSelfEval(grid: Grid, top: number, bottom: number, into: DeptEvaluation): boolean {
  const fundHeader = findRow(grid, top, bottom, FUND_HEADER);
  const indHeader = findRow(grid, top, bottom, INDICATOR_HEADER);
  if (indHeader >= 0 && (fundHeader < 0 || fundHeader > indHeader) && isScoreSheet(grid, top, indHeader, bottom)) return parseScoreSheet(grid, top, indHeader, bottom, into);
  if (fundHeader < 0 || indHeader < 0 || indHeader < fundHeader) return false;
  const nameRow = findRow(grid, top, fundHeader, /预算单位名称|单位名称|部门名称/);
  if (nameRow >= 0) {
    const texts = textsOf(grid, nameRow);
    const i = texts.findIndex((g) => /单位名称|部门名称/.test(norm(g.raw)));
    const inline = norm(texts[i].raw).replace(/^.*?(单位名称|部门名称):?/, '');
    into.name = inline || (texts.slice(i + 1).find((g) => !/单位名称|部门名称/.test(norm(g.raw)))?.raw.trim() ?? '');
  }
  const headerRows = headerRowsFrom(grid, fundHeader, fundKey, indHeader - 1);
  const goals = findRow(grid, fundHeader + 1, indHeader, /总体目标|年度目标/);
  const stop = goals > 0 ? goals : indHeader;
  const byNature = findRow(grid, fundHeader + 1, stop, /按收入性质|按支出性质/);
  const funds = parseFunds(grid, headerRows, headerRows[headerRows.length - 1] + 1, byNature > 0 ? byNature : stop);
  applyTablePrecision(funds.funds.flatMap((f) => [f.initial, f.full, f.executed]).filter((c): c is Cell => !!c));
  into.funds = funds.funds;
  into.execWeight = funds.execWeight;
  into.execScore = funds.execScore;
  into.execScoring = execScoring(grid, top, bottom, headerSlots(grid, headerRows));
  if (/\(元\)|单位:元/.test(rowText(grid, fundHeader))) into.unit = '元';
  const composition = new Map<string, Cell>();
  for (let r = fundHeader + 1; r < stop; r++) {
    for (const g of textsOf(grid, r)) {
      for (const [re, key] of COMPOSITION) {
        const m = re.exec(norm(g.raw));
        const parsed = m ? parseNumber(m[1]) : null;
        if (parsed && !composition.has(key)) composition.set(key, { value: parsed.value, raw: m![1], decimals: parsed.decimals, ref: refOf(grid.file, grid.sheet, g) });
      }
    }
  }
  into.composition = composition;
  if (goals > 0) {
    into.goals = analysisOf(grid, goals + 1, indHeader - 1);
    into.achieved = achievedOf(grid, goals, indHeader - 1);
  }
  return readIndicatorPart(grid, top, indHeader, bottom, into, false);
}

/**
 * From the indicator header down, shared by both forms: the indicators filed in their blocks, the
 * 总分 row with its grade and the analysis under it, the table's range, and what a continuation on
 * the next sheet needs. False (nothing set) when `needIndicators` and there are none.
 */
function readIndicatorPart(grid: Grid, top: number, indHeader: number, bottom: number, into: DeptEvaluation, needIndicators: boolean): boolean {
  const indRows = indicatorHeaderRows(grid, indHeader, bottom);
  const totalRow = totalRowOf(grid, indRows[indRows.length - 1] + 1, bottom);
  const ind = parseIndicators(grid, indRows, indRows[indRows.length - 1] + 1, totalRow < 0 ? bottom + 1 : totalRow);
  if (needIndicators && !ind.indicators.length) return false;
  into.blocks = [];
  addToBlocks(into, ind.indicators, ind.blocks);
  if (totalRow >= 0) {
    ({ total: into.total, totalWeight: into.totalWeight } = parseTotal(grid, totalRow, ind.columns));
    const g = gradeCell(grid, totalRow) ?? gradeCell(grid, totalRow + 1);
    if (g) into.grade = { text: norm(g.raw), ref: refOf(grid.file, grid.sheet, g) };
    into.analysis = analysisOf(grid, totalRow + 1, Math.min(bottom, grid.rowCount - 1));
  }
  into.source = { file: grid.file, sheet: grid.sheet, range: `${a1(top, 0)}:${a1(bottom, Math.max(0, grid.colCount - 1))}` };
  OPEN.set(into, { columns: ind.columns, closed: totalRow >= 0, carry: ind.carry });
  return true;
}

/**
 * A 评分表 (部门整体支出绩效评价评分表): a title saying so, then indicator rows under a header with 分值
 * and 得分 columns (and often 评分标准), no fund block before them.
 */
function isScoreSheet(grid: Grid, top: number, indHeader: number, bottom: number): boolean {
  if (!/评分表/.test(rowText(grid, top))) return false;
  // 分值 in a column of its own, or in the labels (相关性（5分）) beside a 得分 column.
  const keys = indicatorColumns(grid, indicatorHeaderRows(grid, indHeader, bottom)).effective.map((h) => h.key);
  return keys.includes('score');
}

/** The indicators, 总分 and grade of a 评分表: a department evaluation with no funds (its rules needing funds say so). */
function parseScoreSheet(grid: Grid, top: number, indHeader: number, bottom: number, into: DeptEvaluation): boolean {
  const nameRow = findRow(grid, top, indHeader, /预算单位名称|单位名称|部门名称|被评价单位/);
  if (nameRow >= 0) {
    const texts = textsOf(grid, nameRow);
    const i = texts.findIndex((g) => /单位名称|部门名称|被评价单位/.test(norm(g.raw)));
    const inline = norm(texts[i].raw).replace(/^.*?(单位名称|部门名称|被评价单位):?/, '');
    into.name = inline || (texts.slice(i + 1).find((g) => !/单位名称|部门名称/.test(norm(g.raw)))?.raw.trim() ?? '');
  }
  if (!readIndicatorPart(grid, top, indHeader, bottom, into, true)) return false;
  into.form = 'score-sheet';
  into.funds = [];
  into.execWeight = null;
  into.execScore = null;
  return true;
}

/** Indicators and stated blocks filed under their 一级指标 block, in order of first appearance. */
function addToBlocks(into: DeptEvaluation, indicators: Indicator[], all: StatedBlock[]): void {
  const sub = all.filter((b) => b.level === 2);
  if (sub.length) into.subBlocks = [...(into.subBlocks ?? []), ...sub];
  const stated = all.filter((b) => b.level !== 2);
  const names = [...new Set(indicators.map((i) => i.l1)), ...stated.map((b) => b.name)];
  for (const n of new Set(names)) {
    const b = stated.find((x) => x.name === n);
    const own = indicators.filter((i) => i.l1 === n);
    const block = into.blocks.find((x) => x.name === n);
    if (block) {
      block.indicators.push(...own);
      block.statedWeight ??= b?.statedWeight ?? null;
    } else into.blocks.push({ name: n, statedWeight: b?.statedWeight ?? null, indicators: own, ref: b?.ref ?? own[0].ref });
  }
}

/** Rows from..to continue the department 自评表 (cut by a page break or carried on to the next sheet). */
export function continueDept(grid: Grid, from: number, to: number, into: DeptEvaluation, joined?: Reading): boolean {
  const more = continueTable(grid, from, to, into, joined);
  if (!more) return false;
  addToBlocks(into, more.indicators, more.blocks);
  if (more.total) {
    ({ total: into.total, totalWeight: into.totalWeight } = more.total);
    if (more.grade) into.grade = more.grade;
  }
  into.continuedIn = [...new Set([...(into.continuedIn ?? []), grid.sheet])];
  return true;
}

const BASIC_ROWS: [RegExp, string][] = [
  [/公车运行维护|公务用车运行维护/, 'sangong.car.running'],
  [/公车购置$|其中:公车购置|^公务用车购置$/, 'sangong.car.purchase'],
  [/公务用车购置和|公务用车购置及/, 'sangong.car'],
  [/出国/, 'sangong.abroad'],
  [/公务接待/, 'sangong.reception'],
  [/^三公经费/, 'sangong.total'],
  [/^项目支出/, 'project.total'],
  [/^公用经费/, 'public.total'],
  [/办公费/, 'public.office'],
  [/政府采购金额/, 'procurement.total'],
];
const COLUMNS: [RegExp, string][] = [
  [/^\d{4}年决算数?$/, 'final'],
  [/^\d{4}年预算数?$/, 'budget'],
  [/编制数/, 'quota'],
  [/实际在职人数|在职人数/, 'actual'],
  [/控制率/, 'rate'],
];

/** 基础数据表: figures keyed `row.column` (sangong.total.final, staff.rate …). */
export function parseBasics(grid: Grid, top: number, bottom: number, into: DeptEvaluation): void {
  let header: { col: number; key: string }[] = [];
  let section = '';
  const years: number[] = [];
  for (let r = top; r <= bottom; r++) {
    const text = rowText(grid, r);
    if (/楼堂馆所/.test(text)) break;
    const cells = cellsOf(grid, r);
    const hdr = cells.map((g) => ({ col: g.c, t: norm(g.raw) })).filter((h) => COLUMNS.some(([re]) => re.test(h.t)));
    if (hdr.length >= 2) {
      header = hdr.map((h) => {
        const key = COLUMNS.find(([re]) => re.test(h.t))![1];
        const y = /^(\d{4})年决算/.exec(h.t);
        if (y) years.push(Number(y[1]));
        return { col: h.col, key };
      });
      // Two 决算 columns: the earlier year is the prior year's.
      const finals = header.filter((h) => h.key === 'final');
      if (finals.length === 2) finals[0].key = 'prior';
      section = /编制数/.test(text) ? 'staff' : 'money';
      continue;
    }
    const figures = figuresOf(grid, r);
    if (!figures.length || !header.length) continue;
    const label = textsOf(grid, r).filter((g) => g.c < figures[0].c).map((g) => norm(g.raw)).join('');
    const rowKey = section === 'staff' ? 'staff' : BASIC_ROWS.find(([re]) => re.test(label.replace(/^[\d、.]+/, '')))?.[1];
    if (!rowKey) continue;
    for (const f of figures) {
      const nearest = header.reduce((a, h) => (Math.abs(h.col - f.c) < Math.abs(a.col - f.c) ? h : a), header[0]);
      const key = `${rowKey}.${nearest.key}`;
      if (into.basics.has(key)) continue;
      const cell = nearest.key === 'rate' ? toPercentCell(grid, f) : toCell(grid, f);
      if (cell) into.basics.set(key, cell);
    }
  }
  // Money rows are printed at one precision (万元, 2 decimals); "0" in such a table is 0.00.
  const money = [...into.basics].filter(([k]) => !k.startsWith('staff.')).map(([, c]) => c);
  applyTablePrecision(money);
  into.basicsSource = { file: grid.file, sheet: grid.sheet, range: `${a1(top, 0)}:${a1(bottom, Math.max(0, grid.colCount - 1))}` };
}
