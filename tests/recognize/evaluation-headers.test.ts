/**
 * Issue 12, "Why": self-evaluation tables read from their headers in templates other than seed 000's.
 * Each case is a table a province prints; the figures are seed 000's 新增办公设备费用 re-laid.
 */
import type { Grid } from '../../src/types';
import type { ProjectEvaluation } from '../../src/ledger/evaluation';
import { gridFromText } from '../../src/read/grid';
import { recognize } from '../../src/recognize';

const FILE = 't.xlsx';
const read = (...sheets: string[][][]): ProjectEvaluation[] => recognize(sheets.map((rows, i): Grid => gridFromText(FILE, `表${i + 1}`, rows))).evaluations;
const v = (c: { value: { toString(): string } | null } | null | undefined): string | null => (c?.value ? c.value.toString() : null);

const TITLE = ['新增办公设备费用项目支出绩效自评表'];
const NAME = ['项目名称', '新增办公设备费用', '', '', '主管部门', '中共长治市委网络安全和信息化委员会办公室'];
const FUND_HEADER = ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const FUND_ROW = ['', '年度资金总额', '5.00', '5.00', '4.915', '10', '98.31%', '9.83'];

/** A table with the given indicator header and rows, and a 总分 row built the same way. */
function table(header: string[], rows: string[][], total: string[], fund: string[][] = [FUND_HEADER, FUND_ROW]): string[][] {
  return [TITLE, NAME, ...fund, header, ...rows, total, ['自评等级', '优']];
}

describe('indicator rows are read from the header, not by position', () => {
  const header = ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '实际值', '分值', '得分', '偏差度'];
  const rows = [
    ['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '20', '20', '0'],
    ['', '成本指标', '经济成本指标', '办公设备费用', '≤8万元', '8万元', '5', '5', '0'],
    ['', '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥95%', '96%', '65', '64', '1.05'],
  ];

  it('a row ending with 偏差度 keeps 得分 as the score and 偏差度 as the deviation', () => {
    const [e] = read(table(header, rows, ['总分', '', '', '', '', '', '100', '98.83']));
    expect(e.indicators.map((i) => [i.name, v(i.weight), v(i.score), v(i.deviation)])).toEqual([
      ['办公设备购置数量', '20', '20', '0'],
      ['办公设备费用', '5', '5', '0'],
      ['服务对象满意度', '65', '64', '1.05'],
    ]);
    expect([v(e.totalWeight), v(e.total)]).toEqual(['100', '98.83']);
  });

  it('a numeric 实际值 with a blank 得分 is the actual, not the weight', () => {
    const [e] = read(table(header, [['', '产出指标', '数量指标', '培训人次', '≥100', '120', '20', '', '20.00%'], ...rows.slice(1)], ['总分', '', '', '', '', '', '90', '78.83']));
    expect([e.indicators[0].actual, v(e.indicators[0].weight), v(e.indicators[0].score), v(e.indicators[0].deviation)]).toEqual(['120', '20', null, '20']);
  });

  it('分值 printed before 指标值 leaves the target its own text', () => {
    const h = ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分'];
    const [e] = read(table(h, [['', '产出指标', '成本指标', '办公设备购置成本', '20', '≤5万元', '4.91万元', '20']], ['总分', '', '', '', '', '', '', '29.83']));
    expect([e.indicators[0].target, e.indicators[0].actual, v(e.indicators[0].weight), v(e.indicators[0].score)]).toEqual(['≤5万元', '4.91万元', '20', '20']);
  });

  it('figures read from their header columns record a strong reading; a row off its header a weak one', () => {
    const shifted = ['', '', '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥95%', '96%', '65', '64'];
    const [e] = read(table(header, [...rows.slice(0, 2), shifted], ['总分', '', '', '', '', '', '100', '98.83']));
    expect(e.indicators[0].score?.readings?.map((r) => [r.as, r.basis, r.detail])).toEqual([['得分', 'header', '得分']]);
    const weak = e.indicators[2].score?.readings?.[0];
    expect([e.indicators[2].name, v(e.indicators[2].weight), v(e.indicators[2].score), weak?.strength, weak?.basis]).toEqual(['服务对象满意度', '65', '64', 'weak', 'order']);
  });
});

describe('any hierarchy of indicators', () => {
  it('成本指标 in the 一级指标 column is a first-level name', () => {
    const h = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    const [e] = read(table(h, [['', '成本指标', '经济成本指标', '办公设备购置成本', '≤5万元', '4.91万元', '10', '10']], ['总分', '', '', '', '', '', '', '19.83']));
    expect([e.indicators[0].l1, e.indicators[0].l2]).toEqual(['成本指标', '经济成本指标']);
  });

  it('决策/过程/产出/效益 with 权重: block weights from labels, 合计 is the total row, not an indicator of weight 100', () => {
    const h = ['一级指标', '二级指标', '三级指标', '权重', '指标值', '实际完成值', '得分'];
    const rows = [
      ['决策（40分）', '项目立项', '立项依据充分性', '40', '充分', '充分', '40'],
      ['过程（20分）', '资金管理', '资金使用合规性', '20', '合规', '合规', '20'],
      ['产出（20分）', '产出数量', '办公设备购置数量', '20', '≥20台', '20台', '20'],
      ['效益（10分）', '社会效益', '单位正常运转保障度', '10', '保障', '达成预期指标', '8'],
    ];
    const [e] = read(table(h, rows, ['合计', '', '', '100', '', '', '97.83']));
    expect(e.indicators.map((i) => [i.l1, v(i.weight)])).toEqual([['决策', '40'], ['过程', '20'], ['产出', '20'], ['效益', '10']]);
    expect(e.statedBlocks?.map((b) => [b.name, v(b.statedWeight)])).toEqual([['决策', '40'], ['过程', '20'], ['产出', '20'], ['效益', '10']]);
    expect([v(e.totalWeight), v(e.total)]).toEqual(['100', '97.83']);
  });

  it('a total named 综合得分 is the total', () => {
    const h = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    const [e] = read(table(h, [['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '90', '88']], ['综合得分', '', '', '', '', '', '', '97.83']));
    expect([e.indicators.length, v(e.total)]).toEqual([1, '97.83']);
  });
});

describe('the fund block', () => {
  const h = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const ind = [['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '90', '88']];

  it('a 预算数 | 执行数 header keeps the budget and the execution apart', () => {
    const fund = [
      ['项目资金（万元）', '', '预算数', '执行数', '结余', '执行率', '分值', '得分'],
      ['', '年度资金总额', '5.00', '4.915', '0.085', '98.31%', '10', '9.83'],
      ['', '其中：当年财政拨款', '4.50', '4.415'],
      ['', '上年结转资金', '0.50', '0.50'],
    ];
    const [e] = read(table(h, ind, ['总分', '', '', '', '', '', '100', '97.83'], fund));
    expect(e.funds.map((f) => [f.label, f.kind, v(f.full), v(f.executed)])).toEqual([
      ['年度资金总额', 'total', '5', '4.915'],
      ['当年财政拨款', 'fiscal', '4.5', '4.415'],
      ['上年结转资金', 'carried', '0.5', '0.5'],
    ]);
    expect(e.funds[0].full?.readings?.map((r) => [r.as, r.basis, r.detail])).toEqual([['全年预算数', 'header', '预算数']]);
  });

  it('a fund row with fewer figures than header words is placed by order, and says so (weak, with the alternative)', () => {
    const fund = [FUND_HEADER, ['', '年度资金总额', '5.00', '4.915', '10', '98.31%', '9.83']];
    const [e] = read(table(h, ind, ['总分', '', '', '', '', '', '100', '97.83'], fund));
    const r = e.funds[0].executed?.readings?.[0];
    expect([r?.basis, r?.strength, /无法以其他行勾稽印证/.test(r?.note?.zh ?? ''), /corroborate/.test(r?.note?.en ?? ''), r?.alternative]).toEqual([
      'order',
      'weak',
      true,
      true,
      { zh: '按表头所在列读取', en: expect.stringMatching(/column of its header/) },
    ]);
  });
});

describe('layout', () => {
  const h = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const ind = [['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '90', '88']];
  const total = ['总分', '', '', '', '', '', '100', '97.83'];

  it('a merged 项目名称 label (its text copied over the cells it covers) does not name the project', () => {
    const rows = table(h, ind, total);
    rows[1] = ['项目名称', '项目名称', '新增办公设备费用', '新增办公设备费用', '主管部门', '中共长治市委网络安全和信息化委员会办公室'];
    expect(read(rows)[0].name).toBe('新增办公设备费用');
  });

  it('a cell holding "项目名称 主管部门" names the project from its value, never from the department', () => {
    const rows = table(h, ind, total);
    rows[1] = ['项目名称 主管部门', '', '新增办公设备费用', '', '', '中共长治市委网络安全和信息化委员会办公室'];
    expect(read(rows)[0].name).toBe('新增办公设备费用');
  });

  it('a table continued on the next sheet is joined: its indicators, 总分 and grade', () => {
    const rows = table(h, ind, total);
    const cut = rows.findIndex((r) => r[0] === '总分');
    const more = ['', '', '', '办公设备购置方采购金额', '一批', '一批', '0', '0'];
    const evs = read(rows.slice(0, cut), [more, ...rows.slice(cut)]);
    expect(evs.length).toBe(1);
    expect([evs[0].indicators.length, v(evs[0].total), evs[0].grade?.text, evs[0].continuedIn]).toEqual([2, '97.83', '优', ['表2']]);
  });

  it('full-width digits inside cells are read', () => {
    const fund = [FUND_HEADER, ['', '年度资金总额', '５．００', '５．００', '４．９１５', '１０', '９８．３１％', '９．８３']];
    const [e] = read(table(h, [['', '产出指标', '数量指标', '办公设备购置数量', '≥２０台', '２０台', '９０', '８８']], total, fund));
    expect([v(e.funds[0].full), v(e.funds[0].executed), v(e.funds[0].rate), v(e.indicators[0].weight), v(e.indicators[0].score)]).toEqual(['5', '4.915', '98.31', '90', '88']);
    // Digits inside text cells too: the targets the rules compare (≥２０台 is ≥20台).
    expect([e.indicators[0].target, e.indicators[0].actual]).toEqual(['≥20台', '20台']);
  });
});

describe('multi-row and merged headers', () => {
  it('an indicator header over two rows (指标值 merged over 年初指标值 | 调整后指标值) names each column by its lower word', () => {
    const rows = [
      TITLE,
      NAME,
      FUND_HEADER,
      FUND_ROW,
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '指标值', '实际完成值', '分值', '得分'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年初指标值', '调整后指标值', '实际完成值', '分值', '得分'],
      ['', '产出指标', '数量指标', '办公设备购置数量', '≥15台', '≥20台', '20台', '90', '88'],
      ['总分', '', '', '', '', '', '', '100', '97.83'],
    ];
    const [e] = read(rows);
    expect([e.indicators.length, e.indicators[0].initialTarget, e.indicators[0].target, e.indicators[0].actual, v(e.indicators[0].weight)]).toEqual([1, '≥15台', '≥20台', '20台', '90']);
  });

  it('a fund header over two rows (年初预算数 merged over 目标申报数 | 预算编制数) places each figure under its own word', () => {
    const fund = [
      ['项目资金（万元）', '', '年初预算数', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['项目资金（万元）', '', '目标申报数', '预算编制数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['', '资金总额', '6.00', '5.00', '5.00', '4.915', '10', '98.31%', '9.83'],
    ];
    const h = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    const [e] = read(table(h, [['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '90', '88']], ['总分', '', '', '', '', '', '100', '97.83'], fund));
    const f = e.funds[0];
    expect([v(f.initial), v(f.full), v(f.executed), v(f.rate), v(f.score), f.full?.readings?.[0]?.basis]).toEqual(['5', '5', '4.915', '98.31', '9.83', 'header']);
  });

  it('项目名称 printed as a field header with its value on the line below', () => {
    const rows = table(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], [['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '90', '88']], ['总分', '', '', '', '', '', '100', '97.83']);
    rows.splice(1, 1, ['项目名称', '主管部门', '实施单位'], ['新增办公设备费用', '中共长治市委网络安全和信息化委员会办公室', '本级']);
    expect(read(rows)[0].name).toBe('新增办公设备费用');
  });
});

describe('page breaks inside one sheet', () => {
  const h = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const first = ['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '50', '50'];
  const second = ['', '效益指标', '社会效益指标', '单位正常运转保障度', '保障', '达成预期指标', '40', '38'];
  const total = ['总分', '', '', '', '', '', '100', '97.83'];

  it.each([
    ['the title repeated', TITLE],
    ['the title repeated with （续）', ['新增办公设备费用项目支出绩效自评表（续）']],
  ])('%s, then the indicator header again: one table', (_, title) => {
    const rows = [TITLE, NAME, FUND_HEADER, FUND_ROW, h, first, title, h, second, total, ['自评等级', '优']];
    const evs = read(rows);
    expect(evs.map((e) => [e.name, e.indicators.map((i) => `${i.l1}/${i.name}`), v(e.total)])).toEqual([['新增办公设备费用', ['产出指标/办公设备购置数量', '效益指标/单位正常运转保障度'], '97.83']]);
  });
});

describe('the 资金管理 block', () => {
  it('reads 分值 / 得分 from its own header line when it prints one', () => {
    const rows = [
      TITLE,
      NAME,
      ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
      ['', '年度资金总额', '50.00', '50.00', '45.00', '90.00%', '10', '9.00'],
      ['资金管理情况（20分）', '评价内容', '', '', '', '', '分值', '得分'],
      ['', '安排科学性', '', '', '', '', '5', '5'],
      ['', '使用规范性', '', '', '', '', '15', '12'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['', '产出指标', '数量指标', '整治村庄数量', '≥20个', '22个', '70', '70'],
      ['总分', '', '', '', '', '', '100', '91.00'],
    ];
    const [e] = read(rows);
    expect(e.management.map((m) => [m.name, v(m.weight), v(m.score), m.score?.readings?.[0]?.basis])).toEqual([
      ['安排科学性', '5', '5', 'header'],
      ['使用规范性', '15', '12', 'header'],
    ]);
  });
});

describe('numeric targets and a "0" under 偏差原因', () => {
  it('reads 指标值 / 实际完成值 / 分值 / 得分 from their columns; the 0 is the reason column saying nothing', () => {
    const h = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
    const rows = [
      ['', '产出指标', '数量指标', '办公设备购置金额', '5', '4.915', '50', '49', '0'],
      ['', '效益指标', '社会效益指标', '单位正常运转保障率', '100', '100', '40', '40', '0'],
    ];
    const [e] = read(table(h, rows, ['总分', '', '', '', '', '', '100', '98.83']));
    expect(e.indicators.map((i) => [i.target, i.actual, v(i.weight), v(i.score), i.note ?? '', i.score?.readings?.[0]?.basis])).toEqual([
      ['5', '4.915', '50', '49', '', 'header'],
      ['100', '100', '40', '40', '', 'header'],
    ]);
  });
});
