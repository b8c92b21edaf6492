import { createHash } from 'node:crypto';
import html from '../../src/report/html';
import { JS } from '../../src/report/html-assets';
import { ALL, ctx, errorAndTail, hostile, messageCount, HOSTILE_SHEET } from './fixtures';

const dataBlock = (out: string): string => /<script type="application\/json" id="bl-data">([\s\S]*?)<\/script>/.exec(out)![1];

describe('html formatter', () => {
  it.each(ALL)('%s: self-contained, one row per finding, data matches', (_n, rs) => {
    const out = html(rs, ctx()) as string;
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(out).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(out.match(/data-finding="/g)?.length ?? 0).toBe(messageCount(rs));
    const data = JSON.parse(dataBlock(out));
    expect(data.findings).toHaveLength(messageCount(rs));
    expect(out.match(/<script/g)).toHaveLength(2);
  });

  it('CSP pins the inline script by hash', () => {
    const out = html(errorAndTail, ctx()) as string;
    const hash = createHash('sha256').update(JS, 'utf8').digest('base64');
    expect(out).toContain(`script-src 'sha256-${hash}'`);
    expect(out).toContain(`<script>${JS}</script>`);
  });

  it('sheet grid highlights the offending cell and knows its related cells', () => {
    const out = html(errorAndTail, ctx()) as string;
    expect(out).toMatch(/<td data-cell="C10" class="bad err" data-f="0"/);
    expect(out).toMatch(/<td data-cell="C13" class="bad" data-f="1"/);
    expect(out).toContain('<svg class="chart"');
    expect(out).toContain('收入决算表');
    const data = JSON.parse(dataBlock(out));
    expect(data.findings[0]).toMatchObject({ actual: '12.00', expected: '13.00', sheet: '公开02表', cell: 'C10' });
    expect(data.findings[0].related).toHaveLength(2);
  });

  it('escapes everything from the document', () => {
    const out = html(hostile, ctx()) as string;
    expect(out).not.toContain('<img');
    expect(out.match(/<script/g)).toHaveLength(2);
    expect(out).not.toMatch(/<\/script><script>alert/);
    expect(out).toContain('&#60;img src=x onerror=alert(1)&#62;');
    const block = dataBlock(out);
    expect(block).not.toMatch(/[<>]/);
    expect(block).not.toContain('\u2028');
    const data = JSON.parse(block);
    expect(data.findings[0].sheet).toBe(HOSTILE_SHEET);
    expect(data.grids[0].sheet).toBe(HOSTILE_SHEET);
  });

  it('english UI with lang en', () => {
    const out = html(errorAndTail, ctx({ lang: 'en' })) as string;
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('budget-lint report');
  });

  it('works without sources (no sheet view)', () => {
    const out = html(errorAndTail, ctx({ sources: undefined })) as string;
    expect(out).not.toContain('class="grid"');
    expect(out.match(/data-finding="/g)).toHaveLength(2);
  });
});
