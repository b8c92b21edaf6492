/**
 * 决算 tables as strangers print them: small text grids (as CSV and docx tables arrive) with
 * 千分位 text amounts, placeholders, odd headers, repeated page headers and tables of contents.
 */
import { gridFromText } from '../../src/read/grid';
import { recognize } from '../../src/recognize/index';
import { FINAL_09_COLUMNS } from '../../src/ledger/table-kinds';
import { cellAt, rowBy, tableOf } from './final-helpers';

const E = '';

describe('02 with text amounts', () => {
  const grid = gridFromText('dept.csv', 'dept', [
    ['XX县教育局收入决算表', E, E, '公开02表'],
    ['部门名称：XX县教育局    2023年度    金额单位：元'],
    ['项目', E, '本年收入合计', '财政拨款收入', '事业收入'],
    ['科目代码', '科目名称', E, E, E],
    ['栏次', E, '1', '2', '3'],
    ['合计', E, '1,654.78', '1,000.5', '654.28'],
    ['205', '教育支出', '1,654.78', '1,000.50', '654.28'],
    ['20502', '普通教育', '1654.78', '—', '———'],
    ['2050201 学前教育', E, '0', '0.00', '-'],
    [E],
    ['注：本表反映部门本年度取得的各项收入情况。'],
  ]);
  const out = recognize([grid]);
  const t = tableOf(out, 'final-02');

  it('finds the table by its title and marker on one line; meta from one line in 元', () => {
    expect(t.title).toBe('XX县教育局收入决算表');
    expect(t.unit).toBe('元');
    expect(out.meta).toEqual({ department: 'XX县教育局', year: '2023', unit: '元' });
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'fiscal', 'business']);
    expect(t.notes).toEqual(['注：本表反映部门本年度取得的各项收入情况。']);
    expect(out.unrecognised).toEqual([]);
  });

  it('parses 千分位 and raises every figure to the table precision', () => {
    expect(cellAt(t, { key: 'total' }, 'total')).toMatchObject({ value: '1654.78', decimals: 2, cell: 'C6' });
    expect(cellAt(t, { key: 'total' }, 'fiscal')).toMatchObject({ value: '1000.50', decimals: 2 });
    expect(cellAt(t, { code: '20502' }, 'total').value).toBe('1654.78');
  });

  it('reads —, ——— and - as blank, 0 and 0.00 as zero', () => {
    expect(cellAt(t, { code: '20502' }, 'fiscal').value).toBeNull();
    expect(cellAt(t, { code: '20502' }, 'business').value).toBeNull();
    expect(cellAt(t, { code: '2050201' }, 'total')).toMatchObject({ value: '0.00', decimals: 2 });
    expect(cellAt(t, { code: '2050201' }, 'business').value).toBeNull();
  });

  it('splits a code printed with its name in one cell', () => {
    expect(rowBy(t, { code: '2050201' })).toMatchObject({ name: '学前教育', level: 3 });
  });
});

describe('a page header repeated without the title', () => {
  const grid = gridFromText('x.csv', 'x', [
    ['一般公共预算财政拨款支出决算表'],
    ['公开05表'],
    ['单位：万元'],
    ['项目', E, '本年支出'],
    ['科目代码', '科目名称', '小计', '基本支出', '项目支出'],
    ['合计', E, '10.00', '6.00', '4.00'],
    ['201', '一般公共服务支出', '10.00', '6.00', '4.00'],
    ['项目', E, '本年支出'],
    ['科目代码', '科目名称', '小计', '基本支出', '项目支出'],
    ['20101', '人大事务', '10.00', '6.00', '4.00'],
  ]);
  it('skips the repeated header rows and keeps reading', () => {
    const out = recognize([grid]);
    const t = tableOf(out, 'final-05');
    expect(t.rows.map((r) => r.code ?? r.key)).toEqual(['total', '201', '20101']);
    expect(cellAt(t, { code: '20101' }, 'project')).toMatchObject({ value: '4.00', cell: 'E10' });
    expect(out.unrecognised).toEqual([]);
  });
});

describe('a header column that cannot be placed', () => {
  const grid = gridFromText('y.csv', 'y', [
    ['支出决算表'],
    ['公开03表'],
    ['项目', E, '本年支出合计', '基本支出', '项目支出', '神秘支出'],
    ['科目代码', '科目名称', E, E, E, E],
    ['栏次', E, '1', '2', '3', '4'],
    ['合计', E, '5.00', '3.00', '2.00', '9.99'],
  ]);
  it('recognises the rest and says which column it could not read', () => {
    const out = recognize([grid]);
    const t = tableOf(out, 'final-03');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
    expect(cellAt(t, { key: 'total' }, 'total').value).toBe('5.00');
    expect(out.unrecognised).toEqual([
      expect.objectContaining({ file: 'y.csv', sheet: 'y', range: 'A1:F6', reason: expect.stringContaining('神秘支出') }),
    ]);
  });
});

describe('a table of contents', () => {
  const grid = gridFromText('toc.csv', 'toc', [
    ['目 录'],
    ['一、收入支出决算总表', '2'],
    ['二、收入决算表', '4'],
    ['九、财政拨款“三公”经费支出决算表', '13'],
  ]);
  it('is not taken for tables', () => {
    const out = recognize([grid]);
    expect(out.tables).toEqual([]);
  });
});

describe('09 with header words split over lines, no 栏次 row', () => {
  const grid = gridFromText('s.csv', 's', [
    ['财政拨款"三公"经费支出决算表'],
    ['金额单位：万元'],
    ['预算数', E, E, E, E, E, '决算数'],
    ['合计', '因公出国\n(境)费', '公务用车购置及运行维护费', E, E, '公务 接待费', '合计', '因公出国（境）费', '公务用车购置及运行维护费', E, E, '公务接待费'],
    [E, E, '小计', '公务用车\n购置费', '公务用车 运行维护 费', E, E, E, '小计', '购置费', '运行维护费', E],
    ['12.5', '0', '10', E, '10', '2.5', '11.8', '—', '9.3', E, '9.3', '2.5'],
  ]);
  it('places all twelve columns (figures printed with one decimal keep one)', () => {
    const out = recognize([grid]);
    const t = tableOf(out, 'final-09');
    expect(out.unrecognised).toEqual([]);
    expect(t.columns).toHaveLength(12);
    expect(cellAt(t, { key: 'sangong' }, 'budget.total')).toMatchObject({ value: '12.5', decimals: 1, cell: 'A6' });
    expect(cellAt(t, { key: 'sangong' }, 'budget.carRun')).toMatchObject({ value: '10.0', cell: 'E6' });
    expect(cellAt(t, { key: 'sangong' }, 'final.carBuy')).toMatchObject({ value: null, cell: 'J6' });
    expect(cellAt(t, { key: 'sangong' }, 'final.abroad').value).toBeNull();
    expect(cellAt(t, { key: 'sangong' }, 'final.reception').value).toBe('2.5');
  });
});

describe('06 in two groups, totals under their own group', () => {
  const grid = gridFromText('e.csv', 'e', [
    ['一般公共预算财政拨款基本支出决算明细表'],
    ['公开06表'],
    ['部门名称：某单位'],
    ['2023年度'],
    ['金额单位：万元'],
    ['人员经费', E, E, '公用经费'],
    ['科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数'],
    ['301', '工资福利支出', '1,207.02', '302', '商品和服务支出', '43.45'],
    ['30101', '基本工资', '1,207.02', '30201', '办公费', '43.45'],
    ['人员经费合计', E, '1,207.02', '公用经费合计', E, '43.45'],
  ]);
  it('flattens group by group and reads both totals', () => {
    const out = recognize([grid]);
    const t = tableOf(out, 'final-06');
    expect(t.rows.map((r) => r.code ?? r.key)).toEqual(['301', '30101', '302', '30201', 'personnel.total', 'public.total']);
    expect(cellAt(t, { key: 'personnel.total' }, 'amount')).toMatchObject({ value: '1207.02', cell: 'C10' });
    expect(cellAt(t, { key: 'public.total' }, 'amount')).toMatchObject({ value: '43.45', cell: 'F10' });
    expect(out.meta).toEqual({ department: '某单位', year: '2023', unit: '万元' });
  });
});

describe('two-sided 01 without 行次 columns', () => {
  const grid = gridFromText('s1.csv', 's1', [
    ['收入支出决算总表'],
    ['公开01表'],
    ['部门名称：某单位 2023年度 金额单位：万元'],
    ['收 入', E, '支 出'],
    ['项 目', '金额', '项 目', '金额'],
    ['一、一般公共预算财政拨款收入', '100.00', '一、一般公共服务支出', '90.00'],
    ['二、事业收入', '10', '（二）教育支出', '20.00'],
    ['本年收入合计', '110.00', '本年支出合计', '110.00'],
    ['年初结转和结余', '—', '年末结转和结余', E],
    ['总计', '110.00', '总计', '110.00'],
  ]);
  it('keys both sides', () => {
    const out = recognize([grid]);
    const t = tableOf(out, 'final-01');
    expect(t.rows.map((r) => `${r.side}:${r.key}`)).toEqual([
      'income:income.gpb', 'income:income.business', 'income:income.total', 'income:income.carryIn', 'income:income.grand',
      'expense:expense.class', 'expense:expense.class', 'expense:expense.total', 'expense:expense.carryOut', 'expense:expense.grand',
    ]);
    expect(rowBy(t, { key: 'expense.class' }).name).toBe('一般公共服务支出');
    expect(t.rows.filter((r) => r.key === 'expense.class')[1].name).toBe('教育支出');
    expect(cellAt(t, { key: 'income.business' }, 'amount')).toMatchObject({ value: '10.00', cell: 'B7' });
    expect(out.unrecognised).toEqual([]);
  });
});

describe('codes in 类 | 款 | 项 columns', () => {
  const grid = gridFromText('k.csv', 'k', [
    ['某中心2023年度支出决算表'],
    ['单位：万元'],
    ['科目编码', E, E, '科目名称', '本年支出合计', '基本支出', '项目支出'],
    ['类', '款', '项', E, E, E, E],
    ['合计', E, E, E, '30.00', '20.00', '10.00'],
    ['201', E, E, '一般公共服务支出', '30.00', '20.00', '10.00'],
    [E, '37', E, '网信事务', '30.00', '20.00', '10.00'],
    [E, E, '01', '行政运行', '20.00', '20.00', E],
    ['201', '37', '02', '一般行政管理事务', '10.00', E, '10.00'],
  ]);
  it('builds the codes and their levels', () => {
    const out = recognize([grid]);
    const t = tableOf(out, 'final-03');
    expect(t.title).toBe('某中心2023年度支出决算表');
    expect(out.meta.year).toBe('2023');
    expect(t.rows.map((r) => `${r.code ?? r.key}:${r.level ?? ''}:${r.name}`)).toEqual([
      'total::合计', '201:1:一般公共服务支出', '20137:2:网信事务', '2013701:3:行政运行', '2013702:3:一般行政管理事务',
    ]);
    expect(cellAt(t, { code: '2013701' }, 'basic')).toMatchObject({ value: '20.00', cell: 'F8' });
    expect(out.unrecognised).toEqual([]);
  });
});

describe('titles of other tables are not taken for ours', () => {
  it('政府性基金预算财政拨款支出决算表 is not 支出决算表', () => {
    const grid = gridFromText('g.csv', 'g', [['政府性基金预算财政拨款支出决算表'], ['项目', E, '合计'], ['合计', E, '1.00']]);
    expect(recognize([grid]).tables.filter((t) => t.kind === 'final-03')).toEqual([]);
  });
});

describe('the same table for two departments in one file', () => {
  const page = (dept: string, amount: string) => [
    ['一般公共预算财政拨款支出决算表'],
    [`部门名称：${dept}`],
    ['科目代码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', E, amount, amount, E],
    [E],
  ];
  it('stays two tables', () => {
    const grid = gridFromText('two.csv', 'two', [...page('甲局', '1.00'), ...page('乙局', '2.00')]);
    const out = recognize([grid]);
    expect(out.tables.filter((t) => t.kind === 'final-05').map((t) => cellAt(t, { key: 'total' }, 'total').value)).toEqual(['1.00', '2.00']);
    expect(out.meta.department).toBe('甲局');
  });
});

describe('a PDF conversion', () => {
  it('01: a label wrapped away from its figures gets them back', () => {
    const grid = gridFromText('p.csv', 'p', [
      ['收入支出决算总表'],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['栏次', E, '1', '栏次', E, '2'],
      ['一、一般公共预算财政拨款收入', '1', '5.00', '一、一般公共服务支出', '9', '5.00'],
      ['使用非财政拨款结余（专用结余）', E, E, '结余分配', E, E],
      [E, '2', '1.00', E, '10', '—'],
      ['总计', '3', '6.00', '总计', '11', '6.00'],
    ]);
    const t = tableOf(recognize([grid]), 'final-01');
    expect(cellAt(t, { key: 'income.nonFiscalSurplus' }, 'amount')).toMatchObject({ value: '1.00', cell: 'C6' });
    expect(t.rows.filter((r) => r.side === 'income').map((r) => r.key)).toEqual(['income.gpb', 'income.nonFiscalSurplus', 'income.grand']);
  });

  it('05: a row whose figures sit one column right of their header is read under it', () => {
    const grid = gridFromText('r.csv', 'r', [
      ['一般公共预算财政拨款支出决算表'],
      ['科目代码', '科目名称', '小计', '基本支出', '项目支出'],
      ['栏次', E, '1', '2', '3'],
      ['合计', E, '3.00', '2.00', '1.00'],
      ['201', '一般公共服务支出', E, '3.00', '2.00', '1.00'],
    ]);
    const out = recognize([grid]);
    const t = tableOf(out, 'final-05');
    expect(cellAt(t, { code: '201' }, 'total')).toMatchObject({ value: '3.00', cell: 'D5' });
    expect(cellAt(t, { code: '201' }, 'project')).toMatchObject({ value: '1.00', cell: 'F5' });
    expect(out.unrecognised).toEqual([]);
  });

  it('02: a figure outside every column is reported, not guessed', () => {
    const grid = gridFromText('q.csv', 'q', [
      ['收入决算表'],
      ['科目代码', '科目名称', '本年收入合计', '财政拨款收入'],
      ['栏次', E, '1', '2'],
      ['合计', E, '3.00', '3.00'],
      ['201', '一般公共服务支出', '3.00', E, '3.00'],
    ]);
    const out = recognize([grid]);
    expect(cellAt(tableOf(out, 'final-02'), { code: '201' }, 'fiscal').value).toBeNull();
    expect(out.unrecognised).toEqual([expect.objectContaining({ sheet: 'q', reason: expect.stringContaining('E5') })]);
  });
});

describe('09 with 预算数 and 决算数 as rows', () => {
  const grid = gridFromText('v.csv', 'v', [
    ['财政拨款“三公”经费支出决算表'],
    ['（公开09表）'],
    ['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', E, E, '公务接待费'],
    [E, E, E, '小计', '购置费', '运行维护费', E],
    ['预算数', '3.00', E, '2.00', E, '2.00', '1.00'],
    ['决算数', '2.50', E, '1.80', E, '1.80', '0.70'],
    ['注：本表反映…'],
  ]);
  it('reads each row into its section', () => {
    const out = recognize([grid]);
    const t = tableOf(out, 'final-09');
    expect(out.unrecognised).toEqual([]);
    expect(t.columns.map((c) => c.key)).toEqual(Object.keys(FINAL_09_COLUMNS));
    expect(cellAt(t, { key: 'sangong' }, 'budget.total')).toMatchObject({ value: '3.00', cell: 'B5' });
    expect(cellAt(t, { key: 'sangong' }, 'final.carRun')).toMatchObject({ value: '1.80', cell: 'F6' });
    expect(cellAt(t, { key: 'sangong' }, 'final.reception').value).toBe('0.70');
    expect(t.notes).toEqual(['注：本表反映…']);
  });
});

describe('empty tables', () => {
  it('a statement of no data anywhere in the table marks it empty', () => {
    const grid = gridFromText('n.csv', 'n', [
      ['国有资本经营预算财政拨款支出决算表'],
      ['公开08表', E, E, E, '单位：万元'],
      ['科目代码', '科目名称', '合计', '基本支出', '项目支出'],
      ['栏次', E, '1', '2', '3'],
      ['合计', E, E, E, E],
      ['本单位没有国有资本经营预算财政拨款支出，故本表无数据。'],
    ]);
    const out = recognize([grid]);
    const t = tableOf(out, 'final-08');
    expect(t.empty).toBe(true);
    expect(t.unit).toBe('万元');
    expect(t.notes).toEqual(['本单位没有国有资本经营预算财政拨款支出，故本表无数据。']);
  });
});

describe('title lines', () => {
  it('a marker inside the title line, a sentence naming a table, 附表 prefixes', () => {
    const grids = [
      gridFromText('t.csv', 'a', [['2023年度收入决算表（公开02表）', E, '单位：元'], ['科目代码', '科目名称', '本年收入合计'], ['合计', E, '1.00']]),
      gridFromText('t.csv', 'b', [['收入情况详见收入决算表'], ['合计', E, '1.00']]),
      gridFromText('t.csv', 'c', [['附表3 支出决算表'], ['科目代码', '科目名称', '本年支出合计'], ['合计', E, '2.00']]),
    ];
    const out = recognize(grids);
    expect(out.tables.map((t) => `${t.kind}:${t.source.sheet}:${t.unit}`)).toEqual(['final-02:a:元', 'final-03:c:元']);
    expect(out.meta.year).toBe('2023');
  });
});

describe('01 with 收入 above 支出', () => {
  const grid = gridFromText('u.csv', 'u', [
    ['收入支出决算总表'],
    ['金额单位：万元'],
    ['项目', '行次', '金额'],
    ['收入', E, E],
    ['一、一般公共预算财政拨款收入', '1', '5.00'],
    ['本年收入合计', '2', '5.00'],
    ['年初结转和结余', '3', '1.00'],
    ['总计', '4', '6.00'],
    ['支出', E, E],
    ['一、一般公共服务支出', '5', '6.00'],
    ['本年支出合计', '6', '6.00'],
    ['年末结转和结余', '7', '—'],
    ['总计', '8', '6.00'],
  ]);
  it('keys both sides in turn', () => {
    const out = recognize([grid]);
    const t = tableOf(out, 'final-01');
    expect(out.unrecognised).toEqual([]);
    expect(t.rows.map((r) => `${r.side}:${r.key}`)).toEqual([
      'income:income.gpb', 'income:income.total', 'income:income.carryIn', 'income:income.grand',
      'expense:expense.class', 'expense:expense.total', 'expense:expense.carryOut', 'expense:expense.grand',
    ]);
    expect(cellAt(t, { key: 'expense.grand' }, 'amount')).toMatchObject({ value: '6.00', cell: 'C13' });
  });
});

describe('a continuation sheet without a title', () => {
  it('joins the table of the same kind in its workbook', () => {
    const header = [['项目', E, '本年收入合计', '财政拨款收入'], ['科目代码', '科目名称', E, E], ['栏次', E, '1', '2']];
    const page1 = gridFromText('w.xlsx', '收入决算表', [['收入决算表'], ['公开02表'], ...header, ['合计', E, '3.00', '3.00'], ['201', '一般公共服务支出', '1.00', '1.00']]);
    const page2 = gridFromText('w.xlsx', '收入决算表(续)', [...header, ['205', '教育支出', '2.00', '2.00']]);
    const out = recognize([page1, page2]);
    const t = tableOf(out, 'final-02');
    expect(t.rows.map((r) => r.code ?? r.key)).toEqual(['total', '201', '205']);
    expect(rowBy(t, { code: '205' }).ref).toMatchObject({ sheet: '收入决算表(续)', cell: 'A4' });
    expect(out.unrecognised).toEqual([]);
  });
});

describe('meta lines', () => {
  it.each([
    ['部门名称：甲局 2023年度 金额单位：万元', { department: '甲局', year: '2023', unit: '万元' }],
    ['编制单位：乙中心', { department: '乙中心' }],
    ['填报单位：丙所    单位：元', { department: '丙所', unit: '元' }],
    ['部门：丁办2022年度单位：万元', { department: '丁办', year: '2022', unit: '万元' }],
  ])('%s', (line, meta) => {
    const grid = gridFromText('m.csv', 'm', [['收入决算表'], [line], ['科目代码', '科目名称', '本年收入合计'], ['合计', E, '1.00']]);
    expect(recognize([grid]).meta).toEqual(meta);
  });

  it('budget tables (…支出表, …收支总表) are not 决算 tables', () => {
    const titles = ['单位预算收支总表', '单位预算一般公共预算财政拨款支出表', '单位预算财政拨款“三公”经费支出表'];
    const grids = titles.map((t, i) => gridFromText('b.xlsx', `s${i}`, [[t], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', '1.00', '1.00', E]]));
    expect(recognize(grids).tables.filter((t) => t.kind.startsWith('final-'))).toEqual([]);
  });
});

describe('06 totals line with merged labels (copied into each covered cell)', () => {
  it('reads one total per label', () => {
    const grid = gridFromText('e2.csv', 'e2', [
      ['一般公共预算财政拨款基本支出决算明细表'],
      ['科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数'],
      ['301', '工资福利支出', '5.00', '302', '商品和服务支出', '2.00', '310', '资本性支出', '1.00'],
      ['人员经费合计', '人员经费合计', '5.00', '公用经费合计', '公用经费合计', '公用经费合计', '公用经费合计', '公用经费合计', '3.00'],
    ]);
    const t = tableOf(recognize([grid]), 'final-06');
    expect(t.rows.filter((r) => r.key).map((r) => `${r.key}=${r.cells.get('amount')?.value?.toFixed(2)}@${r.cells.get('amount')?.ref.cell}`)).toEqual([
      'personnel.total=5.00@C4', 'public.total=3.00@I4',
    ]);
  });
});

describe('a 公开NN表 marker typed with spaces', () => {
  it('names the table even when the title line says nothing else ("公 开 02 表")', () => {
    const grid = gridFromText('spaced.csv', 'spaced', [
      ['公 开 02 表'],
      ['部门名称：XX县教育局    2023年度    金额单位：万元'],
      ['项目', E, '本年收入合计', '财政拨款收入'],
      ['科目代码', '科目名称', E, E],
      ['合计', E, '10.00', '10.00'],
      ['205', '教育支出', '10.00', '10.00'],
    ]);
    const out = recognize([grid]);
    expect(out.tables.map((t) => t.kind)).toEqual(['final-02']);
  });
});
