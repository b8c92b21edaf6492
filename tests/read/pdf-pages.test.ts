/**
 * Findings on a PDF point at the page they are printed on (LintMessage.page, Related.page): a
 * table finding at its cell's page, a title or blank cell at the page of its table's rows, a
 * narrative finding at the page of the printed line its figure is on. The workbook rendition has
 * no pages.
 * fixtures/corpus/sh-plan.pdf is the published 30-page 部门决算 (see fixtures/README.md).
 */
import path from 'node:path';
import { lintRun } from '../../src/index';
import type { LintDocument, LintMessage } from '../../src/types';

const C = (f: string) => path.join(__dirname, '../../fixtures/corpus', f);

/** The page of each ledger cell, by sheet and address, and of each narrative line. */
function pagesOf(doc: LintDocument): { cells: Map<string, number>; lines: Map<number, number> } {
  const cells = new Map<string, number>();
  for (const t of doc.tables) for (const r of t.rows) for (const c of r.cells.values()) if (c.ref.page !== undefined && c.ref.cell) cells.set(`${c.ref.sheet}!${c.ref.cell}`, c.ref.page);
  const lines = new Map<number, number>();
  for (const p of doc.narrative) if (p.ref.page !== undefined && p.ref.line !== undefined) lines.set(p.ref.line, p.ref.page);
  return { cells, lines };
}

describe('pages in the locations of PDF findings', () => {
  let messages: LintMessage[];
  let doc: LintDocument;
  let workbook: LintMessage[];
  beforeAll(async () => {
    const pdf = await lintRun([C('sh-plan.pdf')], { config: {} });
    messages = pdf.results.flatMap((r) => r.messages);
    doc = pdf.documents[0];
    const wb = await lintRun([C('sh-plan.xlsx'), C('sh-plan.md')], { config: {} });
    workbook = wb.results.flatMap((r) => r.messages);
  });

  it('every finding on the PDF has a page within the document', () => {
    expect(messages.length).toBeGreaterThan(10);
    for (const m of messages) expect([m.ruleId, m.cell ?? m.line, m.page !== undefined && m.page >= 1 && m.page <= 30]).toEqual([m.ruleId, m.cell ?? m.line, true]);
  });

  it("a table finding is on its cell's page, which is one of its table's pages", () => {
    const { cells } = pagesOf(doc);
    const onCells = messages.filter((m) => m.cell !== undefined && cells.has(`${m.sheet}!${m.cell}`));
    expect(onCells.length).toBeGreaterThan(5);
    for (const m of onCells) {
      expect(m.page).toBe(cells.get(`${m.sheet}!${m.cell}`));
      // the sheet of a PDF table is named by its pages: 第12–13页 holds pages 12 and 13
      const [, from, to] = /^第(\d+)(?:–(\d+))?页/.exec(m.sheet!)!;
      expect(m.page).toBeGreaterThanOrEqual(Number(from));
      expect(m.page).toBeLessThanOrEqual(Number(to ?? from));
    }
    // a table continued over two pages: findings on both of them
    const split = messages.filter((m) => m.sheet === '第12–13页');
    expect(new Set(split.map((m) => m.page))).toEqual(new Set([12, 13]));
  });

  it('a cell that is no figure (the title line, a blank cell) takes the page of its table', () => {
    const title = messages.find((m) => m.ruleId === 'doc/other-body');
    expect(title).toMatchObject({ sheet: '第7页', cell: 'A2', page: 7 });
  });

  it('a narrative finding is on the page of the printed line its offset falls on', () => {
    const narrative = messages.filter((m) => m.sheet === undefined && m.line);
    expect(narrative.length).toBeGreaterThan(3);
    for (const m of narrative) {
      const printed = printedLineAt(doc, m.line, m.column);
      expect([m.line, m.page]).toEqual([m.line, printed.region.page]);
    }
    // the 情况说明 follows the tables: its findings are on later pages than any table's
    const lastTablePage = Math.max(...messages.filter((m) => m.cell).map((m) => m.page!));
    for (const m of narrative) expect(m.page!).toBeGreaterThan(lastTablePage);
  });

  it('related cells and sentences carry their pages too', () => {
    const related = messages.flatMap((m) => m.related ?? []).filter((x) => x.cell !== undefined || x.line !== undefined);
    expect(related.length).toBeGreaterThan(10);
    for (const x of related) expect([x.sheet, x.cell, x.line, typeof x.page]).toEqual([x.sheet, x.cell, x.line, 'number']);
  });

  it('the workbook rendition has no page anywhere', () => {
    expect(workbook.length).toBeGreaterThan(0);
    expect(JSON.stringify(workbook)).not.toContain('"page"');
    expect(workbook.some((m) => m.region !== undefined || m.related?.some((x) => x.region !== undefined))).toBe(false);
  });

  it("a table finding carries its cell's printed region: page, box inside the page, page size", () => {
    const onCells = messages.filter((m) => m.cell !== undefined);
    expect(onCells.length).toBeGreaterThan(5);
    for (const m of onCells) {
      const r = m.region!;
      expect([m.sheet, m.cell, r.page]).toEqual([m.sheet, m.cell, m.page]);
      const [x0, y0, x1, y1] = r.box;
      const [w, h] = r.pageSize!;
      expect(0 <= x0 && x0 < x1 && x1 <= w && 0 <= y0 && y0 < y1 && y1 <= h).toBe(true);
    }
    // the title line of 收入支出决算总表 on portrait page 7; the table continued on pages 12–13 is landscape
    const title = messages.find((m) => m.ruleId === 'doc/other-body')!;
    expect(title.region!.pageSize).toEqual([595.32, 841.92]);
    expect(messages.find((m) => m.sheet === '第12–13页')!.region!.pageSize).toEqual([841.92, 595.32]);
  });

  it('related cells carry their regions too, a blank printed cell where its row and column cross', () => {
    const related = messages.flatMap((m) => m.related ?? []).filter((x) => x.cell !== undefined);
    expect(related.length).toBeGreaterThan(10);
    for (const x of related) expect([x.sheet, x.cell, x.region?.page]).toEqual([x.sheet, x.cell, x.page]);
    // two cells of one row share its top and bottom; two of one column its left and right
    const split = related.filter((x) => x.sheet === '第12–13页' && x.page === 12);
    expect(split.length).toBeGreaterThan(3);
    const bands = (part: (cell: string) => string, ends: (b: number[]) => string): Set<string>[] => {
      const by = new Map<string, Set<string>>();
      for (const x of split) {
        const k = part(x.cell!);
        by.set(k, (by.get(k) ?? new Set()).add(ends(x.region!.box)));
      }
      return [...by.values()];
    };
    expect(bands((c) => c.replace(/^[A-Z]+/, ''), (b) => `${b[1]},${b[3]}`).every((s) => s.size === 1)).toBe(true);
    expect(bands((c) => c.replace(/\d+$/, ''), (b) => `${b[0]},${b[2]}`).every((s) => s.size === 1)).toBe(true);
    // a blank cell is on the page its row is printed on (D16 of 第12–13页 is on page 12)
    const blank = related.find((x) => x.sheet === '第12–13页' && x.cell === 'D16');
    expect(blank?.page).toBe(12);
  });

  it("a narrative finding carries the printed line its figure is on, inside the page; related figures theirs", () => {
    const narrative = messages.filter((m) => m.sheet === undefined && m.line);
    expect(narrative.length).toBeGreaterThan(3);
    for (const m of narrative) {
      const printed = printedLineAt(doc, m.line, m.column);
      expect(m.region).toEqual(printed.region);
      const [x0, y0, x1, y1] = m.region!.box;
      const [w, h] = m.region!.pageSize!;
      expect(0 <= x0 && x0 < x1 && x1 <= w && 0 <= y0 && y0 < y1 && y1 <= h).toBe(true);
      // the figure the finding names is printed on that line (or begins there)
      if (m.column > 1 && m.actual && /^\d/.test(m.actual)) expect(printed.text).toMatch(/\d/);
    }
    const sentences = messages.flatMap((m) => m.related ?? []).filter((x) => x.sheet === undefined && x.line !== undefined);
    expect(sentences.length).toBeGreaterThan(3);
    for (const x of sentences) expect([x.line, x.region?.page]).toEqual([x.line, x.page]);
  });
});

/** The printed line of the paragraph at `line` that holds character `column`, with its text. */
function printedLineAt(doc: LintDocument, line: number, column: number): { region: NonNullable<LintMessage['region']>; text: string } {
  const p = doc.narrative.find((x) => x.ref.line === line)!;
  const lines = p.printed!;
  const offset = column - 1;
  const i = lines.map((l) => l.offset <= offset).lastIndexOf(true);
  return { region: lines[i].region, text: p.text.slice(lines[i].offset, lines[i + 1]?.offset ?? p.text.length) };
}
