/**
 * Tables printed without ruling lines, read by position alone (the Tabula "stream" method, kept
 * narrow): at least three consecutive lines that each split into the same number (≥ 3) of pieces
 * at the same column starts, with figures in them. Their grids say placedBy 'position', so the
 * cells' roles rest on weak evidence.
 */
import type { Run } from './geometry';
import type { Line } from './lines';
import type { PageTable, TableCell } from './tables';

interface Piece {
  x0: number;
  x1: number;
  runs: Run[];
}

function piecesOf(l: Line): Piece[] {
  const out: Piece[] = [];
  for (const r of l.runs) {
    const last = out[out.length - 1];
    if (last && r.x0 - last.x1 < 1.5 * r.size) {
      last.x1 = r.x1;
      last.runs.push(r);
    } else out.push({ x0: r.x0, x1: r.x1, runs: [r] });
  }
  return out;
}

const FIGURE = /^[-+]?[\d,]*\.?\d+%?$/;

export function positionTables(page: number, lines: Line[]): { tables: PageTable[]; rest: Line[] } {
  const sorted = [...lines].sort((a, b) => a.top - b.top);
  const pieces = sorted.map(piecesOf);
  const tables: PageTable[] = [];
  const used = new Set<Line>();
  let i = 0;
  while (i < sorted.length) {
    const n = pieces[i].length;
    let j = i + 1;
    const aligned = (a: Piece[], b: Piece[]): boolean => a.length === b.length && a.every((p, k) => Math.abs(p.x1 - b[k].x1) < 2 * sorted[i].size || Math.abs(p.x0 - b[k].x0) < 2 * sorted[i].size);
    if (n >= 3) while (j < sorted.length && aligned(pieces[i], pieces[j])) j++;
    const block = sorted.slice(i, j);
    const figures = pieces.slice(i, j).filter((ps) => ps.some((p) => FIGURE.test(p.runs.map((r) => r.text).join('').trim()))).length;
    if (n >= 3 && block.length >= 3 && figures >= 2) {
      const cols = n;
      const xs: number[] = [Math.min(...block.map((l) => l.x0)) - 1];
      for (let k = 1; k < cols; k++) xs.push((Math.max(...pieces.slice(i, j).map((ps) => ps[k - 1].x1)) + Math.min(...pieces.slice(i, j).map((ps) => ps[k].x0))) / 2);
      xs.push(Math.max(...block.map((l) => l.x1)) + 1);
      const ys = [block[0].top - 1, ...block.slice(1).map((l, k) => (block[k].bottom + l.top) / 2), block[block.length - 1].bottom + 1];
      const cellAt: TableCell[][] = [];
      const cells: TableCell[] = [];
      pieces.slice(i, j).forEach((ps, r) => {
        cellAt.push([]);
        for (let c = 0; c < cols; c++) {
          const cell: TableCell = { r, c, rowSpan: 1, colSpan: 1, box: [xs[c], ys[r], xs[c + 1], ys[r + 1]], runs: ps[c].runs };
          cellAt[r].push(cell);
          cells.push(cell);
        }
      });
      tables.push({ page, box: [xs[0], ys[0], xs[cols], ys[ys.length - 1]], xs, ys, cells, cellAt });
      block.forEach((l) => used.add(l));
      i = j;
    } else i++;
  }
  return { tables, rest: sorted.filter((l) => !used.has(l)) };
}
