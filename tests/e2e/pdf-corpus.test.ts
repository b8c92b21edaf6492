/**
 * The published PDF and its workbook + narrative renditions (fixtures/corpus/, see
 * fixtures/README.md) must give the same tables — kinds, titles, subjects and codes, figures — and
 * the same findings (rule, severity, figures; locations aside).
 */
import path from 'node:path';
import { lintRun } from '../../src/index';
import type { LintDocument, LintMessage, LintResult } from '../../src/types';

const C = (f: string) => path.join(__dirname, '../../fixtures/corpus', f);

/** A table as a reader of the ledger sees it: kind, title, unit, and every row's subject and figures. */
function tablesOf(doc: LintDocument): string[] {
  return doc.tables.map((t) =>
    [
      `${t.kind} ${t.title} ${t.unit ?? ''} ${t.empty ? 'empty' : ''}`,
      `columns ${t.columns.map((c) => c.key).join(',')}`,
      ...t.rows.map((r) => `${r.key ?? ''}|${r.code ?? ''}|${r.name}|${[...r.cells].map(([k, c]) => `${k}=${c.value === null ? '' : c.value.toString()}${c.percent ? '%' : ''}`).join(',')}`),
    ].join('\n'),
  );
}

const finding = (m: LintMessage) => [m.ruleId, m.tailOf ?? '', m.severity, m.messageId ?? '', m.actual ?? '', m.expected ?? '', m.doubt ? 'doubt' : ''].join(' | ');
const findings = (rs: LintResult[]) => rs.flatMap((r) => r.messages).map(finding).sort();

async function both(name: string) {
  const pdf = await lintRun([C(`${name}.pdf`)], { config: {} });
  const wb = await lintRun([C(`${name}.xlsx`), C(`${name}.md`)], { config: {} });
  return { pdf, wb };
}

describe.each(['sh-plan', 'sh-social'])('%s: the PDF reads as its xlsx + md', (name) => {
  let runs: Awaited<ReturnType<typeof both>>;
  beforeAll(async () => {
    runs = await both(name);
  });

  it('reads without a fatal problem, one document', () => {
    expect(runs.pdf.results.every((r) => r.fatalErrorCount === 0)).toBe(true);
    expect(runs.pdf.documents).toHaveLength(1);
    expect(runs.pdf.documents[0].kind).toBe('final');
  });

  it('gives the same tables: kinds, titles, subjects, codes and figures', () => {
    const p = tablesOf(runs.pdf.documents[0]);
    const w = tablesOf(runs.wb.documents[0]);
    expect(p.length).toBeGreaterThanOrEqual(8);
    expect(p).toEqual(w);
  });

  it('gives the same findings: rule, severity, figures', () => {
    const p = findings(runs.pdf.results);
    expect(p.length).toBeGreaterThan(0);
    expect(p).toEqual(findings(runs.wb.results));
  });

  it('reads the narrative: the same figures in the same number of sentences', () => {
    const d = runs.pdf.documents[0];
    const w = runs.wb.documents[0];
    expect(d.narrativeStats.sentencesWithNumbers).toBe(w.narrativeStats.sentencesWithNumbers);
    expect(d.claims.length).toBe(w.claims.length);
    // every paragraph points at its page
    expect(d.narrative.every((p) => typeof p.ref.page === 'number' && p.ref.page >= 1)).toBe(true);
  });

  it('every table cell carries its page, row, column and box; merged header cells their spans', () => {
    const grids = [...runs.pdf.sources.values()].flat();
    expect(grids.length).toBeGreaterThanOrEqual(8);
    const cells = grids.flatMap((g) => g.rows.flatMap((r) => r.filter((c): c is NonNullable<typeof c> => !!c)));
    expect(cells.every((c) => typeof c.page === 'number' && c.bbox && c.bbox[0] < c.bbox[2] && c.bbox[1] < c.bbox[3])).toBe(true);
    expect(cells.some((c) => (c.colSpan ?? 1) > 1)).toBe(true);
    expect(cells.some((c) => (c.rowSpan ?? 1) > 1)).toBe(true);
    expect(grids.every((g) => g.placedBy === 'rules')).toBe(true);
  });
});

describe('sh-template: the blank template', () => {
  it('reads its tables and finds no arithmetic error; the same findings as its xlsx + md', async () => {
    const { pdf, wb } = await both('sh-template');
    const doc = pdf.documents[0];
    expect(doc.tables.length).toBeGreaterThanOrEqual(8);
    expect(tablesOf(doc)).toEqual(tablesOf(wb.documents[0]));
    // Nothing but placeholders, from either rendition. The excerpts quoted differ in spacing (the PDF's
    // text layer spaces Latin letters from Han: "上海市 XX 局"), so the sets are compared by rule and kind.
    const msgs = pdf.results.flatMap((r) => r.messages);
    const wbMsgs = wb.results.flatMap((r) => r.messages);
    expect(new Set(msgs.map((m) => m.ruleId))).toEqual(new Set(['doc/placeholder']));
    expect(new Set(msgs.map((m) => m.messageId))).toEqual(new Set(wbMsgs.map((m) => m.messageId)));
    expect(msgs.length).toBeGreaterThan(100);
    expect(Math.abs(msgs.length - wbMsgs.length)).toBeLessThanOrEqual(Math.ceil(wbMsgs.length * 0.05));
  });
});

describe('a folder with a PDF and its workbook + narrative', () => {
  it('reads one document: tables from the workbook, the narrative from the .md, the PDF named as an unused rendition', async () => {
    const run = await lintRun([C('sh-social.pdf'), C('sh-social.md'), C('sh-social.xlsx')], { config: {} });
    expect(run.documents.map((d) => d.inputs.map((f) => path.basename(f)))).toEqual([['sh-social.xlsx', 'sh-social.md']]);
    const notes = run.results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'doc/duplicate-rendition');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain('sh-social.pdf');
  });
});
