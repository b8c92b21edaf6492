/**
 * 预算 tables laid out without the help of 栏次 rows and page breaks: a two-row header whose second
 * row holds only 科目编码 | 科目名称 (under a merged 功能分类科目), and a table continued on a second
 * sheet that repeats its title and header.
 */
import type { Grid, LedgerTable } from '../../src/types';
import { gridFromText } from '../../src/read/grid';
import { recognize } from '../../src/recognize/index';

const E = '';

/** 支出总表 rows under its two header rows (序号 | 功能分类科目 … over 科目编码 | 科目名称). */
const HEADER = [
  ['单位预算支出总表'],
  ['001001某某局', '预算年度：2024', '单位：万元'],
  ['序号', '功能分类科目', E, '合计', '基本支出', '项目支出', '经营支出'],
  [E, '科目编码', '科目名称', E, E, E, E],
];
const BODY = [
  ['1', E, '合计', '110.00', '70.00', '40.00', E],
  ['2', '201', '一般公共服务支出', '100.00', '60.00', '40.00', E],
  ['3', '20137', '网信事务', '100.00', '60.00', '40.00', E],
  ['4', '2013701', '行政运行', '100.00', '60.00', '40.00', E],
  ['5', '221', '住房保障支出', '10.00', '10.00', E, E],
  ['6', '22102', '住房改革支出', '10.00', '10.00', E, E],
  ['7', '2210201', '住房公积金', '10.00', '10.00', E, E],
];

const lines = (t: LedgerTable): string[] => t.rows.map((r) => `${r.key ?? r.code}:${r.cells.get('total')?.raw ?? ''}:${r.cells.get('basic')?.raw ?? ''}`);

describe('a 预算 header without a 栏次 row', () => {
  it('takes a second header row of 科目编码 | 科目名称 alone as header, so the codes and names are found', () => {
    const out = recognize([gridFromText('b.xlsx', 'S1', [...HEADER, ...BODY])]);
    const [t] = out.tables;
    expect(t).toMatchObject({ kind: 'budget-expense' });
    expect(t.empty).toBeUndefined();
    expect(lines(t)).toEqual(['total:110.00:70.00', '201:100.00:60.00', '20137:100.00:60.00', '2013701:100.00:60.00', '221:10.00:10.00', '22102:10.00:10.00', '2210201:10.00:10.00']);
  });

  it('still ends the header above a first body row of fewer than three texts that are not header words', () => {
    const grid = gridFromText('b.xlsx', 'S1', [
      ['政府性基金预算财政拨款支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      [E, '合计', E, E, E],
      ['注：本单位无政府性基金预算财政拨款，空表列示。'],
    ]);
    const [t] = recognize([grid]).tables;
    expect(t).toMatchObject({ kind: 'budget-fund', empty: true });
    expect(t.rows.map((r) => r.key)).toEqual(['total']);
  });
});

describe('a 预算 table continued on a second sheet', () => {
  const first = gridFromText('b.xlsx', 'S1', [...HEADER, ...BODY.slice(0, 4)]);
  const rest = gridFromText('b.xlsx', 'S1(续)', [...HEADER, ...BODY.slice(4)]);

  it('joins the second sheet’s rows to the first part: one table, every row', () => {
    const out = recognize([first, rest]);
    expect(out.tables).toHaveLength(1);
    expect(lines(out.tables[0])).toEqual(['total:110.00:70.00', '201:100.00:60.00', '20137:100.00:60.00', '2013701:100.00:60.00', '221:10.00:10.00', '22102:10.00:10.00', '2210201:10.00:10.00']);
    expect(out.tables[0].source.sheet).toBe('S1');
    expect(out.tables[0].rows[4].cells.get('total')?.ref).toMatchObject({ sheet: 'S1(续)', cell: 'D5' });
    expect(out.unrecognised).toEqual([]);
  });

  it('keeps another department’s table of the same kind apart', () => {
    const other = gridFromText('b.xlsx', 'S2', [HEADER[0], ['001002某某中心', '预算年度：2024', '单位：万元'], ...HEADER.slice(2), ...BODY]);
    expect(recognize([first, other]).tables).toHaveLength(2);
  });

  it('counts a continued 一般公共预算支出表 once when a title-less table of the same header follows', () => {
    const gpb = (sheet: string, body: string[][]): Grid =>
      gridFromText('b.xlsx', sheet, [['一般公共预算财政拨款支出表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ...body]);
    const untitled = gridFromText('b.xlsx', 'S3', [['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [E, '合计', '5.00', E, '5.00'], ['229', '其他支出', '5.00', E, '5.00']]);
    const out = recognize([gpb('S1', [[E, '合计', '10.00', '10.00', E], ['201', '一般公共服务支出', '6.00', '6.00', E]]), gpb('S1(续)', [['221', '住房保障支出', '4.00', '4.00', E]]), untitled]);
    expect(out.tables.map((t) => `${t.kind}:${t.rows.length}`)).toEqual(['budget-gpb-expense:3', 'budget-fund:2']);
  });
});
