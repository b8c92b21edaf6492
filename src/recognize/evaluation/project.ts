/**
 * One 项目支出绩效自评表 inside a grid (rows top..bottom): title, 项目名称, 项目资金 block,
 * 资金管理情况 block (template b), 绩效指标, 总分 / 等次, and the analysis text below.
 */
import type { Cell, Grid, Paragraph } from '../../types';
import type { ProjectEvaluation, ScoreItem, StatedBlock } from '../../ledger/evaluation';
import { applyTablePrecision, refOf } from '../../ledger/cells';
import { a1 } from '../../read/grid';
import { parseFunds } from './funds';
import { parseIndicators } from './indicators';
import { cellsOf, figuresOf, findRow, gradeCell, norm, rowText, textsOf, toCell, weightInLabel } from './rows';

const FUND_HEADER = /全年预算数|全年执行数|执行率/;
const INDICATOR_HEADER = /三级指标|一级指标/;
const TOTAL_ROW = /(^|\|)总分(\||$)|^总分/;
const MANAGEMENT = /安排科学性|拨付合规性|使用规范性|预算绩效管理情况|资金管理/;

export function projectName(grid: Grid, top: number, bottom: number): { name: string; row: number } {
  const r = findRow(grid, top, bottom, /项目名称/);
  if (r < 0) return { name: '', row: -1 };
  const texts = textsOf(grid, r).map((g) => g.raw.trim());
  const i = texts.findIndex((t) => /项目名称/.test(norm(t)));
  const inline = norm(texts[i]).replace(/^项目名称:?/, '');
  return { name: inline || texts[i + 1] || '', row: r };
}

function analysisOf(grid: Grid, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let r = from; r <= to; r++) {
    if (/^备注|^注[:：]/.test(rowText(grid, r))) break;
    const seen = new Set<string>();
    for (const g of textsOf(grid, r)) {
      const text = g.raw.trim();
      if (text.length < 12 || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, ref: refOf(grid.file, grid.sheet, g) });
    }
  }
  return out;
}

function managementItems(grid: Grid, from: number, to: number): { items: ScoreItem[]; block: StatedBlock | null; rows: number[] } {
  const items: ScoreItem[] = [];
  let block: StatedBlock | null = null;
  const rows: number[] = [];
  for (let r = from; r < to; r++) {
    const texts = textsOf(grid, r);
    const head = texts.find((g) => /资金管理/.test(norm(g.raw)));
    if (head) {
      const w = weightInLabel(head.raw);
      if (w) block = { name: '资金管理情况', kind: 'management', statedWeight: toCell(grid, { ...head, raw: w, value: Number(w) }) as Cell, ref: refOf(grid.file, grid.sheet, head) };
      rows.push(r);
    }
    const label = texts.find((g) => /安排科学性|拨付合规性|使用规范性|预算绩效管理情况/.test(norm(g.raw)));
    if (!label) continue;
    const figures = figuresOf(grid, r);
    const w = figures[figures.length - 2] ?? figures[0];
    const s = figures.length >= 2 ? figures[figures.length - 1] : undefined;
    items.push({ name: norm(label.raw).replace(/\(.*$/, ''), weight: toCell(grid, w), score: toCell(grid, s), ref: refOf(grid.file, grid.sheet, label) });
    rows.push(r);
  }
  return { items, block, rows };
}

export function parseProject(grid: Grid, top: number, bottom: number): ProjectEvaluation | null {
  const { name } = projectName(grid, top, bottom);
  const fundHeader = findRow(grid, top, bottom, FUND_HEADER);
  const indHeader = findRow(grid, top, bottom, INDICATOR_HEADER);
  if (fundHeader < 0 || indHeader < 0) return null;
  const totalRow = findRow(grid, indHeader + 1, bottom, TOTAL_ROW);
  const stopInd = totalRow < 0 ? bottom + 1 : totalRow;
  const headerRows = [fundHeader];
  if (/目标申报数|预算编制数|全年执行数/.test(rowText(grid, fundHeader + 1)) && !figuresOf(grid, fundHeader + 1).length) headerRows.push(fundHeader + 1);
  const goals = findRow(grid, fundHeader + 1, indHeader, /年度目标|总体目标|绩效目标/);
  const mgmtStart = findRow(grid, fundHeader + 1, indHeader, MANAGEMENT);
  const fundStop = [goals, mgmtStart, indHeader].filter((r) => r > fundHeader).reduce((a, b) => Math.min(a, b), indHeader);
  const funds = parseFunds(grid, headerRows, headerRows[headerRows.length - 1] + 1, fundStop);
  const unitText = rowText(grid, fundHeader);
  const unit: '元' | '万元' = /\(元\)|单位:元/.test(unitText) ? '元' : '万元';
  // Fund amounts are printed at one precision (万元: 2 decimals); General-format cells drop zeros.
  const amounts = funds.funds.flatMap((f) => [f.initial, f.full, f.executed, f.balance]).filter((c): c is Cell => !!c);
  const precision = applyTablePrecision(amounts);
  if (unit === '万元' && precision < 2) for (const c of amounts) if (c.value !== null && c.decimals < 2) c.decimals = 2;
  const mgmt = mgmtStart > 0 ? managementItems(grid, mgmtStart, indHeader) : { items: [], block: null, rows: [] };
  const ind = parseIndicators(grid, indHeader, indHeader + 1, stopInd);
  let total: Cell | null = null;
  let totalWeight: Cell | null = null;
  let grade: ProjectEvaluation['grade'] = null;
  if (totalRow >= 0) {
    const figs = figuresOf(grid, totalRow);
    if (figs.length >= 2) {
      totalWeight = toCell(grid, figs[figs.length - 2]);
      total = toCell(grid, figs[figs.length - 1]);
    } else if (figs.length === 1) {
      total = toCell(grid, figs[0]);
    }
    const g = gradeCell(grid, totalRow) ?? gradeCell(grid, totalRow + 1);
    if (g) grade = { text: norm(g.raw), ref: refOf(grid.file, grid.sheet, g) };
  }
  const titleCell = cellsOf(grid, top).find((g) => /绩效/.test(g.raw)) ?? cellsOf(grid, top)[0];
  const statedBlocks = [...(mgmt.block ? [mgmt.block] : []), ...ind.blocks];
  const template: 'a' | 'b' = mgmt.items.length ? 'b' : 'a';
  const deptRow = findRow(grid, top, fundHeader, /主管部门/);
  const deptCell = deptRow >= 0 ? textsOf(grid, deptRow).find((g) => /^\d{3}/.test(g.raw.trim())) : undefined;
  const dm = deptCell ? /^(\d+)-?(.*)$/.exec(deptCell.raw.trim()) : null;
  const lastRow = Math.min(bottom, grid.rowCount - 1);
  return {
    template,
    name: name || (titleCell?.raw ?? '').replace(/项目支出绩效自评表|项目支出绩效.*$/, ''),
    title: titleCell?.raw.trim() ?? '',
    source: { file: grid.file, sheet: grid.sheet, range: `${a1(top, 0)}:${a1(lastRow, Math.max(0, grid.colCount - 1))}` },
    ...(deptCell && dm ? { department: { code: dm[1], name: dm[2], ref: refOf(grid.file, grid.sheet, deptCell) } } : {}),
    funds: funds.funds,
    execWeight: funds.execWeight,
    execScore: funds.execScore,
    management: mgmt.items,
    indicators: ind.indicators,
    totalWeight,
    total,
    grade,
    analysis: totalRow >= 0 ? analysisOf(grid, totalRow + 1, lastRow) : [],
    ...(goals > 0 ? { goals: analysisOf(grid, goals + 1, indHeader - 1) } : {}),
    ...(statedBlocks.length ? { statedBlocks } : {}),
    unit,
  };
}

