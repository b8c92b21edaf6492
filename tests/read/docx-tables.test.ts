/** Word tables with merged cells: rowspans leave '' in the covered rows, so columns stay aligned. */
import fs from 'node:fs';
import path from 'node:path';
import { readDocxTables, tablesFromHtml } from '../../src/read/docx-tables';
import { readDocx } from '../../src/read/docx';
import { recognize } from '../../src/recognize';

const FX = path.join(__dirname, '../../fixtures/seed-001');

describe('tablesFromHtml', () => {
  it('lays rowspan and colspan cells out on the grid', () => {
    const html = '<table><tr><td rowspan="2">产出指标</td><td>数量指标</td><td colspan="2">x</td></tr><tr><td>质量指标</td><td>a</td><td>b</td></tr><tr><td>效益指标</td><td>c</td><td>d</td><td>e</td></tr></table>';
    expect(tablesFromHtml(html)).toEqual([[['产出指标', '数量指标', 'x', ''], ['', '质量指标', 'a', 'b'], ['效益指标', 'c', 'd', 'e']]]);
  });

  it('keeps a covered last column', () => {
    expect(tablesFromHtml('<table><tr><td>a</td><td rowspan="2">b</td></tr><tr><td>c</td></tr></table>')).toEqual([[['a', 'b'], ['c', '']]]);
  });
});

describe.each(['001.docx', '001-libreoffice.docx'])('seed 001 %s', (name) => {
  it('indicator rows have all six columns, and recognition is the same as through docx.ts', async () => {
    const bytes = fs.readFileSync(path.join(FX, name));
    const grids = await readDocxTables(bytes, name);
    const indicators = grids.find((g) => g.rows[0]?.[0]?.raw === '一级指标');
    expect(indicators?.rows[2]?.[1]?.raw).toBe('质量指标');
    expect(indicators?.rows[2]?.[2]?.raw).toBe('突发事件处置率');
    const viaDocx = recognize((await readDocx(bytes, name)).grids).tables;
    const viaTables = recognize(grids).tables;
    const brief = (ts: typeof viaDocx) => ts.map((t) => [t.kind, t.rows.map((r) => [r.key, r.code, r.name, [...r.cells].map(([k, c]) => `${k}=${c.raw}`).join(',')].join('|'))]);
    expect(brief(viaTables)).toEqual(brief(viaDocx));
  });
});
