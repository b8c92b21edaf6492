/**
 * 公开06 基本支出决算明细表: 科目代码 | 科目名称 | 决算数 groups printed side by side (人员经费 on the
 * left, 公用经费 on the right), flattened group by group into code rows with column 'amount';
 * 人员经费合计 / 公用经费合计 may sit anywhere on the totals line, their figure in any later column.
 */
import type { Cell, Grid, LedgerRow } from '../../types';
import { FINAL_06_ROWS } from '../../ledger/table-kinds';
import type { Block } from './blocks';
import { hasFigure, ledgerCell, rawAt, refAt, rowCells, rowIsBlank } from './grid-util';
import { emptyParse, type ParsedBlock } from './parsed';
import { finishWithNotes } from './notes';
import { isNoteText, norm, splitCodeName } from './text';
import { reading } from '../../ledger/evidence';

interface Group {
  codeCol: number;
  nameCol: number;
  amountCol: number;
  /** No 决算数 / 金额 header over the group: its amounts are taken from the column after the names. */
  amountByPosition?: boolean;
}

/** Where an amount column unnamed by its header is taken to be. */
const RIGHT_OF_NAME = { zh: '科目名称右侧一列', en: 'the column right of the subject name' };

const ECONOMIC_CODE = /^\d{3}(?:\d{2})?$/;

function groupsOf(grid: Grid, r: number): Group[] {
  const cells = rowCells(grid, r);
  const codeCols = cells.filter((g) => /^(?:科目|经济分类科目|经济科目)?(?:代码|编码)$/.test(norm(g.raw))).map((g) => g.c);
  const groups: Group[] = [];
  codeCols.forEach((codeCol, i) => {
    const next = codeCols[i + 1] ?? Infinity;
    const inGroup = cells.filter((g) => g.c > codeCol && g.c < next);
    const name = inGroup.find((g) => /名称/.test(norm(g.raw)));
    const amount = inGroup.find((g) => /决算数|金额|合计|本年支出|支出数/.test(norm(g.raw)));
    const nameCol = name?.c ?? codeCol + 1;
    groups.push({ codeCol, nameCol, amountCol: amount?.c ?? nameCol + 1, ...(amount ? {} : { amountByPosition: true }) });
  });
  return groups;
}

function codeAt(grid: Grid, r: number, c: number): { code: string; name?: string } | null {
  const raw = rawAt(grid, r, c).trim();
  if (ECONOMIC_CODE.test(raw)) return { code: raw };
  const split = splitCodeName(raw);
  return split && ECONOMIC_CODE.test(split.code) ? split : null;
}

const TOTALS: [keyof typeof FINAL_06_ROWS, RegExp][] = [
  ['personnel.total', /^人员经费(?:合计|小计)$/],
  ['public.total', /^公用经费(?:合计|小计)$/],
];

/** The 人员经费合计 / 公用经费合计 labels of a row, each with the first figure after it. */
function totalsOf(grid: Grid, r: number, groups: Group[]): LedgerRow[] {
  const cells = rowCells(grid, r);
  const rows: LedgerRow[] = [];
  cells.forEach((g, i) => {
    const hit = TOTALS.find(([, re]) => re.test(norm(g.raw)));
    // A merged label arrives copied into each covered cell: the first copy stands for all.
    if (!hit || (i > 0 && cells[i - 1].raw === g.raw && cells[i - 1].c === g.c - 1)) return;
    let cell: Cell | undefined;
    for (const h of cells.slice(i + 1)) {
      if (h.raw === g.raw) continue;
      if (hasFigure(grid, r, h.c)) {
        cell = ledgerCell(grid, r, h.c);
        // Under a group's 决算数 header the figure is placed by the header; elsewhere only by coming next.
        if (!groups.some((gr) => gr.amountCol === h.c && !gr.amountByPosition)) {
          cell.readings = [reading('placement', FINAL_06_ROWS[hit[0]], 'order', g.raw, {
            note: { zh: '其后的第一个数', en: 'the first figure after it' },
            alternative: { zh: '同行其他数字', en: 'another figure of the same row' },
          })];
        }
        break;
      }
      if (TOTALS.some(([, re]) => re.test(norm(h.raw)))) break;
    }
    if (!cell) {
      const group = [...groups].reverse().find((gr) => gr.codeCol <= g.c) ?? groups[0];
      cell = ledgerCell(grid, r, group.amountCol);
    }
    rows.push({ key: hit[0], name: FINAL_06_ROWS[hit[0]], ref: refAt(grid, r, g.c), cells: new Map([['amount', cell]]) });
  });
  return rows;
}

export function parseEconomicTable(block: Block, headerTop: number): ParsedBlock {
  const { grid, end } = block;
  const out = emptyParse();
  let headerRow = -1;
  let groups: Group[] = [];
  for (let r = headerTop; r <= Math.min(end, headerTop + 6); r++) {
    groups = groupsOf(grid, r);
    if (groups.length > 0) {
      headerRow = r;
      break;
    }
  }
  if (headerRow < 0) {
    out.problems.push('表头无法识别：未找到“科目代码”列');
    return out;
  }
  const amountHeader = groups.every((g) => !g.amountByPosition);
  out.columns = [
    {
      key: 'amount',
      label: '决算数',
      reading: amountHeader
        ? reading('column', '决算数', 'header', '决算数')
        : reading('column', '决算数', 'position', undefined, { note: RIGHT_OF_NAME, alternative: { zh: '其他列', en: 'another column' } }),
    },
  ];
  for (let r = block.start; r <= headerRow; r++) out.claimed.push(r);
  out.last = headerRow;

  const byGroup: LedgerRow[][] = groups.map(() => []);
  const totals: LedgerRow[] = [];
  let anyFigure = false;
  let r = headerRow + 1;
  for (; r <= end; r++) {
    if (rowIsBlank(grid, r)) continue;
    const first = rowCells(grid, r)[0];
    if (isNoteText(first.raw)) break;
    const rowTotals = totalsOf(grid, r, groups);
    totals.push(...rowTotals);
    let understood = rowTotals.length > 0 || groupsOf(grid, r).length > 0;
    groups.forEach((gr, i) => {
      const code = codeAt(grid, r, gr.codeCol);
      if (!code) return;
      const cell = ledgerCell(grid, r, gr.amountCol);
      if (cell.value !== null) anyFigure = true;
      if (gr.amountByPosition && cell.value !== null) cell.readings = [reading('placement', '决算数', 'position', undefined, { note: { zh: `${RIGHT_OF_NAME.zh}（表头未印“决算数”）`, en: `${RIGHT_OF_NAME.en}: the header does not print “决算数”` } })];
      const level = code.code.length === 3 ? 1 : 2;
      byGroup[i].push({ code: code.code, name: code.name ?? rawAt(grid, r, gr.nameCol), level, ref: refAt(grid, r, gr.codeCol), cells: new Map([['amount', cell]]) });
      understood = true;
    });
    for (const t of rowTotals) if (t.cells.get('amount')?.value) anyFigure = true;
    if (understood) {
      out.claimed.push(r);
      out.last = r;
    }
  }
  out.rows = [...byGroup.flat(), ...totals];
  return finishWithNotes(out, grid, r, end, anyFigure);
}
