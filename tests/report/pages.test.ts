/**
 * Findings on a PDF say their page wherever a formatter shows a location: 第 9 页 (zh) / p. 9 (en)
 * before the table and cell or the narrative line; SARIF, which has no page field, in
 * `properties.page`, with no text region into the PDF.
 */
import stylish from '../../src/report/stylish';
import compact from '../../src/report/compact';
import markdown from '../../src/report/markdown';
import junit from '../../src/report/junit';
import html from '../../src/report/html';
import { csvText } from '../../src/report/csv';
import { toSarif } from '../../src/report/sarif';
import json from '../../src/report/json';
import { locationText, relatedWhere } from '../../src/report/common';
import { JSDOM } from 'jsdom';
import { ctx, errorAndTail, pdfFindings } from './fixtures';

const [cellFinding, sentenceFinding] = pdfFindings[0].messages;
const en = ctx({ lang: 'en' });
const text = (out: string | Buffer) => String(out);

describe('page in the location of a PDF finding', () => {
  it('locationText: page, then table and cell, or the narrative line', () => {
    expect(locationText(cellFinding)).toBe('第 9 页 收入决算表 D14');
    expect(locationText(cellFinding, 'en')).toBe('p. 9 收入决算表 D14');
    expect(locationText(sentenceFinding)).toBe('第 24 页 L187:5');
    // a workbook finding is as it was
    expect(locationText(errorAndTail[0].messages[0])).toBe('公开02表!C10');
    // a related cell of the same table drops the sheet; one of another table keeps it
    expect(relatedWhere(cellFinding.related![0], cellFinding)).toBe('第 8 页 D12');
    expect(relatedWhere(cellFinding.related![1], cellFinding, 'en')).toBe('p. 10 第10页!C5');
  });

  it('stylish: 第 9 页 D14 under the table, and the page of a sentence', () => {
    const out = text(stylish(pdfFindings, ctx()));
    expect(out).toMatch(/^ {4}第 9 页 D14 +错误 {2}款 20101/m);
    expect(out).toMatch(/^ {2}第 24 页 187:5 +警告 {2}尾差/m);
    const verbose = text(stylish(pdfFindings, ctx({ options: { verbose: true } })));
    expect(verbose).toContain('2010101 第 8 页 D12 6.00');
    expect(text(stylish(pdfFindings, en))).toMatch(/p\. 9 D14 +error/);
    expect(text(stylish(errorAndTail, ctx()))).not.toContain('页 ');
  });

  it('compact: file:第 9 页 table cell', () => {
    const lines = text(compact(pdfFindings, ctx())).trim().split('\n');
    expect(lines[0].startsWith('2024决算.pdf:第 9 页 收入决算表 D14: 错误 ')).toBe(true);
    expect(lines[1].startsWith('2024决算.pdf:第 24 页 L187:5: 警告 ')).toBe(true);
    expect(text(compact(pdfFindings, en))).toContain('2024决算.pdf:p. 9 收入决算表 D14: error ');
  });

  it('markdown: the location cell says the page, the table once', () => {
    const out = text(markdown(pdfFindings, ctx()));
    expect(out).toContain('| 第 9 页 收入决算表 D14 | ❌');
    expect(out).toContain('| 第 24 页 L187:5 | ⚠️');
    expect(out.match(/收入决算表/g)).toHaveLength(1);
  });

  it('junit: the failure text and its related cells say their pages', () => {
    const out = text(junit(pdfFindings, ctx()));
    expect(out).toContain('第 9 页 收入决算表 D14 款 20101');
    expect(out).toContain('相关单元格: 2010101 第 8 页 D12 6.00');
    expect(out).toContain('第 24 页 L187:5');
    expect(text(junit(pdfFindings, en))).toContain('p. 9 收入决算表 D14');
  });

  it('html: the findings table and the detail data say the page', () => {
    const out = text(html(pdfFindings, ctx()));
    expect(out).toContain('<td>第 9 页 收入决算表 D14</td>');
    expect(out).toContain('<td>第 24 页 L187:5</td>');
    const data = JSON.parse(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(out)![1]) as { findings: { page?: number; where?: string; related?: { where?: string }[] }[] };
    const f = data.findings.find((x) => x.page === 9)!;
    expect(f.where).toBe('第 9 页 收入决算表 D14');
    expect(f.related!.map((r) => r.where)).toEqual(['第 8 页 D12', '第 10 页 第10页!C5']);
  });

  it('html: the detail panel, opened from a finding, says the page of it and of its related cells', () => {
    const doc = new JSDOM(text(html(pdfFindings, ctx())), { runScripts: 'dangerously', pretendToBeVisual: true }).window.document;
    const row = [...doc.querySelectorAll<HTMLElement>('tr.finding')].find((tr) => tr.textContent!.includes('D14'))!;
    row.dispatchEvent(new doc.defaultView!.MouseEvent('click', { bubbles: true }));
    const panel = doc.getElementById('detail')!.textContent!;
    expect(panel).toContain('第 9 页 收入决算表 D14');
    expect(panel).toContain('2010101 第 8 页 D12');
  });

  it('csv: a 页码 column, last, only when some finding has a page', () => {
    const lines = csvText(pdfFindings, ctx()).trim().split('\r\n');
    expect(lines[0].split(',').pop()).toBe('页码');
    expect(lines[1].split(',').pop()).toBe('9');
    expect(lines[2].split(',').pop()).toBe('24');
    expect(csvText(pdfFindings, en).split('\r\n')[0].split(',').pop()).toBe('Page');
    expect(csvText(errorAndTail, ctx()).split('\r\n')[0]).not.toContain('页码');
  });

  it('sarif: properties.page on the result and its locations, no line region into the PDF', () => {
    const log = toSarif(pdfFindings, ctx()) as { runs: { results: { properties: Record<string, unknown>; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: unknown }; logicalLocations?: { fullyQualifiedName: string }[]; properties?: { page: number } }[]; relatedLocations?: { message: { text: string }; physicalLocation: { region?: unknown }; properties?: { page: number } }[] }[] }[] };
    const [a, b] = log.runs[0].results;
    expect(a.properties.page).toBe(9);
    expect(a.locations[0].properties).toEqual({ page: 9 });
    expect(a.locations[0].physicalLocation.artifactLocation.uri).toBe(encodeURI('2024决算.pdf'));
    expect(a.locations[0].physicalLocation.region).toBeUndefined();
    expect(a.locations[0].logicalLocations![0].fullyQualifiedName).toBe('第8–9页!D14');
    expect(a.relatedLocations!.map((r) => r.properties?.page)).toEqual([8, 10]);
    expect(a.relatedLocations![0].message.text).toBe('2010101 第 8 页 D12 6.00');
    expect(b.properties.page).toBe(24);
    expect(b.locations[0].physicalLocation.region).toBeUndefined();
    // a workbook keeps its row region
    const wb = toSarif(errorAndTail, ctx()) as { runs: { results: { locations: { physicalLocation: { region?: { startLine: number } } }[]; properties: Record<string, unknown> }[] }[] };
    expect(wb.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 10, startColumn: 3 });
    expect(wb.runs[0].results[0].properties.page).toBeUndefined();
  });

  it('json: page is part of the message', () => {
    const out = JSON.parse(text(json(pdfFindings, ctx()))) as { messages: { page?: number }[] }[];
    expect(out[0].messages.map((m) => m.page)).toEqual([9, 24]);
  });
});
