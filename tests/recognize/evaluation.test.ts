/**
 * Self-evaluation recognition on real fixtures: seed 000's eleven template-(a) tables (messy PDF
 * conversions), the template-(b) fixture (18 tables, two per sheet, shifted rows) and seed 002's
 * department tables.
 */
import path from 'node:path';
import type { Cell } from '../../src/types';
import type { ProjectEvaluation } from '../../src/ledger/evaluation';
import { readInput } from '../../src/read';
import { recognize } from '../../src/recognize';
import { gridFromText } from '../../src/read/grid';
import { NATIONAL_2020 } from './national-template';

const FIX = path.join(__dirname, '..', '..', 'fixtures');
const load = async (file: string) => recognize((await readInput(path.join(FIX, file))).grids);
const sum = (cells: (Cell | null | undefined)[]): string => cells.reduce((a, c) => a + (c?.value ? c.value.toNumber() : 0), 0).toString();
const raw = (c: Cell | null | undefined): string => (c ? c.value?.toString() ?? '' : '');

function summary(e: ProjectEvaluation) {
  const t = e.funds.find((f) => f.kind === 'total')!;
  return [e.name, raw(t.full), raw(t.executed), raw(t.rate), raw(t.score), e.indicators.length, sum(e.indicators.map((i) => i.weight)), sum(e.indicators.map((i) => i.score)), raw(e.total), e.grade?.text];
}

describe('seed 000: eleven project self-evaluations (template a)', () => {
  let evs: ProjectEvaluation[];
  beforeAll(async () => {
    evs = (await load('seed-000/000.xlsx')).evaluations;
  });

  it('finds every table with its funds, indicators, weights, scores, total and grade', () => {
    expect(evs.map(summary)).toEqual([
      ['办公场所保洁经费', '5', '3.43', '68.6', '6.86', 10, '90', '73', '79.86', '中'],
      ['培训费', '5.37', '3.973', '73.99', '7.4', 10, '90', '71', '78.4', '中'],
      ['全市网络安全态势感知系统年度服务费', '40', '0', '0', '0', 19, '90', '81', '81', '良'],
      ['网络安全宣传周资料印制', '10', '9.99', '99.91', '9.99', 12, '90', '90', '99.99', '优'],
      ['网信长治', '10', '10', '100', '10', 12, '80', '80', '100', '优'],
      ['新增办公设备费用', '5', '4.915', '98.31', '9.83', 8, '90', '88', '97.83', '优'],
      ['应急指挥和举报中心应急值守人员项目', '40', '39.9', '99.75', '9.98', 12, '90', '90', '99.98', '优'],
      ['应急指挥举报配套项目', '30', '0', '0', '0', 18, '90', '80', '80', '良'],
      ['应急指挥举报配套项目', '59', '0', '0', '0', 18, '90', '80', '80', '良'],
      ['指令传输系统和加密文电传输运行费用', '30', '23.79', '79.3', '7.93', 14, '90', '72', '79.93', '中'],
      ['专项业务费', '10', '9.772', '97.72', '9.77', 17, '90', '90', '99.77', '优'],
    ]);
    expect(evs.every((e) => e.template === 'a' && e.execWeight === null && e.management.length === 0)).toBe(true);
  });

  it('places shifted fund rows by the order of their figures (新增办公设备: 全年执行数 under a second header row)', () => {
    const e = evs.find((x) => x.name === '新增办公设备费用')!;
    const t = e.funds[0];
    expect([t.initial?.ref.cell, t.full?.ref.cell, t.executed?.ref.cell, t.balance?.ref.cell, t.rate?.ref.cell, t.score?.ref.cell]).toEqual(['F7', 'G7', 'H7', 'M7', 'N7', 'O7']);
    expect(t.executed?.decimals).toBe(3);
    expect(t.full?.decimals).toBe(3); // printed precision of the block (4.915, 0.085)
  });

  it('inherits blank 一级/二级 labels and reads targets, actuals and notes', () => {
    const e = evs.find((x) => x.name === '培训费')!;
    const cost = e.indicators.find((i) => i.name === '培训总成本')!;
    expect([cost.l1, cost.l2, cost.target, cost.actual, raw(cost.weight), raw(cost.score), cost.note]).toEqual(['产出指标', '成本指标', '≤5.37万元', '≤3.97万元', '10', '7', '培训费共计3.97万元']);
    const s = evs.find((x) => x.name === '全市网络安全态势感知系统年度服务费')!.indicators.at(-1)!;
    expect([s.l1, s.l2, s.name, s.target, s.actual]).toEqual(['满意度指标', '服务对象满意度', '服务对象满意度', '≥90%', '≥95%']);
  });

  it('keeps a blank 得分 blank (配套项目 成本指标)', () => {
    const cost = evs[7].indicators.find((i) => /总成本/.test(i.name))!;
    expect(raw(cost.weight)).toBe('10');
    expect(cost.score).toBeNull();
  });

  it('collects the analysis text with its cell', () => {
    const e = evs.find((x) => x.name === '新增办公设备费用')!;
    const p = e.analysis.find((a) => /60,000\.00元/.test(a.text))!;
    expect(p.ref).toMatchObject({ sheet: '新增办公设备费用项目支出绩效自评表', cell: 'E21' });
    expect(evs[8].department?.code).toBe('103');
  });
});

describe('template (b) fixture', () => {
  let evs: ProjectEvaluation[];
  beforeAll(async () => {
    evs = (await load('perf-template-b.xlsx')).evaluations;
  });

  it('finds 20 tables, two per sheet', () => {
    expect(evs).toHaveLength(20);
    expect(evs.every((e) => e.template === 'b')).toBe(true);
    expect(new Set(evs.map((e) => e.source.sheet)).size).toBe(10);
  });

  it('reads the clean and the shifted copy alike', () => {
    const [clean, messy] = evs;
    const view = (e: ProjectEvaluation) => ({
      funds: e.funds.map((f) => [f.label, f.kind, raw(f.initial), raw(f.full), raw(f.executed), raw(f.weight), raw(f.rate), raw(f.score)]),
      management: e.management.map((m) => [m.name, raw(m.weight), raw(m.score)]),
      indicators: e.indicators.map((i) => [i.l1, i.l2, i.name, i.target, i.actual, raw(i.deviation), raw(i.weight), raw(i.score)]),
      totals: [raw(e.totalWeight), raw(e.total), e.grade?.text],
      blocks: e.statedBlocks?.map((b) => [b.name, b.kind, raw(b.statedWeight)]),
    });
    expect(view(messy)).toEqual(view(clean));
    expect(view(clean).funds).toEqual([
      ['年度资金总额', 'total', '50', '50', '45', '10', '90', '9'],
      ['财政拨款', 'fiscal', '40', '40', '36', '', '', ''],
      ['财政专户管理资金', 'special', '5', '5', '4.5', '', '', ''],
      ['单位资金', 'unit', '5', '5', '4.5', '', '', ''],
    ]);
    expect(view(clean).management).toEqual([['安排科学性', '5', '5'], ['拨付合规性', '5', '5'], ['使用规范性', '5', '5'], ['预算绩效管理情况', '5', '4']]);
    expect(view(clean).indicators[3]).toEqual(['产出指标', '质量指标', '群众投诉办结率', '≥95%', '90%', '5.26', '5', '4']);
    expect(view(clean).indicators[4]).toEqual(['产出指标', '时效指标', '完成时间', '2024年12月前', '达成预期指标', '', '5', '5']);
    expect(view(clean).totals).toEqual(['100', '97', '优']);
    expect(view(clean).blocks).toEqual([['资金管理情况', 'management', '20']]);
  });
});

describe('seed 002: department self-evaluation + 基础数据表', () => {
  it('reads funds, composition, blocks with stated weights, indicators, total and basics', async () => {
    const out = await load('seed-002/002.xlsx');
    expect(out.evaluations).toHaveLength(0);
    expect(out.deptEvaluations).toHaveLength(1);
    const d = out.deptEvaluations[0];
    expect(d.name).toBe('中共邵阳市北塔区委网络安全和信息化委员会办公室');
    const f = d.funds![0];
    expect([f.label, raw(f.initial), raw(f.full), raw(f.executed), raw(f.weight), raw(f.rate), raw(f.score)]).toEqual(['年度资金总额', '128.9', '251.06', '251.06', '10', '100', '10']);
    expect(Object.fromEntries([...d.composition!].map(([k, v]) => [k, raw(v)]))).toEqual({ 'income.general': '251.06', 'expense.basic': '213.62', 'expense.project': '37.44' });
    expect(d.blocks.map((b) => [b.name, raw(b.statedWeight), b.indicators.length, sum(b.indicators.map((i) => i.weight)), sum(b.indicators.map((i) => i.score))])).toEqual([
      ['产出指标', '50', 6, '50', '50'],
      ['效益指标', '30', 2, '30', '28'],
      ['满意度指标', '10', 1, '10', '10'],
    ]);
    expect([raw(d.totalWeight), raw(d.total)]).toEqual(['100', '98']);
    const b = (k: string) => raw(d.basics.get(k));
    expect([b('staff.quota'), b('staff.actual'), b('staff.rate'), b('sangong.total.budget'), b('sangong.reception.budget'), b('project.total.budget'), b('project.total.final'), b('public.total.final')]).toEqual(['8', '8', '100', '0.3', '0.3', '42', '37.44', '92.01']);
    expect(d.basics.get('sangong.car.final')?.decimals).toBe(2);
  });
});

describe('text grids (CSV, docx tables)', () => {
  it('reads a table whose 执行率 is a fraction and whose rows are stacked after another table', () => {
    const rows = [
      ['某某表'], ['项目', '金额'], ['其他', '1'],
      ['新增办公设备费用项目支出绩效自评表'],
      ['项目名称', '', '新增办公设备费用'],
      ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '资金结余', '执行率', '得分'],
      ['', '资金总额', '5.00', '5.00', '4.915', '0.085', '0.9831', '9.83'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年初指标值', '调整后指标值', '实际完成值', '分值', '得分'],
      ['', '产出指标', '数量指标', '办公设备购置数量', '一批', '一批', '一批', '90', '90'],
      ['总分', '', '', '', '', '', '', '', '99.83', '优'],
    ];
    const out = recognize([gridFromText('t.csv', 't', rows)]);
    expect(out.evaluations).toHaveLength(1);
    const f = out.evaluations[0].funds[0];
    expect([raw(f.rate), f.rate?.decimals, raw(f.executed), raw(f.balance)]).toEqual(['98.31', 2, '4.915', '0.085']);
    expect(out.evaluations[0].total?.raw).toBe('99.83');
  });
});

describe('the national 2020 template (财预〔2020〕10号 附件): printed 分值, 当年财政拨款 / 上年结转资金 / 其他资金', () => {

  it('reads it as template (a) with the printed execution weight and a total weight', () => {
    const [e] = recognize([gridFromText('n.csv', 'n', NATIONAL_2020)]).evaluations;
    expect(e.name).toBe('乡村道路养护');
    expect(e.template).toBe('a');
    expect(e.funds.map((f) => [f.label, f.kind, raw(f.initial), raw(f.full), raw(f.executed)])).toEqual([
      ['年度资金总额', 'total', '120', '118.5', '110.2'],
      ['当年财政拨款', 'fiscal', '100', '98.5', '92.2'],
      ['上年结转资金', 'carried', '20', '20', '18'],
    ]);
    expect([raw(e.execWeight), raw(e.execScore), raw(e.funds[0].rate)]).toEqual(['10', '9.3', '93']);
    expect(e.indicators.map((i) => [i.l1, i.l2, i.name, raw(i.weight), raw(i.score)])).toHaveLength(7);
    expect([raw(e.totalWeight), raw(e.total)]).toEqual(['100', '97.3']);
    expect(e.goals?.map((g) => g.text)).toEqual(['养护农村公路120公里。', '养护农村公路118公里。']);
  });

  it('reads header variants (执行率得分, 分值（权重）) and points written as "20分"', () => {
    const rows = NATIONAL_2020.map((r) => [...r]);
    rows[4] = ['项目资金（万元）', '', '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '执行率得分'];
    rows[11][6] = '分值（权重）';
    rows[12][6] = '20分';
    rows[12][7] = '18分';
    const [e] = recognize([gridFromText('n.csv', 'n', rows)]).evaluations;
    expect([raw(e.funds[0].full), raw(e.funds[0].rate), raw(e.execScore)]).toEqual(['118.5', '93', '9.3']);
    expect([raw(e.indicators[0].weight), raw(e.indicators[0].score), e.indicators[0].note]).toEqual(['20', '18', '两段道路并入新建工程']);
  });
});
