/**
 * A 自评表 continued on a second sheet (a printed page break carried over as a sheet), its indicator
 * header repeated there: the department table is joined like a project table, the 一级指标 label in
 * force at the break (a label-only row such as 效益指标（30分）) carries over, and findings on the
 * second sheet name the table they belong to.
 */
import type { Cell, Grid } from '../../src/types';
import { gridFromText } from '../../src/read/grid';
import { recognize } from '../../src/recognize';
import { tableTitleAt } from '../../src/engine/engine';
import { doc } from '../helpers/ledger';

const FILE = 't.xlsx';
const read = (...sheets: string[][][]) => recognize(sheets.map((rows, i): Grid => gridFromText(FILE, `表${i + 1}`, rows)));
const raw = (c: Cell | null | undefined): string => (c ? c.value?.toString() ?? '' : '');
const sum = (cells: (Cell | null | undefined)[]): string => cells.reduce((a, c) => a + (c?.value ? c.value.toNumber() : 0), 0).toString();

const HEADER = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const FIRST = [
  ['', '产出指标（60分）', '数量指标', '开展网络安全检查', '≥1', '1', '30', '30', ''],
  ['', '', '质量指标', '网络问政回复率', '100%', '100%', '30', '30', ''],
  ['', '效益指标（30分）', '经济效益指标', '', '', '', '', '', ''],
];
const SECOND = [
  ['', '', '社会效益指标', '筑牢网络安全屏障', '≥98', '98', '15', '14', ''],
  ['', '', '', '强化网络阵地管理', '≥98', '98', '15', '14', ''],
  ['', '满意度指标（10分）', '服务对象满意度指标', '社会群众满意度', '≥95', '95', '10', '10', ''],
];
const TOTAL = ['总分', '', '', '', '', '', '100', '98', ''];

describe('a department 自评表 continued on a second sheet', () => {
  const top = [
    ['整体支出绩效自评表'],
    ['预算单位名称', '北塔区委网信办'],
    ['年度预算申请（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '128.9', '251.06', '251.06', '10', '100%', '10'],
    HEADER,
    ...FIRST,
  ];

  it('is joined: the second sheet\'s indicators go to their blocks, with its 总分', () => {
    const out = read(top, [HEADER, ...SECOND, TOTAL]);
    expect(out.deptEvaluations).toHaveLength(1);
    const d = out.deptEvaluations[0];
    expect(d.blocks.map((b) => [b.name, raw(b.statedWeight), b.indicators.length, sum(b.indicators.map((i) => i.weight)), sum(b.indicators.map((i) => i.score))])).toEqual([
      ['产出指标', '60', 2, '60', '60'],
      ['效益指标', '30', 2, '30', '28'],
      ['满意度指标', '10', 1, '10', '10'],
    ]);
    expect([raw(d.totalWeight), raw(d.total), d.continuedIn]).toEqual(['100', '98', ['表2']]);
  });

  it('is joined when its title is repeated above the second sheet\'s header', () => {
    const d = read(top, [['整体支出绩效自评表'], HEADER, ...SECOND, TOTAL]).deptEvaluations[0];
    expect([d.blocks.map((b) => b.indicators.length), raw(d.total)]).toEqual([[2, 2, 1], '98']);
  });

  it('a finding on the second sheet names the department table', () => {
    const out = read(top, [HEADER, ...SECOND, TOTAL]);
    const d = doc({ deptEvaluations: out.deptEvaluations });
    expect(tableTitleAt(d, { file: FILE, sheet: '表2', cell: 'H2', row: 2 })).toBe('北塔区委网信办');
  });
});

describe('a project 自评表 continued on a second sheet', () => {
  const top = [
    ['网络安全项目支出绩效自评表'],
    ['项目名称', '网络安全'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '5.00', '5.00', '5.00', '10', '100%', '10'],
    HEADER,
    ...FIRST,
  ];

  it('carries the 一级指标 of a label-only row at the break to the indicators under it', () => {
    const ev = read(top, [HEADER, ...SECOND, TOTAL]).evaluations[0];
    expect(ev.indicators.map((i) => [i.l1, i.l2, i.name])).toEqual([
      ['产出指标', '数量指标', '开展网络安全检查'],
      ['产出指标', '质量指标', '网络问政回复率'],
      ['效益指标', '社会效益指标', '筑牢网络安全屏障'],
      ['效益指标', '社会效益指标', '强化网络阵地管理'],
      ['满意度指标', '服务对象满意度指标', '社会群众满意度'],
    ]);
    expect(raw(ev.total)).toBe('98');
  });

  it('a finding on the second sheet names the project', () => {
    const out = read(top, [HEADER, ...SECOND, TOTAL]);
    const d = doc({ evaluations: out.evaluations });
    expect(tableTitleAt(d, { file: FILE, sheet: '表2', cell: 'H2', row: 2 })).toBe('网络安全');
  });
});

describe('which project a continued 自评表 joins, whatever the order of the sheets', () => {
  const project = (name: string, score: string): string[][] => [
    [`${name}项目支出绩效自评表`],
    ['项目名称', name],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '5.00', '5.00', '5.00', '10', '100%', '10'],
    HEADER,
    ...FIRST.map((r) => [...r.slice(0, 7), r[7] === '30' ? score : r[7], r[8]]),
  ];
  const rest = (total: string): string[][] => [HEADER, ...SECOND, ['总分', '', '', '', '', '', '100', total, '']];
  const sheets = (names: string[], contents: string[][][]): Grid[] => contents.map((rows, i) => gridFromText(FILE, names[i], rows));
  const joinedTotals = (grids: Grid[]) =>
    recognize(grids).evaluations.map((e) => [e.name, raw(e.total), e.continuedIn ?? [], e.total?.readings?.filter((r) => r.aspect === 'placement').map((r) => `${r.basis}:${r.strength}`) ?? []]);

  it('sheets named in sequence (T1-1 → T1-2) join by their names, even in reverse order: strong', () => {
    const names = ['A-1', 'A-2', 'B-1', 'B-2'];
    const contents = [project('甲', '30'), rest('98'), project('乙', '25'), rest('88')];
    const reversed = sheets(names, contents).reverse();
    expect(joinedTotals(reversed)).toEqual([
      ['乙', '88', ['B-2'], ['label:strong']],
      ['甲', '98', ['A-2'], ['label:strong']],
    ]);
  });

  it('a continuation that repeats its project title joins that project wherever it sits', () => {
    const contents = [project('甲', '30'), project('乙', '25'), [['甲项目支出绩效自评表（续）'], ...rest('98')], [['乙项目支出绩效自评表（续）'], ...rest('88')]];
    expect(joinedTotals(sheets(['一', '二', '三', '四'], contents))).toEqual([
      ['甲', '98', ['三'], ['label:strong']],
      ['乙', '88', ['四'], ['label:strong']],
    ]);
  });

  it('a continuation whose 项目名称 names another project joins none of the open ones', () => {
    const contents = [project('甲', '30'), [['项目名称', '丙'], ...rest('98')]];
    expect(joinedTotals(sheets(['一', '二'], contents))).toEqual([['甲', '', [], []]]);
  });

  it('a title naming a table already complete continues none of the open ones', () => {
    const contents = [[...project('乙', '25'), ...rest('88')], project('甲', '30'), [['乙项目支出绩效自评表（续）'], ...rest('98')]];
    expect(joinedTotals(sheets(['一', '二', '三'], contents)).map(([name, total]) => [name, total])).toEqual([
      ['乙', '88'],
      ['甲', ''],
    ]);
  });

  it('a continuation nothing names joins the table before it by sheet order only, as a weak reading', () => {
    const contents = [project('甲', '30'), rest('98')];
    const [ev] = recognize(sheets(['项目一', '续页'], contents)).evaluations;
    expect([raw(ev.total), ev.total?.readings?.filter((r) => r.aspect === 'placement').map((r) => `${r.basis}:${r.strength}`)]).toEqual(['98', ['order:weak']]);
    expect(ev.indicators.slice(2).every((i) => i.score?.readings?.some((r) => r.aspect === 'placement' && r.strength === 'weak'))).toBe(true);
  });

  it('one page break inside a sheet needs no reading of its own', () => {
    const [ev] = recognize(sheets(['表1'], [[...project('甲', '30'), ...rest('98')]])).evaluations;
    expect([raw(ev.total), ev.total?.readings?.some((r) => r.aspect === 'placement')]).toEqual(['98', false]);
  });
});
