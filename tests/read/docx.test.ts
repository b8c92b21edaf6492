import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, TextRun } from 'docx';
import { readDocx, walkHtml } from '../../src/read/docx';
import { splitSentences } from '../../src/narrative/sentences';

const fixture = path.join(__dirname, '../../fixtures/seed-000/000-narrative.docx');

describe('readDocx', () => {
  it('reads the seed-000 narrative: paragraphs numbered, headings kept, no tables', async () => {
    const out = await readDocx(fs.readFileSync(fixture), fixture);
    expect(out.grids).toEqual([]);
    expect(out.paragraphs[0]).toEqual({ text: '第一部分 概况', ref: { file: fixture, line: 1, column: 1 }, heading: 1 });
    const total = out.paragraphs.find((p) => p.text.startsWith('2024年度收入总计'))!;
    expect(total.heading).toBeUndefined();
    const s = splitSentences(out.paragraphs).find((x) => x.text.startsWith('2024年度收入总计'))!;
    expect(s.section).toEqual(['第三部分 情况说明', '一、收入支出决算总体情况说明']);
    expect(s.ref.line).toBe(total.ref.line);
  });

  it('turns Word tables into grids 表N (colspan kept as blank cells) and keeps their text out of the paragraphs', async () => {
    const cell = (t: string, columnSpan?: number) => new TableCell({ children: [new Paragraph(t)], ...(columnSpan ? { columnSpan } : {}) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '一、收入决算情况说明', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ children: [new TextRun('2024年度收入合计465.34万元。')] }),
            new Table({ rows: [new TableRow({ children: [cell('项目', 2), cell('金额')] }), new TableRow({ children: [cell('201'), cell('一般公共服务支出'), cell('411.00')] })] }),
            new Paragraph('注：单位万元'),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const out = await readDocx(Buffer.from(bytes), 'x.docx');
    expect(out.paragraphs.map((p) => [p.ref.line, p.text, p.heading ?? 0])).toEqual([
      [1, '一、收入决算情况说明', 2],
      [2, '2024年度收入合计465.34万元。', 0],
      [3, '注：单位万元', 0],
    ]);
    expect(out.grids).toHaveLength(1);
    const g = out.grids[0];
    expect([g.sheet, g.tableIndex, g.rowCount, g.colCount]).toEqual(['表1', 1, 2, 3]);
    expect(g.rows[0][0]?.raw).toBe('项目');
    expect(g.rows[0][2]?.raw).toBe('金额');
    expect(g.rows[1].map((c) => c?.raw)).toEqual(['201', '一般公共服务支出', '411.00']);
    expect(g.rows[1][2]?.address).toBe('C2');
  });

  it('rejects a file that is not a zip', async () => {
    await expect(readDocx(Buffer.from('not a docx at all'), 'bad.docx')).rejects.toMatchObject({ messageId: 'fileCorrupt' });
  });

  it('decodes entities and <br> inside blocks', () => {
    expect(walkHtml('<p>A &amp; B<br />C</p><table><tr><td><p>x</p><p>y</p></td></tr></table>')).toEqual({
      blocks: [{ text: 'A & B\nC' }],
      tables: [[['x\ny']]],
    });
  });
});
