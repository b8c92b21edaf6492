/**
 * 公开10 部门决算公开相关信息统计表: labelled rows (政府采购 合计/货物/工程/服务, 机关运行经费,
 * 车辆数 by type, 单价100万元以上设备) with one figure each (统计数).
 */
import type { Grid, LedgerRow } from '../../types';
import { FINAL_10_ROWS } from '../../ledger/table-kinds';
import type { Block } from './blocks';
import { hasFigure, ledgerCell, refAt, rowCells, rowIsBlank } from './grid-util';
import { emptyParse, type ParsedBlock } from './parsed';
import { finishWithNotes } from './notes';
import { isHeaderWord, isNoteText, norm, stripOrdinal } from './text';

type Key = keyof typeof FINAL_10_ROWS;
type Section = 'procurement' | 'adminCost' | 'assets' | undefined;

const LABELS: [Key, RegExp, Section?][] = [
  ['procurement.total', /^(?:政府采购)?(?:合计|总计|总额)$|^政府采购(?:支出)?(?:合计|总额)/, 'procurement'],
  ['procurement.goods', /^(?:其中[:：]?)?(?:政府采购)?货物/, 'procurement'],
  ['procurement.works', /^(?:其中[:：]?)?(?:政府采购)?工程/, 'procurement'],
  ['procurement.services', /^(?:其中[:：]?)?(?:政府采购)?服务/, 'procurement'],
  ['adminCost.civil', /参照公务员法管理/],
  ['adminCost.admin', /^(?:机关运行经费[)）]?)?行政单位|^机关运行经费[(（]行政单位[)）]/],
  ['vehicles.total', /车辆(?:数|总数)?(?:合计)?[(（]辆[)）]$|^车辆数合计|^车辆总数/],
  ['vehicles.minister', /副部|省级及以上|副省级/],
  ['vehicles.head', /主要负责人/],
  ['vehicles.confidential', /机要通信/],
  ['vehicles.emergency', /应急保障/],
  ['vehicles.law', /执法执勤/],
  ['vehicles.special', /特种专业技术/],
  ['vehicles.retired', /离退休/],
  ['vehicles.other', /其他用车/],
  ['equipment.over1m', /单价.*100万元|100万元.*以上.*设备/],
];

function sectionOf(text: string): Section {
  if (/政府采购/.test(text)) return 'procurement';
  if (/机关运行经费/.test(text)) return 'adminCost';
  if (/国有资产|资产占用|车辆/.test(text)) return 'assets';
  return undefined;
}

function keyOf(label: string, section: Section): Key | undefined {
  const t = norm(stripOrdinal(label));
  for (const [key, re, only] of LABELS) {
    if (only && section && only !== section) continue;
    if (re.test(t)) return key;
  }
  return undefined;
}

/** The figure column: the 统计数 / 金额 header, else the right-most column with figures. */
function amountColumn(grid: Grid, from: number, end: number): number {
  for (let r = from; r <= end; r++) {
    const hit = rowCells(grid, r).find((g) => /^(?:统计数|金额|数量|决算数|本年数|数额)$/.test(norm(g.raw)));
    if (hit) return hit.c;
  }
  let col = -1;
  for (let r = from; r <= end; r++) for (const g of rowCells(grid, r)) if (hasFigure(grid, r, g.c)) col = Math.max(col, g.c);
  return col;
}

export function parseInfoTable(block: Block, headerTop: number): ParsedBlock {
  const { grid, end } = block;
  const out = emptyParse();
  const amountCol = amountColumn(grid, headerTop, end);
  if (amountCol < 0) {
    out.problems.push('表头无法识别：未找到“统计数”列');
    return out;
  }
  out.columns = [{ key: 'amount', label: '统计数' }];
  for (let r = block.start; r < headerTop; r++) out.claimed.push(r);
  out.last = headerTop - 1;
  let section: Section;
  let anyFigure = false;
  const seen = new Set<Key>();
  let r = headerTop;
  for (; r <= end; r++) {
    if (rowIsBlank(grid, r)) continue;
    const cells = rowCells(grid, r);
    const label = cells[0];
    if (isNoteText(label.raw)) break;
    const text = norm(label.raw);
    if (isHeaderWord(text)) {
      out.claimed.push(r);
      continue;
    }
    const key = label.c < amountCol ? keyOf(label.raw, section) : undefined;
    const newSection = sectionOf(text);
    if (newSection) section = newSection;
    if (!key) {
      if (newSection || !cells.some((g) => hasFigure(grid, r, g.c))) out.claimed.push(r);
      else out.problems.push(`第${r + 1}行“${label.raw}”无法对应到${block.title}的项目`);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const cell = ledgerCell(grid, r, amountCol);
    if (cell.value !== null) anyFigure = true;
    const row: LedgerRow = { key, name: stripOrdinal(label.raw) || FINAL_10_ROWS[key], ref: refAt(grid, r, label.c), cells: new Map([['amount', cell]]) };
    out.rows.push(row);
    out.claimed.push(r);
    out.last = r;
  }
  return finishWithNotes(out, grid, r, end, anyFigure);
}
