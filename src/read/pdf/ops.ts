/**
 * Ruling lines from a page's operator list, the way pdfplumber and PyMuPDF collect them: stroked
 * axis-aligned lines, the edges of stroked rectangles, and thin filled rectangles (office software
 * often draws a table's grid as thousands of 0.5–1 pt fills). The transform stack (save/restore,
 * cm, form XObjects) maps every point to the page; the clip stack drops what is clipped away.
 *
 * pdfjs-dist 5 hands paths over as `constructPath [paintOp, [Float32Array of DrawOPS], minMax]`
 * in user space; the shape is pinned by tests/read/pdf-contract.test.ts.
 */
import { apply, boxOf, intersect, multiply, type Box, type Matrix, type Segment } from './geometry';

/** DrawOPS of pdfjs-dist 5 (src/shared/util.js). */
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4;

/** Rectangles no thicker than this are lines (points). */
const THIN = 2.5;

interface State {
  ctm: Matrix;
  clip: Box | null;
  fillWhite: boolean;
  strokeWhite: boolean;
}

const isWhite = (c: unknown): boolean => typeof c === 'string' && /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i.test(c);

export function segmentsOf(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>, viewport: readonly number[], pageBox: Box): Segment[] {
  const out: Segment[] = [];
  let st: State = { ctm: [...viewport] as Matrix, clip: pageBox, fillWhite: false, strokeWhite: false };
  const stack: State[] = [];
  let pendingClip = false;
  const STROKE = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILL = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

  const push = (s: Segment): void => {
    if (!st.clip) return;
    const [x0, y0, x1, y1] = st.clip;
    const tol = 1;
    if (s.dir === 'h') {
      if (s.at < y0 - tol || s.at > y1 + tol) return;
      const from = Math.max(s.from, x0), to = Math.min(s.to, x1);
      if (to - from > 0.5) out.push({ dir: 'h', at: s.at, from, to });
    } else {
      if (s.at < x0 - tol || s.at > x1 + tol) return;
      const from = Math.max(s.from, y0), to = Math.min(s.to, y1);
      if (to - from > 0.5) out.push({ dir: 'v', at: s.at, from, to });
    }
  };

  const line = (ax: number, ay: number, bx: number, by: number): void => {
    const [x0, y0] = apply(st.ctm, ax, ay);
    const [x1, y1] = apply(st.ctm, bx, by);
    if (Math.abs(y0 - y1) < 0.5 && Math.abs(x0 - x1) >= 0.5) push({ dir: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y0 - y1) >= 0.5) push({ dir: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  };

  const path = (paint: number, data: ArrayLike<number>, minMax: ArrayLike<number> | null): void => {
    if (pendingClip) {
      pendingClip = false;
      if (minMax && minMax.length >= 4 && Number.isFinite(minMax[0])) {
        const b = boxOf([apply(st.ctm, minMax[0], minMax[1]), apply(st.ctm, minMax[2], minMax[3]), apply(st.ctm, minMax[0], minMax[3]), apply(st.ctm, minMax[2], minMax[1])]);
        st.clip = st.clip ? intersect(st.clip, b) : null;
      }
    }
    const stroke = STROKE.has(paint) && !st.strokeWhite;
    const fill = FILL.has(paint) && !st.fillWhite;
    if (!stroke && !fill) return;
    // Walk the subpaths: stroked straight pieces become segments; filled thin rectangles become one.
    let i = 0;
    let sx = 0, sy = 0, cx = 0, cy = 0;
    let pts: [number, number][] = [];
    let straight = true;
    const endSubpath = (): void => {
      if (fill && straight && pts.length >= 4 && pts.length <= 6) {
        const dev = pts.map(([x, y]) => apply(st.ctm, x, y));
        const b = boxOf(dev);
        const w = b[2] - b[0], h = b[3] - b[1];
        // only axis-aligned rectangles: every point on the box's border corners
        const corner = dev.every(([x, y]) => (Math.abs(x - b[0]) < 0.3 || Math.abs(x - b[2]) < 0.3) && (Math.abs(y - b[1]) < 0.3 || Math.abs(y - b[3]) < 0.3));
        if (corner) {
          if (h <= THIN && w > h) push({ dir: 'h', at: (b[1] + b[3]) / 2, from: b[0], to: b[2] });
          else if (w <= THIN && h > w) push({ dir: 'v', at: (b[0] + b[2]) / 2, from: b[1], to: b[3] });
        }
      }
      pts = [];
      straight = true;
    };
    while (i < data.length) {
      const op = data[i++];
      if (op === MOVE) {
        endSubpath();
        sx = cx = data[i++];
        sy = cy = data[i++];
        pts.push([cx, cy]);
      } else if (op === LINE) {
        const x = data[i++], y = data[i++];
        if (stroke) line(cx, cy, x, y);
        cx = x;
        cy = y;
        pts.push([cx, cy]);
      } else if (op === CURVE) {
        straight = false;
        cx = data[i + 4];
        cy = data[i + 5];
        i += 6;
      } else if (op === QUAD) {
        straight = false;
        cx = data[i + 2];
        cy = data[i + 3];
        i += 4;
      } else if (op === CLOSE) {
        if (stroke) line(cx, cy, sx, sy);
        cx = sx;
        cy = sy;
      } else break; // unknown drawing op: stop reading this path rather than misread it
    }
    endSubpath();
  };

  const { fnArray, argsArray } = ops;
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k];
    const args = argsArray[k] as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ...st });
        break;
      case OPS.restore:
        st = stack.pop() ?? st;
        break;
      case OPS.transform:
        st.ctm = multiply(args as number[], st.ctm);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...st });
        const m = args?.[0] as number[] | null;
        if (Array.isArray(m) || ArrayBuffer.isView(m)) st.ctm = multiply(Array.from(m as ArrayLike<number>), st.ctm);
        const bb = args?.[1] as number[] | null;
        if (bb && bb.length >= 4) {
          const b = boxOf([apply(st.ctm, bb[0], bb[1]), apply(st.ctm, bb[2], bb[3]), apply(st.ctm, bb[0], bb[3]), apply(st.ctm, bb[2], bb[1])]);
          st.clip = st.clip ? intersect(st.clip, b) : null;
        }
        break;
      }
      case OPS.paintFormXObjectEnd:
        st = stack.pop() ?? st;
        break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.setFillRGBColor:
        st.fillWhite = isWhite(args?.[0]);
        break;
      case OPS.setStrokeRGBColor:
        st.strokeWhite = isWhite(args?.[0]);
        break;
      case OPS.constructPath: {
        const [paint, parts, minMax] = args as [number, ArrayLike<number>[] | ArrayLike<number>, ArrayLike<number> | null];
        const data = Array.isArray(parts) ? parts[0] : parts;
        if (data) path(paint, data, minMax);
        else pendingClip = false;
        break;
      }
      default:
        break;
    }
  }
  return out;
}
