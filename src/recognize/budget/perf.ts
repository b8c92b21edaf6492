/**
 * 项目绩效目标表: the project block (项目编码 / 项目名称 / 预算数 / 财政资金 / 其他资金 / 资金支出计划 by
 * quarter) and the indicator block (一级 / 二级 / 三级指标, 描述, 指标值, 依据). Word puts merged cells
 * (rowspan) only in the first row they cover, so the labels are found by text and indicator rows are
 * re-aligned on their 三级指标 cell rather than read by fixed column.
 */
import type { Cell, Grid, GridCell, LedgerRow } from '../../types';
import { ledgerCell, rawAt, refAt, rowCells } from '../final/grid-util';
import { norm } from '../final/text';
import { BUDGET_PERF_COLUMNS } from '../../ledger/budget-kinds';

export interface PerfProject {
  code?: string;
  name: string;
  rows: LedgerRow[];
  /** Last grid row used by the project block. */
  bottom: number;
}

const LABEL = /^(?:项目编码|项目名称|预算规模及资金用途|预算数|其中[:：]?财政资金|财政资金|其他资金|资金支出计划.*|绩效目标|主管部门|实施单位|单位：万元)$/;

/** The first cell right of `g` in its row that is not another label (the label's value), or undefined. */
function valueRight(grid: Grid, g: GridCell): GridCell | undefined {
  const next = rowCells(grid, g.r).find((x) => x.c > g.c);
  return next && !LABEL.test(norm(next.raw)) ? next : undefined;
}

function cellRight(grid: Grid, g: GridCell): Cell {
  const v = valueRight(grid, g);
  return v ? ledgerCell(grid, v.r, v.c) : ledgerCell(grid, g.r, g.c + 1);
}

/** The project block starting at `from`: returns undefined when no 预算数 label is found. */
export function parsePerfProject(grid: Grid, from: number, to: number): PerfProject | undefined {
  let code: string | undefined;
  let name = '';
  const funds = new Map<string, Cell>();
  let fundsRef: LedgerRow['ref'] | undefined;
  let plan: LedgerRow | undefined;
  let bottom = from;
  for (let r = from; r <= to; r++) {
    const cells = rowCells(grid, r);
    if (r > from && cells.some((g) => norm(g.raw) === '项目编码')) break;
    if (cells.some((g) => norm(g.raw) === '一级指标')) break;
    for (const g of cells) {
      const t = norm(g.raw);
      if (t === '项目编码') code = valueRight(grid, g)?.raw.trim();
      else if (t === '项目名称') name = valueRight(grid, g)?.raw.trim() ?? name;
      else if (t === '预算数') {
        funds.set('budget', cellRight(grid, g));
        fundsRef = refAt(grid, g.r, g.c);
      } else if (/财政资金$/.test(t)) funds.set('fiscal', cellRight(grid, g));
      else if (t === '其他资金') funds.set('other', cellRight(grid, g));
      else if (/^资金支出计划/.test(t) && !plan) plan = planRow(grid, g, to); // xlsx copies a merged label down
    }
    bottom = r;
  }
  if (!funds.has('budget') || !fundsRef) return undefined;
  const rows: LedgerRow[] = [{ key: 'funds', ...(code ? { code } : {}), name, ref: fundsRef, cells: funds }];
  if (plan) rows.push(plan);
  return { ...(code ? { code } : {}), name, rows, bottom };
}

/** 资金支出计划: quarter labels right of the label (or below it), percentages on the next row. */
function planRow(grid: Grid, label: GridCell, to: number): LedgerRow {
  const labels = rowCells(grid, label.r).filter((x) => x.c > label.c && /月|季度|年/.test(x.raw));
  let valueRowIdx = label.r + 1;
  if (!labels.length) {
    labels.push(...rowCells(grid, label.r + 1).filter((x) => /月|季度|年/.test(x.raw)));
    valueRowIdx = label.r + 2;
  }
  const values = valueRowIdx <= to ? rowCells(grid, valueRowIdx).filter((x) => /^\d+(?:\.\d+)?\s*%?$/.test(x.raw.trim())) : [];
  const cells = new Map<string, Cell>();
  const keys = ['q1', 'q2', 'q3', 'q4'];
  values.slice(0, 4).forEach((v, i) => cells.set(keys[i], { ...ledgerCell(grid, v.r, v.c), percent: true }));
  const names = labels.map((l) => l.raw.trim()).filter((t, i, all) => t !== all[i - 1]);
  return { key: 'plan', name: names.join(' / ') || '资金支出计划', ref: refAt(grid, label.r, label.c), cells };
}

/** 成本指标 is a 二级指标 under 产出指标 in this template (a 一级 one in the 2021+ template: read as 二级). */
const L1 = /^(?:产出|效益|满意度)指标$/;
const L2 = /^(?:数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标$/;

/** The indicator block whose header row is `header`: one row per 三级指标, up to `to`. */
export function parseIndicators(grid: Grid, header: number, to: number): { rows: LedgerRow[]; bottom: number } {
  const hcol = (re: RegExp): number => rowCells(grid, header).find((g) => re.test(norm(g.raw)))?.c ?? -1;
  const col = { l1: hcol(/^一级指标$/), l2: hcol(/^二级指标$/), name: hcol(/^三级指标$/), desc: hcol(/指标描述|指标内容/), value: hcol(/^指标值$|目标值/), basis: hcol(/依据/) };
  const rows: LedgerRow[] = [];
  let l1 = '';
  let l2 = '';
  let bottom = header;
  for (let r = header + 1; r <= to; r++) {
    const cells = rowCells(grid, r);
    if (!cells.length) continue;
    if (cells.some((g) => norm(g.raw) === '项目编码' || norm(g.raw) === '一级指标')) break;
    const first = cells.find((g) => !L1.test(norm(g.raw)) && !L2.test(norm(g.raw)));
    if (!first) continue;
    const l1Cell = cells.find((g) => L1.test(norm(g.raw)));
    const l2Cell = cells.find((g) => L2.test(norm(g.raw)));
    if (l1Cell) l1 = l1Cell.raw.trim();
    if (l2Cell) l2 = l2Cell.raw.trim();
    // Cells of a rowspan are missing from the rows they cover: shift so the 三级指标 sits under its header.
    const shift = col.name - first.c;
    const at = (c: number): Cell => (c < 0 || c - shift < 0 ? { ...ledgerCell(grid, r, first.c), raw: '', value: null } : ledgerCell(grid, r, c - shift));
    const textCell = (c: number): Cell => ({ ...at(c), value: null });
    const cellsOut = new Map<string, Cell>([
      ['l1', { ...textCell(col.l1), raw: l1 }],
      ['l2', { ...textCell(col.l2), raw: l2 }],
      ['desc', textCell(col.desc)],
      ['value', at(col.value)],
      ['basis', textCell(col.basis)],
    ]);
    rows.push({ key: 'indicator', name: rawAt(grid, r, first.c).trim(), ref: refAt(grid, r, first.c), cells: cellsOut });
    bottom = r;
  }
  return { rows, bottom };
}

export const PERF_COLUMNS = Object.entries(BUDGET_PERF_COLUMNS).map(([key, label]) => ({ key, label }));
