/**
 * The HTML report draws where a PDF finding's cell is printed: an inline SVG page map in the
 * finding's row (printable) and in the detail panel, the page at 160 px wide, the flagged box
 * filled, related boxes on the same page outlined, captioned 第 8 页 D14 / p. 8 D14. Workbook
 * findings have no region and get no map.
 */
import { JSDOM } from 'jsdom';
import html from '../../src/report/html';
import { pageMap } from '../../src/report/html-map';
import type { LintMessage, LintResult } from '../../src/types';
import { coverage, ctx, errorAndTail, pdfFindings } from './fixtures';

const PDF = pdfFindings[0].filePath;
const A4: [number, number] = [595.32, 841.92];

/** A 收入决算表 figure on portrait page 8, with one related cell on page 8 and one on page 10. */
const finding: LintMessage = {
  ruleId: 'sum/subject-hierarchy', severity: 2, message: '款 20101 合计 12.00 不等于各项之和 13.00', messageId: 'classNotSum',
  line: 14, column: 4, sheet: '第8页', cell: 'D14', page: 8, region: { page: 8, box: [100, 200, 160, 220], pageSize: A4 },
  table: '收入决算表', source: 'table', actual: '12.00', expected: '13.00',
  related: [
    { label: '2010101', file: PDF, sheet: '第8页', cell: 'D12', page: 8, region: { page: 8, box: [300, 400, 350, 401], pageSize: A4 }, value: '6.00' },
    { label: '2010102', file: PDF, sheet: '第10页', cell: 'C5', page: 10, region: { page: 10, box: [10, 10, 20, 20], pageSize: A4 }, value: '7.00' },
  ],
};
const results: LintResult[] = [{ ...pdfFindings[0], messages: [finding], errorCount: 1, warningCount: 0, coverage: coverage() }];
const svgOf = (out: string): string => /<svg[\s\S]*?<\/svg>/.exec(out)?.[0] ?? '';

describe('page map of a PDF finding', () => {
  it('draws the page at 160 px wide and the box at the scaled coordinates', () => {
    const svg = svgOf(pageMap(finding, 'zh'));
    // scale 160 / 595.32: the page is 226.3 px high; [100, 200, 160, 220] → x 26.9, y 53.8, 16.1 × 5.4
    expect(svg).toContain('width="160" height="226.3" viewBox="0 0 160 226.3"');
    expect(svg).toContain('<rect x="26.9" y="53.8" width="16.1" height="5.4" class="mark" fill="#c62828"');
    // the related cell on the same page outlined (a 1 pt high box kept visible at 2 px), the one on page 10 not drawn
    expect(svg).toContain('<rect x="80.6" y="107.5" width="13.4" height="2" class="rel" fill="none"');
    expect(svg.match(/class="rel"/g)).toHaveLength(1);
  });

  it('is captioned and labelled for assistive technology, in both languages', () => {
    const zh = pageMap(finding, 'zh');
    expect(zh).toContain('<figcaption>第 8 页 D14</figcaption>');
    expect(zh).toMatch(/<svg [^>]*role="img" aria-label="第 8 页 D14在页面上的位置"/);
    const en = pageMap(finding, 'en');
    expect(en).toContain('<figcaption>p. 8 D14</figcaption>');
    expect(en).toContain('aria-label="Where p. 8 D14 is printed on the page"');
  });

  it('is self-contained: no link, image or script in it', () => {
    const svg = svgOf(pageMap(finding, 'zh'));
    expect(svg).not.toMatch(/href|<image|<script|url\(/);
  });

  it('a warning is drawn in the warning colour', () => {
    expect(pageMap({ ...finding, severity: 1 }, 'zh')).toContain('class="mark" fill="#b26a00"');
  });

  it('nothing for a finding without a region or without a page size', () => {
    expect(pageMap({ ...finding, region: undefined }, 'zh')).toBe('');
    expect(pageMap({ ...finding, region: { page: 8, box: [1, 2, 3, 4] } }, 'zh')).toBe('');
  });

  it("the report shows it in the finding's row; workbook findings show none", () => {
    const out = String(html(results, ctx()));
    const row = /<tr class="finding[\s\S]*?<\/tr>/.exec(out)![0];
    expect(row).toContain('<figure class="page-map">');
    expect(svgOf(row)).toContain('<rect x="26.9" y="53.8"');
    expect(String(html(errorAndTail, ctx()))).not.toContain('page-map"');
  });

  it('the detail panel, opened from the finding, shows the same map', () => {
    const doc = new JSDOM(String(html(results, ctx())), { runScripts: 'dangerously', pretendToBeVisual: true }).window.document;
    doc.querySelector<HTMLElement>('tr.finding')!.dispatchEvent(new doc.defaultView!.MouseEvent('click', { bubbles: true }));
    const map = doc.querySelector('#detail figure.page-map svg[role="img"]');
    expect(map?.getAttribute('aria-label')).toBe('第 8 页 D14在页面上的位置');
    expect(doc.querySelector('#detail figure.page-map rect.mark')?.getAttribute('x')).toBe('26.9');
  });
});
