/**
 * The HTML report's behaviour in a DOM (jsdom, the report's own script run): the header facts, the
 * severity / family / table filters, search, each grid scrolled to its flagged cell, a narrative
 * finding's sentence with the figure marked, values as printed, evidence and doubt, print CSS.
 * Built from the real seed-000 fixture through the library, as the CLI builds it.
 */
import path from 'node:path';
import { JSDOM } from 'jsdom';
import html from '../../src/report/html';
import { CSS } from '../../src/report/html-assets';
import { lintRun } from '../../src/index';
import type { LintRun } from '../../src/engine/lint';
import type { LintResult } from '../../src/types';
import { builtinRules } from '../../rules';
import { ctx, errorAndTail, WB } from './fixtures';

const ROOT = path.join(__dirname, '../..');
const SEED = path.join(ROOT, 'fixtures/seed-000');

function dom(page: string): Document {
  const d = new JSDOM(page, { runScripts: 'dangerously', pretendToBeVisual: true });
  return d.window.document;
}

const visible = (doc: Document): HTMLElement[] => [...doc.querySelectorAll<HTMLElement>('tr.finding')].filter((tr) => !tr.classList.contains('hidden'));

function change(doc: Document, id: string, value: string, type = 'change'): void {
  const el = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new doc.defaultView!.Event(type, { bubbles: true }));
}

describe('html report in a DOM, from seed 000', () => {
  let run: LintRun;
  let doc: Document;
  let results: LintResult[];
  beforeAll(async () => {
    run = await lintRun([path.join(SEED, '000.xlsx'), path.join(SEED, '000.md')], { cwd: ROOT, config: {} });
    results = run.results;
    const page = html(results, { lang: 'zh', color: false, cwd: ROOT, rulesMeta: new Map([...builtinRules].map(([id, r]) => [id, r.meta])), sources: run.sources, texts: run.texts, options: { version: '9.9.9', date: '2026-12-02' } }) as string;
    doc = dom(page);
  });

  it('the script ran', () => expect(doc.documentElement.getAttribute('data-report-ready')).toBe('1'));

  it('header: department, year, unit, date, tool version and coverage', () => {
    const facts = Object.fromEntries([...doc.querySelectorAll('dl.facts div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    const meta = results.find((r) => r.meta)!.meta!;
    expect(meta.department).toBeTruthy();
    expect(facts['部门']).toBe(meta.department);
    expect(facts['年度']).toBe(meta.year);
    expect(facts['金额单位']).toBe(meta.unit);
    expect(facts['检查日期']).toBe('2026-12-02');
    expect(facts['工具版本']).toBe('budget-lint 9.9.9');
    expect(facts['覆盖']).toContain(`${results[0].coverage.tables.length} 张公开表`);
    expect(facts['覆盖']).toContain(`${results[0].coverage.evaluations} 张自评表`);
  });

  it('filter by severity: only errors, and the count says so', () => {
    const all = visible(doc).length;
    change(doc, 'f-sev', '2');
    const errs = visible(doc);
    expect(errs.length).toBe(results.reduce((n, r) => n + r.errorCount, 0));
    expect(errs.every((tr) => tr.getAttribute('data-sev') === '2')).toBe(true);
    expect(doc.getElementById('f-count')!.textContent).toBe(`显示 ${errs.length} / ${all} 条`);
    change(doc, 'f-sev', '');
    expect(visible(doc)).toHaveLength(all);
  });

  it('filter by family hides the other families and their sections', () => {
    change(doc, 'f-family', 'narrative');
    const rows = visible(doc);
    expect(rows.length).toBe(results.flatMap((r) => r.messages).filter((m) => m.ruleId?.startsWith('narrative/')).length);
    const sections = [...doc.querySelectorAll('section.family')].filter((s) => !s.classList.contains('hidden'));
    expect(sections.map((s) => s.getAttribute('data-family'))).toEqual(['narrative']);
    change(doc, 'f-family', '');
  });

  it('filter by table', () => {
    const select = doc.getElementById('f-table') as HTMLSelectElement;
    const option = [...select.options].find((o) => o.textContent === '收入决算表')!;
    change(doc, 'f-table', option.value);
    const expected = results.flatMap((r) => r.messages).filter((m) => (m.table ?? m.sheet) === '收入决算表').length;
    expect(expected).toBeGreaterThan(0);
    expect(visible(doc)).toHaveLength(expected);
    change(doc, 'f-table', '');
  });

  it('search matches the text of a finding', () => {
    change(doc, 'f-search', '培训费', 'input');
    const rows = visible(doc);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((tr) => tr.textContent!.includes('培训费'))).toBe(true);
    expect(rows.length).toBeLessThan(doc.querySelectorAll('tr.finding').length);
    change(doc, 'f-search', '', 'input');
  });

  it('each grid is scrolled to its first flagged cell; label columns are sticky', () => {
    const wraps = [...doc.querySelectorAll('.gridwrap[data-first]')];
    expect(wraps.length).toBeGreaterThan(0);
    for (const w of wraps) {
      expect(w.getAttribute('data-scrolled-to')).toBe(w.getAttribute('data-first'));
      expect(w.querySelector(`td.bad[data-cell="${w.getAttribute('data-first')}"]`)).not.toBeNull();
    }
    // A 自评表 has text label columns (项目名称 / 指标): they are marked sticky.
    expect(doc.querySelectorAll('table.grid th.lab').length).toBeGreaterThan(0);
    expect(CSS).toMatch(/td\.lab\{position:sticky/);
  });

  it('a narrative finding shows its sentence with the figure marked', () => {
    const row = [...doc.querySelectorAll('tr.finding')].find((tr) => tr.querySelector('code')!.textContent === 'narrative/carry-over')!;
    const quote = row.querySelector('blockquote.quote')!;
    const m = results.flatMap((r) => r.messages).find((x) => x.ruleId === 'narrative/carry-over')!;
    expect(quote.querySelector('mark')!.textContent).toBe(m.actual);
    expect(quote.textContent).toContain(`L${m.line}`);
  });

  it('has a print stylesheet', () => expect(CSS).toContain('@media print'));
});

describe('html report: values as printed, evidence and doubt', () => {
  it('a figure given as 12 shows as the sheet prints it, 12.00', () => {
    const r = { ...errorAndTail[0], messages: [{ ...errorAndTail[0].messages[0], actual: '12' }] };
    const doc = dom(html([r], ctx()) as string);
    expect(doc.querySelector('tr.finding td.num')!.textContent).toBe('12.00');
  });

  it('a doubtful finding is marked and lists its readings, the weak one flagged', () => {
    const m = {
      ...errorAndTail[0].messages[0],
      severity: 1 as const,
      doubt: true as const,
      evidence: [
        { aspect: 'column' as const, as: '合计', basis: 'position' as const, strength: 'weak' as const },
        { aspect: 'row' as const, as: '20101', basis: 'code' as const, strength: 'strong' as const },
      ],
    };
    const doc = dom(html([{ ...errorAndTail[0], file: WB, messages: [m], errorCount: 0, warningCount: 1 } as LintResult], ctx()) as string);
    const row = doc.querySelector('tr.finding')!;
    expect(row.classList.contains('doubt')).toBe(true);
    expect(row.querySelector('.doubt-note')!.textContent).toBe('存疑，请复核');
    const items = [...row.querySelectorAll('ul.evidence li.weak, ul.evidence li.strong')];
    expect(items.map((li) => li.className)).toEqual(['weak', 'strong']);
    expect(items[0].textContent).toContain('合计');
  });
});
