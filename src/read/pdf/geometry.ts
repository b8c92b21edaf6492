/** Page geometry shared by the PDF modules: points, top-left origin (the viewport's space). */

/** An affine matrix [a, b, c, d, e, f] as PDF writes it. */
export type Matrix = [number, number, number, number, number, number];

/** m1 applied first, then m2 (PDF's `cm` makes CTM = M × CTM). */
export function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

export function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** [x0, y0, x1, y1] with x0 ≤ x1, y0 ≤ y1 (y grows downwards). */
export type Box = [number, number, number, number];

export function boxOf(points: [number, number][]): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

export function intersect(a: Box, b: Box): Box | null {
  const r: Box = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return r[0] <= r[2] && r[1] <= r[3] ? r : null;
}

/** An axis-aligned ruling line: horizontal at `at` from `from` to `to` (x), or vertical (y). */
export interface Segment {
  dir: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

/** A piece of text as printed: its box and baseline on the page. */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  /** Inside an /Artifact marked-content sequence (running headers, footers, page numbers). */
  artifact: boolean;
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;
