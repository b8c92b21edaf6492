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
    // "其中：" ends a sentence (src/narrative/sentences.ts): its item is a sentence of its own under the same heading
    expect(splitSentences(paras).map((s) => s.section[0])).toEqual(['一、收入支出决算总体情况说明', '一、收入支出决算总体情况说明', '三、支出决算情况说明', '三、支出决算情况说明']);
  });
});

describe('merged cells (applyMerges)', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { applyMerges } = require('../../src/read/xlsx') as typeof import('../../src/read/xlsx');
  const { gridFromText } = require('../../src/read/grid') as typeof import('../../src/read/grid');
  const range = (r1: number, c1: number, r2: number, c2: number) => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });
  const numeric = (g: ReturnType<typeof gridFromText>) => {
    for (const row of g.rows) for (const c of row) if (c && /^\d+(\.\d+)?$/.test(c.raw)) c.value = Number(c.raw);
    return g;
  };
  it('a header over sub-headers is copied into every column it spans', () => {
    const g = numeric(gridFromText('x.xlsx', 'S', [['预算数', '', ''], ['合计', '出国', '接待'], ['1.00', '0.50', '0.50']]));
    applyMerges(g, [range(0, 0, 0, 2)]);
    expect(g.rows[0].map((c) => c?.raw)).toEqual(['预算数', '预算数', '预算数']);
  });
  it('a row label merged over its code and name columns (合计 | | 9746.50) makes no second label', () => {
    const g = numeric(gridFromText('x.xlsx', 'S', [['合计', '', '9746.50'], ['208', '社会保障和就业支出', '754.75']]));
    applyMerges(g, [range(0, 0, 0, 1)]);
    expect(g.rows[0][1]).toBeUndefined();
  });
  it('a label merged over a blank value cell (项目名称 | | 培训费) is not copied into it', () => {
    const g = gridFromText('x.xlsx', 'S', [['项目名称', '', '培训费'], ['主管部门', '', '网信办']]);
    applyMerges(g, [range(0, 0, 0, 1), range(1, 0, 1, 1)]);
    expect(g.rows[0][1]).toBeUndefined();
  });
  it('一级指标 merged over the rows of its block leaves them blank, as the unmerged form', () => {
    const g = numeric(gridFromText('x.xlsx', 'S', [['产出指标', '数量指标', '10', '10'], ['', '质量指标', '10', '8']]));
    applyMerges(g, [range(0, 0, 1, 0)]);
    expect(g.rows[1][0]).toBeUndefined();
  });
  it('a figure stored as text merged over the blank cells to its right (得分 5 over 偏差度, 偏差原因) is not copied', () => {
    const g = gridFromText('x.xlsx', 'S', [['一级指标', '二级指标', '分值', '得分', '偏差度', '偏差原因'], ['产出指标', '质量指标', '5', '5', '', ''], ['', '时效指标', '10', '8', '', '分批购买']]);
    applyMerges(g, [range(1, 3, 1, 5)]);
    expect(g.rows[1].map((c) => c?.raw)).toEqual(['产出指标', '质量指标', '5', '5']);
  });
  it('a full-width figure stored as text (０．５０) merged across its row is not copied either', () => {
    const g = gridFromText('x.xlsx', 'S', [['', '全年预算数', '全年执行数', '执行率'], ['上年结转资金', '０．５０', '', ''], ['绩效指标', '一级指标', '二级指标', '三级指标']]);
    applyMerges(g, [range(1, 1, 1, 3)]);
    expect(g.rows[1][2]).toBeUndefined();
  });
  it('一级指标 merged over rows whose figures are stored as text leaves them blank, as the unmerged form', () => {
    const g = gridFromText('x.xlsx', 'S', [['产出指标', '数量指标', '10', '10'], ['', '质量指标', '10', '8']]);
    applyMerges(g, [range(0, 0, 1, 0)]);
    expect(g.rows[1][0]).toBeUndefined();
  });
  it('a two-row column header is copied down', () => {
    const g = gridFromText('x.xlsx', 'S', [['项目', '本年收入合计'], ['科目名称', ''], ['合计', '1']]);
    applyMerges(g, [range(0, 1, 1, 1)]);
    expect(g.rows[1][1]?.raw).toBe('本年收入合计');
  });
});

describe('narrative lines cut mid-sentence (paragraphsFromText)', () => {
  const { paragraphsFromText } = require('../../src/read/text') as typeof import('../../src/read/text');
  it('a line broken inside a sentence is one paragraph', () => {
    const p = paragraphsFromText('2024年度一般公共预算财政拨款支\n出502.98万元，主要用于以下方面：\n', 'a.md');
    expect(p.map((x) => x.text)).toEqual(['2024年度一般公共预算财政拨款支出502.98万元，主要用于以下方面：']);
    expect(p[0].ref.line).toBe(1);
  });
  it('lines that end a clause, headings, items and blank lines still end paragraphs', () => {
    const p = paragraphsFromText('一、收入决算情况说明\n2024年度收入合计465.34万元，其中：\n财政拨款收入465.34万元。\n1、收入说明\n\n本单位无其他需要说明的事项\n（一）基本支出', 'a.md');
    expect(p.map((x) => x.text)).toEqual(['一、收入决算情况说明', '2024年度收入合计465.34万元，其中：', '财政拨款收入465.34万元。', '1、收入说明', '本单位无其他需要说明的事项', '（一）基本支出']);
  });
});
