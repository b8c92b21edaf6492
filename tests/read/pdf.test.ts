/** The PDF reader: its parts on built inputs, and the whole reader on hand-written PDFs. */
import fs from 'node:fs';
import path from 'node:path';
import { readPdf } from '../../src/read/pdf';
import { segmentsOf } from '../../src/read/pdf/ops';
import { findTables, placeRuns, snapAndJoin, splitAcross } from '../../src/read/pdf/tables';
import { isUnreadable, normaliseText } from '../../src/read/pdf/text';
import { paragraphsOf } from '../../src/read/pdf/narrative';
import { assemble, captions, gridOf } from '../../src/read/pdf/grids';
import type { Line } from '../../src/read/pdf/lines';
import type { Run, Segment } from '../../src/read/pdf/geometry';
import { pdfjs } from '../../src/read/pdf/load';
import { parseNumber } from '../../src/ledger/decimal';
import { ReadError } from '../../src/errors';
import { lint } from '../../src/index';
import type { Grid, GridCell } from '../../src/types';

const FX = (f: string) => path.join(__dirname, 'pdf-fixtures', f);
const read = (f: string) => readPdf(fs.readFileSync(FX(f)), FX(f));
const texts = (g: Grid) => g.rows.map((r) => r.map((c) => c?.raw ?? ''));
const run = (text: string, x0: number, top: number, size = 10, x1 = x0 + text.length * size * 0.5): Run => ({ text, x0, x1, top, bottom: top + size, size, artifact: false });

describe('text a font may have garbled', () => {
  it('maps Kangxi radicals and compatibility ideographs back (NFKC) and drops spaces between Han characters', () => {
    expect(normaliseText('\u2F00般公共预算')).toBe('一般公共预算');
    expect(normaliseText('项 目')).toBe('项目');
    expect(normaliseText('合　计')).toBe('合计');
    expect(normaliseText('Part A 10.00')).toBe('Part A 10.00');
    // other full-width forms stay as printed (the recognizers read 单位：万元 and （一） as they are)
    expect(normaliseText('单位：万元')).toBe('单位：万元');
  });
  it('calls U+FFFD and private-use characters unreadable', () => {
    expect(isUnreadable('12\uFFFD.50')).toBe(true);
    expect(isUnreadable('\uE013\uE014')).toBe(true);
    expect(isUnreadable('一般公共预算 12.50')).toBe(false);
  });
});

describe('ruling lines from an operator list', () => {
  const OPS = pdfjs().OPS;
  const identity = [1, 0, 0, 1, 0, 0];
  const page: [number, number, number, number] = [0, 0, 600, 800];
  const line = (x0: number, y0: number, x1: number, y1: number) => [OPS.stroke, [new Float32Array([0, x0, y0, 1, x1, y1])], new Float32Array([x0, y0, x1, y1])];
  const rect = (paint: number, x: number, y: number, w: number, h: number) => [paint, [new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4])], new Float32Array([x, y, x + w, y + h])];
  const list = (...ops: [number, unknown][]) => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) });

  it('follows the transform stack: cm moves what follows until restore', () => {
    const segs = segmentsOf(list([OPS.save, null], [OPS.transform, [1, 0, 0, 1, 100, 0]], [OPS.constructPath, line(0, 10, 50, 10)], [OPS.restore, null], [OPS.constructPath, line(0, 20, 50, 20)]), OPS, identity, page);
    expect(segs).toEqual([
      { dir: 'h', at: 10, from: 100, to: 150 },
      { dir: 'h', at: 20, from: 0, to: 50 },
    ]);
  });
  it('takes thin filled rectangles as lines, not wide ones, not white ones', () => {
    const segs = segmentsOf(
      list([OPS.constructPath, rect(OPS.fill, 10, 100, 200, 0.8)], [OPS.constructPath, rect(OPS.eoFill, 10, 100, 0.8, 50)], [OPS.constructPath, rect(OPS.fill, 10, 300, 200, 40)], [OPS.setFillRGBColor, ['#ffffff']], [OPS.constructPath, rect(OPS.fill, 10, 400, 200, 0.8)]),
      OPS,
      identity,
      page,
    );
    expect(segs.map((s) => [s.dir, Math.round(s.at * 10) / 10])).toEqual([
      ['h', 100.4],
      ['v', 10.4],
    ]);
  });
  it('drops what the clip path hides, and the clip ends with restore', () => {
    const segs = segmentsOf(list([OPS.save, null], [OPS.clip, null], [OPS.constructPath, rect(OPS.endPath, 0, 0, 100, 100)], [OPS.constructPath, line(200, 10, 200, 90)], [OPS.constructPath, line(50, 10, 50, 90)], [OPS.restore, null], [OPS.constructPath, line(300, 10, 300, 90)]), OPS, identity, page);
    expect(segs.map((s) => s.at)).toEqual([50, 300]);
  });
  it('maps user space to the page through the viewport (y grows downwards)', () => {
    const segs = segmentsOf(list([OPS.constructPath, line(0, 10, 50, 10)]), OPS, [1, 0, 0, -1, 0, 800], page);
    expect(segs).toEqual([{ dir: 'h', at: 790, from: 0, to: 50 }]);
  });
});

describe('tables from segments', () => {
  const h = (at: number, from: number, to: number): Segment => ({ dir: 'h', at, from, to });
  const v = (at: number, from: number, to: number): Segment => ({ dir: 'v', at, from, to });
  it('snaps near positions and joins collinear pieces', () => {
    expect(snapAndJoin([h(100, 0, 50), h(100.6, 51, 120), h(140, 0, 10)])).toEqual([
      { dir: 'h', at: 100.3, from: 0, to: 120 },
      { dir: 'h', at: 140, from: 0, to: 10 },
    ]);
  });
  it('builds cells from the line grid and spans where a line is missing', () => {
    // 3 columns × 2 rows; the line between columns 2 and 3 is missing in the first row
    const segs = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), v(0, 0, 40), v(100, 0, 40), v(200, 20, 40), v(300, 0, 40)];
    const [t] = findTables(1, segs);
    expect(t.xs).toEqual([0, 100, 200, 300]);
    expect(t.ys).toEqual([0, 20, 40]);
    const head = t.cellAt[0][1];
    expect([head.r, head.c, head.rowSpan, head.colSpan]).toEqual([0, 1, 1, 2]);
    expect(t.cellAt[0][2]).toBe(head);
    expect(t.cells).toHaveLength(5);
    const rest = placeRuns([t], [run('Amount', 180, 5), run('12.50', 230, 25), run('outside', 10, 100)]);
    expect(head.runs.map((r) => r.text)).toEqual(['Amount']);
    expect(t.cellAt[1][2].runs.map((r) => r.text)).toEqual(['12.50']);
    expect(rest.map((r) => r.text)).toEqual(['outside']);
  });
  it('splits a run printed across column lines at its spaces', () => {
    const segs = [h(0, 0, 300), h(20, 0, 300), v(0, 0, 20), v(60, 0, 20), v(200, 0, 20), v(300, 0, 20)];
    const [t] = findTables(1, segs);
    // "208" (3 narrow), 2 spaces, "社会保障支出" (6 wide = 12), 2 spaces, "754.75" (6): 25 units over 5..255
    placeRuns([t], [run('208  社会保障支出  754.75', 5, 5, 10, 255)]);
    expect(t.cellAt[0].map((c) => c.runs.map((r) => r.text).join(''))).toEqual(['208', '社会保障支出', '754.75']);
    expect(splitAcross(run('合计 100.00', 5, 5, 10, 50), t.xs)).toHaveLength(1); // inside one cell: left whole
  });
  it('two tables that do not touch are two tables; a lone frame is none', () => {
    const box = (y: number) => [h(y, 0, 100), h(y + 20, 0, 100), h(y + 40, 0, 100), v(0, y, y + 40), v(50, y, y + 40), v(100, y, y + 40)];
    expect(findTables(1, [...box(0), ...box(200)]).map((t) => t.box[1])).toEqual([0, 200]);
    expect(findTables(1, [h(0, 0, 500), h(700, 0, 500), v(0, 0, 700), v(500, 0, 700)])).toEqual([]);
    // boxed rows without column lines are no ruled table either (their text goes to the position fallback)
    expect(findTables(1, [h(0, 0, 500), h(20, 0, 500), h(40, 0, 500), v(0, 0, 40), v(500, 0, 40)])).toEqual([]);
  });
  it('keeps garbled text as printed and reports it, so it is never read as a figure', () => {
    const [t] = findTables(3, [h(0, 0, 200), h(20, 0, 200), v(0, 0, 20), v(100, 0, 20), v(200, 0, 20)]);
    placeRuns([t], [run('合计', 10, 5), run('12\uFFFD.50', 120, 5)]);
    const unreadable: { reason: string }[] = [];
    const g = gridOf('x.pdf', '第3页', { parts: [{ table: t, above: [], below: [] }], skip: [0] }, unreadable as never);
    const cell = g.rows[0][1] as GridCell;
    expect(cell.raw).toBe('12\uFFFD.50');
    expect(parseNumber(cell.raw)).toBeNull();
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0].reason).toContain('第3页');
  });
});

describe('narrative lines into paragraphs', () => {
  const L = (page: number, text: string, x0: number, x1: number, top: number): Line => ({ page, text, x0, x1, top, bottom: top + 10, size: 10, runs: [run(text, x0, top, 10, x1)] });
  const sizes = new Map<number, [number, number]>([
    [1, [595, 842]],
    [2, [595, 842]],
  ]);
  it('joins a line that ran to the right margin with an unindented next line, also over a page break', () => {
    const lines = [
      L(1, '一、收入决算情况说明', 90, 200, 100),
      L(1, '本年收入合计100.00万元，其中：财政拨款', 110, 500, 115),
      L(1, '收入100.00万元。', 90, 170, 130),
      L(1, '新的一段从缩进开始，写到右边', 110, 500, 145),
      L(1, '界为止，', 90, 500, 160),
      L(2, '下一页接着写完。', 90, 170, 60),
      L(2, '（一）小标题', 110, 170, 75),
      L(2, '另一段。', 110, 150, 90),
    ];
    const ps = paragraphsOf(lines, 'x.pdf', sizes);
    expect(ps.map((p) => [p.text, p.heading ?? 0, p.ref.page])).toEqual([
      ['一、收入决算情况说明', 2, 1],
      ['本年收入合计100.00万元，其中：财政拨款收入100.00万元。', 0, 1],
      ['新的一段从缩进开始，写到右边界为止，下一页接着写完。', 0, 1],
      ['（一）小标题', 3, 2],
      ['另一段。', 0, 2],
    ]);
    // line numbers are the document's, so no two paragraphs share one
    expect(new Set(ps.map((p) => p.ref.line)).size).toBe(ps.length);
    // each paragraph keeps its printed lines: where each begins in the text, and its page and box
    const printed = ps.flatMap((p) => p.printed!.map((l, i) => [p.text.slice(l.offset, p.printed![i + 1]?.offset ?? p.text.length), l.region.page, l.region.box[1]]));
    expect(printed).toEqual(lines.map((l) => [l.text, l.page, l.top]));
    expect(ps[2].printed!.map((l) => l.region.page)).toEqual([1, 1, 2]);
    expect(ps[0].printed![0].region).toEqual({ page: 1, box: [90, 100, 200, 110], pageSize: [595, 842] });
  });
  it('keeps a table title and its unit with the table, not a sentence above it', () => {
    const [t] = findTables(1, [
      { dir: 'h', at: 200, from: 90, to: 500 },
      { dir: 'h', at: 220, from: 90, to: 500 },
      { dir: 'v', at: 90, from: 200, to: 220 },
      { dir: 'v', at: 300, from: 200, to: 220 },
      { dir: 'v', at: 500, from: 200, to: 220 },
    ]);
    const lines = [L(1, '纳入编制范围的单位包括：', 90, 300, 150), L(1, '收入决算表', 250, 320, 170), L(1, '单位：万元', 440, 500, 185), L(1, '注：本表反映收入情况。', 90, 300, 225), L(1, '下一段正文。', 110, 200, 300)];
    const { placed, rest } = captions([t], lines);
    expect(placed[0].above.map((l) => l.text)).toEqual(['收入决算表', '单位：万元']);
    expect(placed[0].below.map((l) => l.text)).toEqual(['注：本表反映收入情况。']);
    expect(rest.map((l) => l.text)).toEqual(['纳入编制范围的单位包括：', '下一段正文。']);
  });
});

describe('a table continued on the next page', () => {
  const L = (page: number, text: string, top: number): Line => ({ page, text, x0: 90, x1: 300, top, bottom: top + 10, size: 10, runs: [run(text, 90, top, 10, 300)] });
  const grid = (page: number, top: number) =>
    findTables(page, [
      { dir: 'h', at: top, from: 90, to: 500 },
      { dir: 'h', at: top + 20, from: 90, to: 500 },
      { dir: 'v', at: 90, from: top, to: top + 20 },
      { dir: 'v', at: 300, from: top, to: top + 20 },
      { dir: 'v', at: 500, from: top, to: top + 20 },
    ])[0];
  const pageOf = (page: number, lines: Line[], top: number) => captions([grid(page, top)], lines);
  it('is joined when it repeats its caption marked （续）, and not when another caption stands above it', () => {
    const first = pageOf(1, [L(1, '支出决算表', 150), L(1, '单位：万元', 170)], 200);
    expect(assemble([first, pageOf(2, [L(2, '支出决算表（续）', 50), L(2, '单位：万元', 70)], 100)])).toHaveLength(1);
    expect(assemble([first, pageOf(2, [], 100)])).toHaveLength(1);
    expect(assemble([first, pageOf(2, [L(2, '财政拨款收入支出决算总表', 50), L(2, '单位：万元', 70)], 100)])).toHaveLength(2);
    // text between them (a note under the first, a paragraph above the second) keeps them apart
    expect(assemble([pageOf(1, [L(1, '支出决算表', 150), L(1, '注：本表反映支出情况。', 225)], 200), pageOf(2, [], 100)])).toHaveLength(2);
  });
});

describe('readPdf on hand-written PDFs (scripts/fixtures/pdf/make.js)', () => {
  it('ruled.pdf: a grid of thin fills in a moved, clipped form XObject; spans, pages, boxes; footer dropped', async () => {
    const out = await read('ruled.pdf');
    expect(out.grids).toHaveLength(1);
    const g = out.grids[0];
    expect(g.placedBy).toBe('rules');
    expect(texts(g)).toEqual([['Income table'], ['Unit: yuan'], ['Item', 'Amount', 'Amount'], ['Total', '30.00', '12.50'], ['Part A', '10.00', '2.50']]);
    const amount = g.rows[2][1]!;
    expect([amount.colSpan, amount.page, amount.address]).toEqual([2, 1, 'B3']);
    // the form is drawn at (100, 500) in PDF space: columns at 100 / 220 / 320 / 420, top row at y 842 − 600
    expect(amount.bbox).toEqual([220, 242, 420, 262]);
    expect(g.colCount).toBe(3); // the clipped-away line is no column
    expect(out.paragraphs.map((p) => p.text)).toEqual(['Note: example.']); // the page number "3" is gone
  });
  it('rotated.pdf: a landscape page (portrait media box, /Rotate 90, content turned) reads upright', async () => {
    const out = await read('rotated.pdf');
    expect(texts(out.grids[0])).toEqual([['Income table'], ['Unit: yuan'], ['Item', 'Amount', 'Amount'], ['Total', '30.00', '12.50'], ['Part A', '10.00', '2.50']]);
    // boxes are on the page as seen: 842 wide, 595 high
    expect(out.grids[0].rows[2][1]!.bbox).toEqual([220, 295, 420, 315]);
  });
  it('continued.pdf: a table over two pages is one grid, its repeated header dropped', async () => {
    const out = await read('continued.pdf');
    expect(out.grids).toHaveLength(1);
    const g = out.grids[0];
    expect(g.pages).toEqual([1, 2]);
    expect(g.sheet).toBe('第1–2页');
    expect(texts(g)).toEqual([['Expense table'], ['Unit: yuan'], ['Code', 'Name', 'Amount'], ['201', 'General', '5.00'], ['20101', 'Office', '3.00'], ['20102', 'Staff', '2.00'], ['205', 'Education', '4.00']]);
    expect(g.rows[5].map((c) => [c!.address, c!.page])).toEqual([
      ['A6', 2],
      ['B6', 2],
      ['C6', 2],
    ]);
  });
  it('stream.pdf: a table without lines is read by position and says so', async () => {
    const out = await read('stream.pdf');
    expect(out.grids).toHaveLength(1);
    expect(out.grids[0].placedBy).toBe('position');
    expect(texts(out.grids[0])).toEqual([['Summary of figures'], ['Item', 'Budget', 'Actual'], ['Staff', '100.00', '98.00'], ['Office', '20.00', '21.50'], ['Total', '120.00', '119.50']]);
  });
  it('garbled.pdf: text a font garbled stays unread — never a figure — and coverage says so', async () => {
    const out = await read('garbled.pdf');
    const cell = out.grids[0].rows[2][1]!;
    expect(cell.raw).toBe('1\uE001.50');
    expect(parseNumber(cell.raw)).toBeNull();
    expect(out.paragraphs.map((p) => p.text)).toEqual(['Figures in the text:']);
    const [result] = await lint([FX('garbled.pdf')], { config: {} });
    expect(result.coverage.unrecognised.map((u) => [u.sheet, u.range ?? '', /无法识别/.test(u.reason)])).toEqual(
      expect.arrayContaining([
        ['第1页', 'B3', true],
        ['第1页', '', true],
      ]),
    );
  });
  it('rows-only.pdf: next to a ruled table, a table ruled between rows only is read by position', async () => {
    const out = await read('rows-only.pdf');
    expect(out.grids.map((g) => [g.sheet, g.placedBy])).toEqual([
      ['第1页 表1', 'rules'],
      ['第1页 表2', 'position'],
    ]);
    expect(texts(out.grids[1])).toEqual([['Staff costs'], ['Item', 'Budget', 'Actual'], ['Staff', '100.00', '98.00'], ['Office', '20.00', '21.50'], ['Total', '120.00', '119.50']]);
  });
  it('refuses a scan (no text layer: no OCR), an encrypted PDF, a file that is not a PDF and a broken one', async () => {
    await expect(read('scanned.pdf')).rejects.toMatchObject({ messageId: 'pdfNoText' });
    await expect(read('encrypted.pdf')).rejects.toMatchObject({ messageId: 'pdfEncrypted' });
    await expect(readPdf(Buffer.from('PK\u0003\u0004 not a pdf'), 'x.pdf')).rejects.toMatchObject({ messageId: 'fileWrongType' });
    const broken = fs.readFileSync(FX('ruled.pdf')).subarray(0, 200);
    await expect(readPdf(broken, 'broken.pdf')).rejects.toBeInstanceOf(ReadError);
  });
});
