/**
 * 绩效指标 rows. Rows of PDF conversions sit one or two columns off their header, so a row is read by
 * content: the last two figures are 分值 and 得分 (one figure: 分值 with a blank 得分), 一级/二级 labels
 * are recognised by their vocabulary (blank ones inherited), then 三级指标, then 指标值 / 实际完成值.
 */
import type { Cell, Grid, GridCell } from '../../types';
import type { Indicator, StatedBlock } from '../../ledger/evaluation';
import { refOf } from '../../ledger/cells';
import { cellsOf, isFigure, norm, toCell, toPercentCell, weightInLabel, withoutPoints } from './rows';

const SKIP = /^(绩效指标|绩效|指标|……|…|\.\.\.)$/;
const L1 = /^(产出指标|效益指标|满意度指标|效果指标|管理指标|履职效能|社会效应)/;
const L2 = /^(数量指标|质量指标|时效指标|成本指标|经济成本指标|社会成本指标|生态环境成本指标|经济效益(指标)?|社会效益(指标)?|生态效益(指标)?|可持续(影响|发展|性影响|性)?(指标)?|服务对象满意度(指标)?)$/;
const TARGET_LIKE = /^[≥≤=<>＞＜—－\-一~]|^\d|%$|^(部分)?达成|^未达成|^(已|按时)?完成$|^(提高|提升|完善|良好|符合|规范|及时|保障|推进|促进|增强|便捷|合理|全年|一批|一家|一个|有效|明显)$/;

export interface IndicatorParse {
  indicators: Indicator[];
  blocks: StatedBlock[];
}

export interface IndicatorColumns {
  weight: number;
  score: number;
  deviation: number;
}

function labelOf(raw: string): string {
  return norm(raw).replace(/\(\d+(?:\.\d+)?分\)$/, '');
}

/** Header columns of 分值 / 得分 / 偏差度 (-1 where absent). */
export function indicatorColumns(grid: Grid, header: number): IndicatorColumns {
  const col = (re: RegExp): number => cellsOf(grid, header).find((g) => re.test(norm(g.raw)))?.c ?? -1;
  return { weight: col(/^分值/), score: col(/^得分/), deviation: col(/偏差度/) };
}

export function parseIndicators(grid: Grid, header: number, from: number, stop: number): IndicatorParse {
  const cols = indicatorColumns(grid, header);
  const indicators: Indicator[] = [];
  const blocks: StatedBlock[] = [];
  let l1 = '';
  let l2 = '';
  for (let r = from; r < stop; r++) {
    const cells = cellsOf(grid, r).map(withoutPoints);
    const figures = cells.filter(isFigure);
    // 分值 / 得分: the last two figures when adjacent, else the last figure alone (blank 得分).
    let weightG: GridCell | undefined;
    let scoreG: GridCell | undefined;
    const last = figures[figures.length - 1];
    const prev = figures[figures.length - 2];
    if (last && prev && last.c - prev.c === 1) {
      weightG = prev;
      scoreG = last;
    } else if (last) {
      weightG = last;
    }
    const shift = weightG && cols.weight >= 0 ? weightG.c - cols.weight : 0;
    let devG: GridCell | undefined;
    if (cols.deviation >= 0 && weightG) {
      devG = figures.find((g) => g.c === cols.deviation + shift && g !== weightG && g !== scoreG);
    }
    const before = cells.filter((g) => (!weightG || g.c < weightG.c) && g !== devG);
    const after = cells.filter((g) => weightG && g.c > (scoreG ?? weightG).c && g !== devG && !isFigure(g));
    const tokens: GridCell[] = [];
    for (const g of before) {
      const t = labelOf(g.raw);
      if (SKIP.test(t)) continue;
      const stated = weightInLabel(g.raw);
      if (L1.test(t) && !tokens.length) {
        if (t !== l1) l2 = '';
        l1 = t;
        if (stated && !blocks.some((b) => b.name === t)) blocks.push({ name: t, kind: 'indicators', statedWeight: toCell(grid, { ...g, raw: stated, value: Number(stated) }) as Cell, ref: refOf(grid.file, grid.sheet, g) });
        continue;
      }
      if (L2.test(t) && !tokens.length) {
        l2 = t;
        continue;
      }
      tokens.push(g);
    }
    if (!weightG) continue; // a label-only row (经济效益指标 with nothing under it)
    let name = l2;
    let rest = tokens;
    if (tokens.length && (!TARGET_LIKE.test(norm(tokens[0].raw)) || tokens.length >= 4)) {
      name = norm(tokens[0].raw);
      rest = tokens.slice(1);
    }
    const actualG = rest[rest.length - 1];
    const targetG = rest[rest.length - 2];
    const initialG = rest[rest.length - 3];
    const ind: Indicator = {
      l1,
      l2,
      name,
      target: targetG ? targetG.raw.trim() : '',
      actual: actualG ? actualG.raw.trim() : '',
      weight: toCell(grid, weightG),
      score: scoreG ? toCell(grid, scoreG) : null,
      ref: refOf(grid.file, grid.sheet, tokens[0] ?? weightG),
    };
    if (initialG) ind.initialTarget = initialG.raw.trim();
    if (targetG) ind.targetRef = refOf(grid.file, grid.sheet, targetG);
    if (actualG) ind.actualRef = refOf(grid.file, grid.sheet, actualG);
    if (cols.deviation >= 0) ind.deviation = devG ? toPercentCell(grid, devG) : null;
    const note = after.map((g) => g.raw.trim()).join('；');
    if (note) ind.note = note;
    indicators.push(ind);
  }
  return { indicators, blocks };
}
