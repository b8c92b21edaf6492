/**
 * The contract with pdfjs-dist the PDF reader relies on (src/read/pdf/ops.ts, page.ts). If an
 * upgrade changes any of this, these fail before the reader silently finds no tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pdfjs, documentOptions, BUILD_FILES, type PdfDocument } from '../../src/read/pdf/load';

const CORPUS = path.join(__dirname, '../../fixtures/corpus');
const FIXTURES = path.join(__dirname, 'pdf-fixtures');

async function open(file: string): Promise<PdfDocument> {
  return pdfjs().getDocument(documentOptions(new Uint8Array(fs.readFileSync(file)))).promise;
}

describe('pdfjs-dist contract', () => {
  it('is the pinned 5.6.x legacy build', () => {
    const pkg = JSON.parse(fs.readFileSync(require.resolve('pdfjs-dist/package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toMatch(/^5\.6\.\d+$/);
    expect(fs.existsSync(path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps', 'UniGB-UCS2-H.bcmap'))).toBe(true);
  });

  it('is loaded from its minified legacy build, and renders no font', () => {
    expect(BUILD_FILES).toEqual({ worker: 'legacy/build/pdf.worker.min.mjs', main: 'legacy/build/pdf.min.mjs' });
    const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
    for (const f of Object.values(BUILD_FILES)) expect(fs.existsSync(path.join(dir, f))).toBe(true);
    expect(documentOptions(new Uint8Array(0))).toMatchObject({ disableFontFace: true, cMapPacked: true, isEvalSupported: false });
  });

  it('numbers the operators the reader switches on as pdfjs-dist 5 does', () => {
    const { OPS } = pdfjs();
    expect({
      save: OPS.save, restore: OPS.restore, transform: OPS.transform, stroke: OPS.stroke, closeStroke: OPS.closeStroke,
      fill: OPS.fill, eoFill: OPS.eoFill, fillStroke: OPS.fillStroke, endPath: OPS.endPath, clip: OPS.clip, eoClip: OPS.eoClip,
      setStrokeRGBColor: OPS.setStrokeRGBColor, setFillRGBColor: OPS.setFillRGBColor,
      paintFormXObjectBegin: OPS.paintFormXObjectBegin, paintFormXObjectEnd: OPS.paintFormXObjectEnd, constructPath: OPS.constructPath,
    }).toEqual({
      save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, endPath: 28, clip: 29, eoClip: 30,
      setStrokeRGBColor: 58, setFillRGBColor: 59, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, constructPath: 91,
    });
  });

  it('hands paths over as constructPath [paintOp, [DrawOPS data], minMax], rectangles as moveTo/lineTo/closePath', async () => {
    const doc = await open(path.join(FIXTURES, 'ruled.pdf'));
    const { OPS } = pdfjs();
    const ops = await (await doc.getPage(1)).getOperatorList();
    // no path-building operator reaches the list on its own: all are folded into constructPath
    for (const legacy of [OPS.moveTo, OPS.lineTo, OPS.curveTo, OPS.rectangle, OPS.closePath]) expect(ops.fnArray).not.toContain(legacy);
    const paths = ops.fnArray.map((f, i) => [f, ops.argsArray[i]] as const).filter(([f]) => f === OPS.constructPath).map(([, a]) => a as unknown[]);
    expect(paths.length).toBeGreaterThan(0);
    const fills = paths.filter((a) => a[0] === OPS.fill);
    expect(fills.length).toBeGreaterThan(0);
    const [paint, parts, minMax] = fills[0] as [number, ArrayLike<number>[], ArrayLike<number>];
    expect(paint).toBe(OPS.fill);
    expect(Array.isArray(parts)).toBe(true);
    const data = Array.from(parts[0]);
    // a `re` is moveTo(0) x y, lineTo(1) ×3, closePath(4), in user space
    expect([data[0], data[3], data[6], data[9], data[12]]).toEqual([0, 1, 1, 1, 4]);
    expect(data.length).toBe(13);
    expect(Array.from(minMax)).toHaveLength(4);
    // the form XObject's matrix and bbox come with its begin operator; the clip comes before its path
    const begin = ops.fnArray.indexOf(OPS.paintFormXObjectBegin);
    expect(begin).toBeGreaterThanOrEqual(0);
    const [matrix, bbox] = ops.argsArray[begin] as [ArrayLike<number> | null, ArrayLike<number>];
    expect(matrix === null || Array.from(matrix).length === 6).toBe(true);
    expect(Array.from(bbox)).toEqual([0, 0, 500, 120]);
    const clip = ops.fnArray.indexOf(OPS.clip);
    expect(ops.fnArray[clip + 1]).toBe(OPS.constructPath);
    expect((ops.argsArray[clip + 1] as unknown[])[0]).toBe(OPS.endPath);
    const color = ops.fnArray.indexOf(OPS.setFillRGBColor);
    expect(ops.argsArray[color]).toEqual(['#000000']);
    await doc.destroy();
  });

  it('gives text items {str, transform, width, height} and marked content {type, tag}', async () => {
    const doc = await open(path.join(CORPUS, 'sh-plan.pdf'));
    const page = await doc.getPage(8);
    const tc = await page.getTextContent({ includeMarkedContent: true });
    const texts = tc.items.filter((i) => !('type' in i)) as { str: string; transform: number[]; width: number; height: number }[];
    const title = texts.find((i) => i.str === '收入决算表');
    expect(title).toBeDefined();
    expect(title!.transform).toHaveLength(6);
    expect(title!.width).toBeGreaterThan(0);
    expect(title!.height).toBeGreaterThan(0);
    const marks = tc.items.filter((i) => 'type' in i) as { type: string; tag?: string }[];
    expect(marks.some((m) => m.type === 'beginMarkedContentProps' && m.tag === 'Artifact')).toBe(true);
    expect(marks.some((m) => m.type === 'endMarkedContent')).toBe(true);
    // a landscape page is a landscape media box here, and the viewport flips y
    const vp = page.getViewport({ scale: 1 });
    expect(vp.width).toBeGreaterThan(vp.height);
    expect(vp.transform[3]).toBe(-1);
    await doc.destroy();
  });

  it('asks for a password (PasswordException) on an encrypted PDF', async () => {
    await expect(open(path.join(FIXTURES, 'encrypted.pdf'))).rejects.toMatchObject({ name: 'PasswordException' });
  });
});
