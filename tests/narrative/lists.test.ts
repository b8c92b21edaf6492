/**
 * Lists whose items follow their marker as sentences ("其中：" then "A…。B…。"): the same items
 * whether the items are paragraphs of their own or run on in one paragraph (issue #11's
 * one-paragraph-per-section transformation), and only items of the first item's shape.
 */
import type { ListClaim } from '../../src/narrative/claim-types';
import { bare, withNarrative } from './helpers';
import { narrativeFindings } from './helpers-run';
import { doc, table } from '../helpers/ledger';

const lists = (lines: string[]): { total: string; items: string[] }[] =>
  bare(lines)
    .claims.filter((c): c is ListClaim => c.type === 'list')
    .map((l) => ({ total: `${l.subject} ${l.total?.stated.raw}`, items: l.items.map((it) => `${it.subject} ${it.amount.stated.raw}`) }));

// seed 000 五（三）, shortened: a lead with 年初预算 and 决算, "。其中：", items that are whole sentences
const LEAD = '2024年度一般公共预算财政拨款支出年初预算591.48万元，支出决算502.98万元，完成年初预算的85.04%。其中：';
const ITEMS = [
  '一般公共服务支出年初预算532.17万元，支出决算448.64万元，完成年初预算的84.30%，用于日常办公费支出。较上年决算减少48.42万元，下降9.74%，主要原因是项目资金被平衡。',
  '教育支出年初预算59.31万元，支出决算54.34万元，完成年初预算的91.62%，用于保教保育费支出。较上年决算减少0.20万元，下降0.37%。',
];
const WHOLE = [
  { total: '一般公共预算财政拨款支出 502.98万元', items: ['一般公共服务支出 448.64万元', '教育支出 54.34万元'] },
  { total: '一般公共预算财政拨款支出 591.48万元', items: ['一般公共服务支出 532.17万元', '教育支出 59.31万元'] },
];

describe('a list whose items are the sentences after "其中："', () => {
  it('whole-sentence items, each its own paragraph: every item, for 决算 and for the lead’s 年初预算 alike', () => {
    expect(lists(['五、一般公共预算财政拨款支出决算情况说明', LEAD, ...ITEMS])).toEqual(WHOLE);
  });

  it('the same items run on in one paragraph', () => {
    expect(lists(['五、一般公共预算财政拨款支出决算情况说明', LEAD + ITEMS.join('')])).toEqual(WHOLE);
  });

  it('a later sentence of another shape is no item, in either layout', () => {
    const other = '机关运行经费支出71.20万元。';
    const want = [{ total: '一般公共预算财政拨款支出 502.98万元', items: ['一般公共服务支出 448.64万元', '教育支出 54.34万元'] }];
    expect(lists(['五、一般公共预算财政拨款支出决算情况说明', LEAD, ...ITEMS, other])[0]).toEqual(want[0]);
    expect(lists(['五、一般公共预算财政拨款支出决算情况说明', LEAD + ITEMS.join('') + other])[0]).toEqual(want[0]);
  });

  it('items ended by "；" end with the "。" that ends them: the next sentence is no item', () => {
    const items = ['因公出国（境）费支出0万元，与上年相同；', '公务接待费支出0.05万元，比上年减少0.04万元。'];
    const after = '公务用车保有量0辆，购置费0.38万元。';
    const want = { total: '“三公”经费财政拨款支出 0.05万元', items: ['因公出国（境）费支出 0万元', '公务接待费支出 0.05万元'] };
    const lead = '2024年度“三公”经费财政拨款支出0.05万元。其中：';
    expect(lists(['七、“三公”经费', lead, ...items, after])).toEqual([want]);
    expect(lists(['七、“三公”经费', lead + items.join('') + after])).toEqual([want]);
  });

  it('a series in one sentence ("A x万元、B y万元") ends with that sentence', () => {
    const text = '政府采购支出总额93.24万元，其中：货物支出6.25万元、工程支出0万元、服务支出86.99万元。授予中小企业合同金额93.24万元。';
    expect(lists(['（二）政府采购情况说明', text])).toEqual([{ total: '政府采购支出总额 93.24万元', items: ['货物支出 6.25万元', '工程支出 0万元', '服务支出 86.99万元'] }]);
  });

  it('enumerated points are one item each, whatever their sentences (sh-plan 五（三）, shortened)', () => {
    const lines = [
      '（三）一般公共预算财政拨款支出决算具体情况',
      '一般公共预算财政拨款支出年初预算为82.64万元，支出决算为82.64万元，完成年初预算的100.00%。决算数等于预算数。其中：',
      '1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员支出。年初预算为54.53万元，支出决算为54.53万元，完成年初预算的100.00%。决算数同预算数持平。',
      '2、社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）。主要用于：事业单位退休人员支出。年初预算为28.11万元，支出决算为28.11万元。完成年初预算的100.00%。',
    ];
    const got = lists(lines);
    expect(got.map((l) => [l.total, l.items.length])).toEqual([
      ['一般公共预算财政拨款支出 82.64万元', 2],
      ['一般公共预算财政拨款支出 82.64万元', 2],
    ]);
    // the same points run on in one paragraph
    expect(lists([lines[0], lines.slice(1).join('')]).map((l) => [l.total, l.items.length])).toEqual(got.map((l) => [l.total, l.items.length]));
  });

  it('a point that gives no figure drops the list: every point must bind', () => {
    const lines = [
      '（三）一般公共预算财政拨款支出决算具体情况',
      '一般公共预算财政拨款支出年初预算为82.64万元，支出决算为82.64万元。其中：',
      '1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为54.53万元，支出决算为54.53万元。',
      '2、社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）。主要用于：事业单位退休人员支出。',
    ];
    expect(lists(lines)).toEqual([]);
  });
});

describe('enumerated 项 points against their lead, with 公开05 at hand (sh-plan 五（三）, two 项)', () => {
  const f05 = (first: string) =>
    table('final-05', {
      sheet: '公开05',
      columns: ['total', 'basic', 'project'],
      rows: [
        { key: 'total', name: '合计', cells: { total: '82.64', basic: '82.64', project: '' } },
        { code: '208', name: '社会保障和就业支出', cells: { total: '82.64', basic: '82.64' } },
        { code: '20805', name: '行政事业单位养老支出', cells: { total: '82.64', basic: '82.64' } },
        { code: '2080501', name: first, cells: { total: '54.53', basic: '54.53' } },
        { code: '2080502', name: '事业单位离退休', cells: { total: '28.11', basic: '28.11' } },
      ],
    });
  const lines = (budget2: string) => [
    '五、一般公共预算财政拨款支出决算情况说明',
    '（三）一般公共预算财政拨款支出决算具体情况',
    '一般公共预算财政拨款支出年初预算为82.64万元，支出决算为82.64万元，完成年初预算的100.00%。其中：',
    '1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为54.53万元，支出决算为54.53万元，完成年初预算的100.00%。',
    `2、社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）。年初预算为${budget2}万元，支出决算为28.11万元，完成年初预算的100.00%。`,
  ];
  const run = (first: string, budget2: string) => narrativeFindings(withNarrative(doc({ tables: [f05(first)] }), lines(budget2))).filter((f) => f.includes('list-sum'));

  it('every point names a 项 of the table: complete by the table, its 决算 and its 年初预算 both add up', () => {
    expect(run('行政单位离退休', '28.11')).toEqual([]);
  });

  it('a 年初预算 that does not add up is an error: the points are all the 项 (strong), whichever figure is summed', () => {
    expect(run('行政单位离退休', '29.11')).toEqual(['2 narrative/list-sum 82.64/83.64']);
  });

  it('a point that names no 项 of the table leaves completeness to the marker 其中 (weak): a warning', () => {
    expect(run('行政单位离退休费', '29.11')).toEqual(['1 narrative/list-sum 82.64/83.64']);
  });
});

describe('a 主要用于 list whose shares add up to 100 % is the whole, without a table', () => {
  // the shape of a 上海 决算's 支出决算结构 paragraph (figures of the corpus sh-plan 说明, 五（二）)
  const para = (third: string, shares = ['7.74', '2.43', '39.32', '45.78', '4.73']) => [
    '五、一般公共预算财政拨款支出决算情况说明',
    `一般公共预算财政拨款支出9746.50万元，主要用于以下方面：社会保障和就业支出（类）754.75万元，占${shares[0]}%；卫生健康支出（类）236.63万元，占${shares[1]}%；城乡社区支出（类）${third}万元，占${shares[2]}%；自然资源海洋气象等支出（类）4461.67万元，占${shares[3]}%；住房保障支出（类）461.08万元，占${shares[4]}%。`,
  ];
  const run = (third: string, shares?: string[]) => narrativeFindings(bare(para(third, shares))).filter((f) => f.includes('list-sum'));

  it('shares of 100.00 %: the list is read as whole by arithmetic, and its 0.01 gap is no error', () => {
    const list = bare(para('3832.36')).claims.find((c): c is ListClaim => c.type === 'list')!;
    expect([list.exhaustive, list.completeness?.basis, list.completeness?.strength]).toEqual([true, 'arithmetic', 'strong']);
    expect(run('3832.36')).toEqual([]);
  });

  it('shares of 100.00 %: items short by 100 are an error (strong: the shares say the list is whole)', () => {
    expect(run('3732.36')).toEqual(['2 narrative/list-sum 9746.50/9646.49']);
  });

  it('shares that leave a part out (96 %): a 主要用于 list short of its total is no finding', () => {
    expect(run('3732.36', ['7.74', '2.43', '35.32', '45.78', '4.73'])).toEqual([]);
  });
});

describe('lists of a 预算 and lists with an item list of their own', () => {
  // the shapes of a county 部门预算 说明 (figures invented)
  it('a budget total whose items print no role word: the items are budget figures too', () => {
    expect(lists(['二、支出预算', '2024年支出预算208.40万元，其中：基本支出126.15万元；项目支出82.25万元。'])).toEqual([
      { total: '支出 208.40万元', items: ['基本支出 126.15万元', '项目支出 82.25万元'] },
    ]);
  });

  it('"其中A x，包括B y和C z；D w": the item list took the commas, so the ；goes on with the outer list', () => {
    expect(lists(['二、支出预算', '2024年支出预算208.40万元，其中基本支出126.15万元，包括人员经费110.62万元和日常公用经费15.53万元；项目支出82.25万元。'])).toEqual([
      { total: '支出 208.40万元', items: ['基本支出 126.15万元', '项目支出 82.25万元'] },
      { total: '基本支出 126.15万元', items: ['人员经费 110.62万元', '日常公用经费 15.53万元'] },
    ]);
  });

  it('"X，其中A；B" with no item list: B after the ；may be X’s sibling, so it is no item', () => {
    const found = lists(['九、三公', '国内接待费0.05万元，共接待2批次，其中外事接待费0万元，共接待0批次；国（境）外接待费0万元，共接待0批次。']);
    expect(found.every((l) => !l.items.some((it) => it.startsWith('国（境）外')))).toBe(true);
  });
});
