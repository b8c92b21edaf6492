/**
 * Headers as printed: a Word/PDF-converted table that lost its merges (a group label over the first
 * of its columns only, the cells it covered gone, data rows wider than the header) is placed on the
 * data's columns; where the words cannot fix the placement the column reading is weak.
 */
import { gridFromText } from '../../src/read/grid';
import { recognize } from '../../src/recognize/index';
import { columnLabels } from '../../src/recognize/final/header';
import { projection, recognizeFiles } from './final-helpers';

const E = '';

describe('columnLabels on a header that lost its merges', () => {
  it('puts 合计 / 基本支出 / 项目支出 over their figures, not one column left', () => {
    const grid = gridFromText('t.docx', '表5', [
      ['序号', '功能分类科目', '合计', '基本支出', '项目支出'],
      [E, '科目编码', '科目名称'],
      ['栏次', '1', '2', '3', '4', '5'],
      ['1', E, '合计', '116.76', '73.32', '43.44'],
    ]);
    const placement: { out?: { rows: number[]; byWords: boolean } } = {};
    const labels = columnLabels(grid, 0, 1, 4, placement);
    expect(labels.map((l) => l.text)).toEqual(['序号', '功能分类科目科目编码', '功能分类科目科目名称', '合计', '基本支出', '项目支出']);
    expect(placement.out).toEqual({ rows: [0], byWords: true });
    expect(labels[3].printed).toBe('基本支出');
  });

  it('splits 收入 | 支出 where the row below repeats 项目', () => {
    const grid = gridFromText('t.docx', '表1', [
      ['序号', '收入', '支出'],
      [E, '项目', '预算数', '项目', '预算数'],
      ['1', '一、一般公共预算拨款收入', '116.76', '一、一般公共服务支出', '101.43'],
    ]);
    expect(columnLabels(grid, 0, 1, 4).map((l) => l.text)).toEqual(['序号', '收入项目', '收入预算数', '支出项目', '支出预算数']);
  });

  it('leaves a header whose cells keep their places (blank cells under merges) as printed', () => {
    const grid = gridFromText('t.csv', 'S', [
      ['项目', E, '本年支出', E, E],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', '10.00', '6.00', '4.00'],
    ]);
    const placement: { out?: unknown } = {};
    expect(columnLabels(grid, 0, 1, 4, placement).map((l) => l.text)).toEqual(['项目科目编码', '项目科目名称', '本年支出合计', '本年支出基本支出', '本年支出项目支出']);
    expect(placement.out).toBeUndefined();
  });
});

describe('budget tables whose header lost its merges', () => {
  it('reads 支出总表 by its header words; counting alone makes the reading weak', () => {
    const byWords = gridFromText('t.docx', '表3', [
      ['序号', '功能分类科目', '合计', '基本支出', '项目支出'],
      [E, '科目编码', '科目名称'],
      ['栏次', '1', '2', '3', '4', '5'],
      ['1', E, '合计', '116.76', '73.32', '43.44'],
      ['2', '201', '一般公共服务支出', '101.43', '57.99', '43.44'],
    ]);
    const t = recognize([byWords]).tables[0];
    expect(t.kind).toBe('budget-gpb-expense');
    const total = t.rows.find((r) => r.key === 'total')!;
    expect([...total.cells].map(([k, c]) => `${k}=${c.raw}`).sort()).toEqual(['basic=73.32', 'project=43.44', 'total=116.76']);
    expect(t.columns.every((c) => c.reading?.strength === 'strong')).toBe(true);
  });

  it('a data 序号 the header does not name shifts the header by one, as a weak position reading', () => {
    const grid = gridFromText('t.docx', '表5', [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['1', E, '合计', '116.76', '73.32', '43.44'],
      ['2', '201', '一般公共服务支出', '101.43', '57.99', '43.44'],
      ['3', '20137', '网信事务', '101.43', '57.99', '43.44'],
    ]);
    const t = recognize([grid]).tables[0];
    const row = t.rows.find((r) => r.code === '201')!;
    expect(row.cells.get('total')?.raw).toBe('101.43');
    for (const c of t.columns) expect(c.reading).toMatchObject({ basis: 'position', strength: 'weak' });
  });
});

describe('seed 001 as a Word document with its header merges lost', () => {
  it('reads the same ledger as its workbook', async () => {
    const lost = await recognizeFiles('seed-001/001-merges-lost.docx');
    const xlsx = await recognizeFiles('seed-001/001.xlsx');
    // Titles and 注 lines: the workbook prints them in the sheet, the Word document as paragraphs.
    const strip = (lines: string[]) => lines.map((l) => l.replace(/^# (\S+) \S+(.*\]).*$/, '# $1$2'));
    expect(strip(projection(lost.tables))).toEqual(strip(projection(xlsx.tables)));
    expect(lost.unrecognised).toEqual([]);
  });
});

describe('the 上海 决算 tables as a Word document with their header merges lost', () => {
  it.each(['sh-plan', 'sh-social'])('%s: the nine tables read with the same rows and figures as the workbook', async (name) => {
    const lost = await recognizeFiles(`shanghai/${name}-merges-lost.docx`);
    const xlsx = await recognizeFiles(`corpus/${name}.xlsx`);
    expect(lost.unrecognised).toEqual([]);
    expect(lost.tables.map((t) => t.kind).sort()).toEqual(xlsx.tables.map((t) => t.kind).sort());
    // Word prints title and notes as paragraphs: compare the rows (key or code, and every figure).
    const rows = (out: typeof lost, kind: string) =>
      out.tables.find((t) => t.kind === kind)!.rows.map((r) => `${r.key ?? r.code} ${[...r.cells].map(([k, c]) => `${k}=${c.raw}`).sort().join(' ')}`);
    for (const t of xlsx.tables) expect([t.kind, ...rows(lost, t.kind)]).toEqual([t.kind, ...rows(xlsx, t.kind)]);
  });
});

describe('linting the 上海 merges-lost Word documents', () => {
  it.each(['sh-plan', 'sh-social'])('%s: the same findings as its workbook', async (name) => {
    const { lint } = await import('../../src/index');
    const { FIXTURES } = await import('./final-helpers');
    const path = await import('node:path');
    const [lost] = await lint([path.join(FIXTURES, `shanghai/${name}-merges-lost.docx`)]);
    const [xlsx] = await lint([path.join(FIXTURES, `corpus/${name}.xlsx`)]);
    const key = (m: { ruleId: string | null; severity: number; actual?: string; expected?: string }) => `${m.ruleId} ${m.severity} ${m.actual} ${m.expected}`;
    expect(lost.messages.map(key).sort()).toEqual(xlsx.messages.map(key).sort());
    expect(xlsx.messages.length).toBeGreaterThan(0);
  });
});
