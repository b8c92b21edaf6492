/**
 * Tables from ruling lines (the pdfplumber / Tabula "lattice" method): snap and join collinear
 * segments, group the segments that touch into one table, take the distinct line positions as the
 * grid, merge neighbouring grid cells that no line separates (spans), and put each text run in the
 * cell that holds its centre.
 */
import type { Box, Run, Segment } from './geometry';
import { joinLine, linesOf } from './text';

/** Lines this close (points) are one line; collinear pieces this far apart are one segment. */
const SNAP = 1.5;
const JOIN = 3;
/** Where a segment counts as touching another. */
const TOUCH = 2;

export interface TableCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
  runs: Run[];
}

export interface PageTable {
  page: number;
  box: Box;
  /** Grid line positions: xs (columns + 1), ys (rows + 1). */
  xs: number[];
  ys: number[];
  /** Printed cells, by origin; cellAt[r][c] is the printed cell covering that grid cell. */
  cells: TableCell[];
  cellAt: TableCell[][];
}

function cluster(values: number[], tol: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of s) {
    if (group.length && v - group[group.length - 1] > tol) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/** Snap segments of one direction to shared positions and join the collinear pieces. */
export function snapAndJoin(segs: Segment[]): Segment[] {
  if (!segs.length) return [];
  const dir = segs[0].dir;
  const positions = cluster(segs.map((s) => s.at), SNAP);
  const byPos = new Map<number, Segment[]>();
  for (const s of segs) {
    let best = positions[0];
    for (const p of positions) if (Math.abs(p - s.at) < Math.abs(best - s.at)) best = p;
    (byPos.get(best) ?? byPos.set(best, []).get(best)!).push(s);
  }
  const out: Segment[] = [];
  for (const [at, list] of byPos) {
    list.sort((a, b) => a.from - b.from);
    let cur: Segment = { dir, at, from: list[0].from, to: list[0].to };
    for (const s of list.slice(1)) {
      if (s.from <= cur.to + JOIN) cur.to = Math.max(cur.to, s.to);
      else {
        out.push(cur);
        cur = { dir, at, from: s.from, to: s.to };
      }
    }
    out.push(cur);
  }
  return out;
}

class UnionFind {
  private p: number[];
  constructor(n: number) {
    this.p = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.p[i] !== i) i = this.p[i] = this.p[this.p[i]];
    return i;
  }
  union(a: number, b: number): void {
    const x = this.find(a), y = this.find(b);
    if (x !== y) this.p[Math.max(x, y)] = Math.min(x, y);
  }
}

const touches = (h: Segment, v: Segment): boolean => v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;

/** How much of [a, b] the segments at `at` (±SNAP) cover, as a share of b − a. */
function covered(segs: Segment[], at: number, a: number, b: number): number {
  let sum = 0;
  for (const s of segs) {
    if (Math.abs(s.at - at) > SNAP) continue;
    const lo = Math.max(a, s.from), hi = Math.min(b, s.to);
    if (hi > lo) sum += hi - lo;
  }
  return sum / Math.max(b - a, 1e-6);
}

function tableOf(page: number, hs: Segment[], vs: Segment[]): PageTable | null {
  const xs = cluster(vs.map((v) => v.at), SNAP);
  const ys = cluster(hs.map((h) => h.at), SNAP);
  if (xs.length < 2 || ys.length < 2) return null;
  const R = ys.length - 1, C = xs.length - 1;
  // Only outer borders (boxed rows): the columns are not drawn, so this is no ruled table; its text
  // is left to the position fallback.
  if (C < 2) return null;
  const uf = new UnionFind(R * C);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && covered(vs, xs[c + 1], ys[r], ys[r + 1]) < 0.5) uf.union(r * C + c, r * C + c + 1);
      if (r + 1 < R && covered(hs, ys[r + 1], xs[c], xs[c + 1]) < 0.5) uf.union(r * C + c, (r + 1) * C + c);
    }
  }
  const extent = new Map<number, [number, number, number, number]>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = uf.find(r * C + c);
      const e = extent.get(root);
      if (!e) extent.set(root, [r, c, r, c]);
      else extent.set(root, [Math.min(e[0], r), Math.min(e[1], c), Math.max(e[2], r), Math.max(e[3], c)]);
    }
  }
  const byRoot = new Map<number, TableCell>();
  for (const [root, [r0, c0, r1, c1]] of extent) byRoot.set(root, { r: r0, c: c0, rowSpan: r1 - r0 + 1, colSpan: c1 - c0 + 1, box: [xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]], runs: [] });
  const cellAt: TableCell[][] = [];
  for (let r = 0; r < R; r++) {
    cellAt.push([]);
    for (let c = 0; c < C; c++) cellAt[r][c] = byRoot.get(uf.find(r * C + c))!;
  }
  const cells = [...byRoot.values()];
  // A frame around text (one cell) is not a table.
  if (cells.length < 2) return null;
  return { page, box: [xs[0], ys[0], xs[C], ys[R]], xs, ys, cells, cellAt };
}

/** The tables drawn on one page, top to bottom. */
export function findTables(page: number, segments: Segment[]): PageTable[] {
  const hs = snapAndJoin(segments.filter((s) => s.dir === 'h'));
  const vs = snapAndJoin(segments.filter((s) => s.dir === 'v'));
  const all = [...hs, ...vs];
  const uf = new UnionFind(all.length);
  for (let i = 0; i < hs.length; i++) for (let j = 0; j < vs.length; j++) if (touches(hs[i], vs[j])) uf.union(i, hs.length + j);
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((s, i) => {
    const g = groups.get(uf.find(i)) ?? groups.set(uf.find(i), { h: [], v: [] }).get(uf.find(i))!;
    (s.dir === 'h' ? g.h : g.v).push(s);
  });
  const tables: PageTable[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const t = tableOf(page, g.h, g.v);
    if (t) tables.push(t);
  }
  return tables.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}

function indexIn(lines: number[], v: number): number {
  for (let i = 0; i + 1 < lines.length; i++) if (v >= lines[i] && v < lines[i + 1]) return i;
  return -1;
}

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/**
 * A run printed across a column line ("208  社会保障和就业支出  754.75" as one piece of text) is
 * split at its spaces, each word placed where its share of the run's width puts it (wide
 * characters count double).
 */
export function splitAcross(run: Run, xs: number[]): Run[] {
  const crosses = xs.some((x) => x > run.x0 + 1 && x < run.x1 - 1);
  if (!crosses || !/\S\s+\S/.test(run.text)) return [run];
  const chars = [...run.text];
  const weight = chars.map((ch) => (WIDE.test(ch) ? 2 : 1));
  const total = weight.reduce((a, b) => a + b, 0);
  const out: Run[] = [];
  let at = 0;
  let word = '';
  let start = 0;
  const flush = (end: number): void => {
    if (word.trim()) out.push({ ...run, text: word, x0: run.x0 + ((run.x1 - run.x0) * start) / total, x1: run.x0 + ((run.x1 - run.x0) * end) / total });
    word = '';
  };
  chars.forEach((ch, i) => {
    if (/\s/.test(ch)) {
      flush(at);
      start = at + weight[i];
    } else word += ch;
    at += weight[i];
  });
  flush(at);
  return out;
}

/** Put each run in the cell holding its centre; returns the runs no table holds. */
export function placeRuns(tables: PageTable[], input: Run[]): Run[] {
  const rest: Run[] = [];
  const runs = input.flatMap((run) => {
    const t = tables.find((tb) => run.x1 > tb.box[0] && run.x0 < tb.box[2] && run.bottom > tb.box[1] && run.top < tb.box[3]);
    return t ? splitAcross(run, t.xs) : [run];
  });
  for (const run of runs) {
    const cx = (run.x0 + run.x1) / 2, cy = (run.top + run.bottom) / 2;
    const t = tables.find((tb) => cx >= tb.box[0] && cx <= tb.box[2] && cy >= tb.box[1] && cy <= tb.box[3]);
    if (!t) {
      rest.push(run);
      continue;
    }
    const r = indexIn(t.ys, cy), c = indexIn(t.xs, cx);
    if (r < 0 || c < 0) rest.push(run);
    else t.cellAt[r][c].runs.push(run);
  }
  return rest;
}

/** A cell's text: its lines top to bottom, joined without a break (a wrapped label is one label). */
export function cellText(cell: TableCell): string {
  const lines = linesOf(cell.runs).map(joinLine);
  let out = '';
  for (const l of lines) {
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(l)) out += ' ';
    out += l;
  }
  return out;
}
