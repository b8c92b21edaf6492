import { gridFromText } from '../../src/read/grid';
import { isTextSheet, paragraphsFromGrids } from '../../src/read/text-cells';
import { splitSentences } from '../../src/narrative/sentences';

describe('narrative inside the workbook', () => {
  const text = gridFromText('w.xlsx', '情况说明', [
    ['一、收入支出决算总体情况说明'],
    ['2024年度收入总计502.98万元，支出总计502.98万元。与上年相比，收入总计减少58.63万元，下降10.44%。'],
    ['三、支出决算情况说明'],
    ['2024年度支出合计502.98万元，其中：\n基本支出278.49万元，占比55.37%；'],
  ]);
  const table = gridFromText('w.xlsx', '公开03', [
    ['项目', '', '本年支出合计', '基本支出', '项目支出'],
    ['合计', '', '502.98', '278.49', '224.50'],
    ['注：本表反映部门本年度各项支出情况，金额单位为万元。'],
  ]);

  it('takes prose sheets and leaves tables alone', () => {
    expect(isTextSheet(text)).toBe(true);
    expect(isTextSheet(table)).toBe(false);
    const paras = paragraphsFromGrids([table, text]);
    expect(paras.map((p) => [p.ref.sheet, p.ref.cell, p.ref.line, p.heading ?? 0])).toEqual([
      ['情况说明', 'A1', 1, 2],
      ['情况说明', 'A2', 2, 0],
      ['情况说明', 'A3', 3, 2],
      ['情况说明', 'A4', 4, 0],
    ]);
    expect(splitSentences(paras).map((s) => s.section[0])).toEqual(['一、收入支出决算总体情况说明', '一、收入支出决算总体情况说明', '三、支出决算情况说明']);
  });
});
