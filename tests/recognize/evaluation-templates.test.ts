/**
 * How the three template shapes of fixtures/evaluation-templates are read (issue 15): every column
 * from its header words, whatever the province's vocabulary or the number of header rows.
 */
import path from 'node:path';
import type { DeptEvaluation, ProjectEvaluation } from '../../src/ledger/evaluation';
import { readInput } from '../../src/read';
import { recognize } from '../../src/recognize';
import { gridFromText } from '../../src/read/grid';
import type { Rule } from '../../src/engine/rule';
import { runRules, type RuleSetting } from '../../src/engine/engine';
import { perfRules } from '../../rules/perf';
import { doc } from '../helpers/ledger';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'evaluation-templates');

async function read(file: string): Promise<{ evaluations: ProjectEvaluation[]; deptEvaluations: DeptEvaluation[] }> {
  return recognize((await readInput(path.join(DIR, file))).grids);
}

const bases = (c: { readings?: { basis: string }[] } | null | undefined): string[] => (c?.readings ?? []).map((r) => r.basis);

describe('四川 部门预算项目支出绩效自评表', () => {
  let ev: ProjectEvaluation;
  beforeAll(async () => {
    ev = (await read('sichuan.xlsx')).evaluations[0];
  });

  it('names the project without the project code printed before it', () => {
    expect(ev.name).toBe('办公场所保洁经费T00');
  });

  it('reads 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 from the header', () => {
    const [total, fiscal, other] = ev.funds;
    expect([total.kind, total.initial?.raw, total.full?.raw, total.executed?.raw, total.rate?.value?.toFixed(2), total.weight?.raw, total.score?.raw]).toEqual(['total', '5.00', '5.00', '3.43', '68.60', '10', '6.86']);
    expect([fiscal.kind, fiscal.label, other.kind]).toEqual(['fiscal', '财政拨款', 'unit']);
    expect(bases(total.executed)).toEqual(['header']);
    expect(ev.execScoring?.strength).toBe('strong');
  });

  it('joins 指标性质, 指标值 and 度量单位 into the target as people read it, the unit onto 完成值', () => {
    const byName = new Map(ev.indicators.map((i) => [i.name, i]));
    expect([byName.get('办公室保洁面积')?.target, byName.get('办公室保洁面积')?.actual]).toEqual(['≤750平方米', '750平方米']);
    expect([byName.get('保洁人员工作达标率')?.target, byName.get('保洁人员工作达标率')?.actual]).toEqual(['=100%', '96%']);
    expect([byName.get('办公场所环境')?.target, byName.get('办公场所环境')?.actual]).toEqual(['良好', '达成预期指标']);
    expect(ev.indicators).toHaveLength(10);
    expect(ev.indicators.every((i) => bases(i.weight).every((b) => b === 'header'))).toBe(true);
  });

  it('reads 合计 under 权重 / 得分, and the goals printed above the funds with what was done', () => {
    expect([ev.totalWeight?.raw, ev.total?.raw]).toEqual(['100', '79.86']);
    expect(ev.achieved?.map((p) => p.text.replace(/,/g, '，'))).toEqual(['全年保洁面积750平方米，聘用保洁人员1人。']);
    expect(ev.analysis.map((p) => p.text)[0]).toMatch(/^项目按计划实施/);
  });
});

describe('weights printed in the header labels of 四川\'s template', () => {
  it('绩效指标（90分） is the weight of all the indicators together, read from its label', async () => {
    const [ev] = (await read('sichuan.xlsx')).evaluations;
    expect(ev.statedBlocks?.map((b) => [b.name, b.scope, b.statedWeight.raw, bases(b.statedWeight)])).toEqual([['绩效指标', 'all', '90', ['label']]]);
  });

  it('预算执行情况（10分） gives the execution weight when the row prints none', () => {
    const rows = [
      ['部门预算项目支出绩效自评表（2024年度）'],
      ['项目名称', '', '工资性支出'],
      ['预算执行情况（10分）', '年度预算数（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
      ['', '总额', '238.93', '251.89', '251.89', '100.00%', '', '10'],
      ['绩效指标（90分）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
      ['', '产出指标', '数量指标', '发放覆盖率', '=', '100', '%', '100', '60', '60'],
      ['', '效益指标', '社会效益指标', '足额保障率', '=', '100', '%', '100', '30', '30'],
      ['合计', '', '', '', '', '', '', '', '100', '100'],
    ];
    const [ev] = recognize([gridFromText('s.xlsx', 's', rows)]).evaluations;
    expect([ev.execWeight?.raw, bases(ev.execWeight)]).toEqual(['10', ['label']]);
    expect([ev.execScore?.raw, ev.total?.raw, ev.indicators.map((i) => i.target)]).toEqual(['10', '100', ['=100%', '=100%']]);
  });
});

describe('a two-row indicator header', () => {
  it('takes 年度指标值 | 实际完成值 | 分值 | 得分 from the row above the level names (绩效指标 over 一级/二级/三级)', async () => {
    const { evaluations } = await read('two-row.xlsx');
    for (const ev of evaluations) {
      expect(ev.indicators).toHaveLength(8);
      expect(ev.indicators.every((i) => bases(i.weight).concat(bases(i.score)).every((b) => b === 'header'))).toBe(true);
      expect([ev.indicators[0].target, ev.indicators[0].actual]).toEqual(['≥20台', '20台']);
      expect(bases(ev.total)).toEqual(['header']);
    }
  });

  it('does not take a fund header or a goal text above the level names as part of it', () => {
    const rows = [
      ['培训费项目支出绩效自评表'],
      ['项目名称', '培训费'],
      ['项目资金（万元）', '', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
      ['', '年度资金总额', '2.00', '2.00', '100%', '10', '10'],
      ['年度总体目标', '完成年度培训任务，提高干部业务能力，培训人数不少于80人。'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '培训人数', '≥80人', '85人', '90', '90'],
      ['总分', '', '', '', '', '100', '100'],
    ];
    const [ev] = recognize([gridFromText('t.xlsx', 't', rows)]).evaluations;
    expect(ev.indicators.map((i) => [i.name, i.weight?.raw, bases(i.weight)])).toEqual([['培训人数', '90', ['header']]]);
    // A goals line of header words right above a complete header stays the goals'.
    const goals = [...rows.slice(0, 4), ['', '', '', '预期目标', '实际完成情况'], ...rows.slice(5)];
    const [again] = recognize([gridFromText('t.xlsx', 't', goals)]).evaluations;
    expect(again.indicators.map((i) => [i.target, i.actual, bases(i.weight)])).toEqual([['≥80人', '85人', ['header']]]);
  });
});

describe('a 部门整体支出绩效评价评分表', () => {
  it('is a department evaluation with no funds: indicators with 分值 / 得分, 评分标准 as text, blocks with their stated weights', async () => {
    const { deptEvaluations, evaluations } = await read('score-sheet/00-correct.xlsx');
    expect(evaluations).toEqual([]);
    const [d] = deptEvaluations;
    expect([d.form, d.name, d.funds, d.execScore]).toEqual(['score-sheet', '中共邵阳市北塔区委网络安全和信息化委员会办公室', [], null]);
    const indicators = d.blocks.flatMap((b) => b.indicators);
    expect(indicators).toHaveLength(10);
    expect(indicators[0]).toMatchObject({ name: '预算执行率', l1: '过程指标' });
    expect(indicators.every((i) => bases(i.score).every((b) => b === 'header'))).toBe(true);
    expect(d.blocks.map((b) => [b.name, b.statedWeight?.raw])).toEqual([['过程指标', '10'], ['产出指标', '50'], ['效益指标', '30'], ['满意度指标', '10']]);
    expect([d.totalWeight?.raw, d.total?.raw, d.grade?.text]).toEqual(['100', '98', '优']);
  });
});

describe('a 评分表 with every weight in its label (一级指标（50分） | 二级指标（20分） | 三级指标（10分） | 得分)', () => {
  it('reads each weight from its 三级指标 label (a label reading), the 二级 weights as blocks inside their 一级 block', async () => {
    const [d] = (await read('score-labels/00-correct.xlsx')).deptEvaluations;
    const indicators = d.blocks.flatMap((b) => b.indicators);
    expect(indicators.map((i) => [i.name, i.weight?.raw, i.score?.raw]).slice(0, 3)).toEqual([['预算执行率', '10', '10'], ['开展网络安全检查', '5', '5'], ['网络评论队伍培训', '5', '5']]);
    expect(indicators.every((i) => bases(i.weight).every((b) => b === 'label') && bases(i.score).every((b) => b === 'header'))).toBe(true);
    expect(d.subBlocks?.map((b) => [b.parent, b.name, b.statedWeight.raw])).toContainEqual(['产出指标', '质量指标', '20']);
    expect([d.total?.raw, d.totalWeight, d.form]).toEqual(['98', null, 'score-sheet']);
  });
});

describe('a 项目支出绩效评价评分表', () => {
  // 新增办公设备费用 (seed 000) scored on 决策/过程/产出/效益, as a 部门评价 scores a project; no fund block.
  const rows = (total: string): string[][] => [
    ['新增办公设备费用项目支出绩效评价评分表'],
    ['项目名称', '新增办公设备费用'],
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
    ['决策（15分）', '项目立项', '立项依据充分性', '5', '依据充分得满分', '5'],
    ['', '绩效目标', '绩效目标合理性', '5', '目标合理得满分', '5'],
    ['', '资金投入', '预算编制科学性', '5', '编制科学得满分', '5'],
    ['过程（25分）', '资金管理', '预算执行率', '15', '执行率×15分', '14.75'],
    ['', '组织实施', '政府采购规范度', '10', '规范得满分', '10'],
    ['产出（40分）', '产出数量', '办公设备购置数量', '20', '≥20台得满分', '20'],
    ['', '产出时效', '办公设备购置时间', '20', '按时完成得满分', '16'],
    ['效益（20分）', '满意度', '服务对象满意度', '20', '≥95%得满分', '20'],
    ['总分', '', '', '100', '', total],
    ['评价等级', '优'],
  ];
  const lint = (total: string) => {
    const out = recognize([gridFromText('p.xlsx', '评分表', rows(total))]);
    const rules = new Map<string, Rule<string>>(perfRules.map((r) => [r.meta.id, r] as const));
    const settings = new Map<string, RuleSetting>(perfRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'error' ? 2 : 1, options: {} }] as const));
    return { out, result: runRules(doc({ id: 'p', evaluations: out.evaluations }), { rules, settings, lang: 'zh', strict: true }) };
  };

  it('is a project evaluation with no funds and no execution part, its indicators under their headers', () => {
    const { out, result } = lint('95.75');
    const [ev] = out.evaluations;
    expect([ev.form, ev.name, ev.funds, ev.indicators.length, ev.total?.raw, ev.totalWeight?.raw, ev.grade?.text]).toEqual(['score-sheet', '新增办公设备费用', [], 8, '95.75', '100', '优']);
    expect(result.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(result.coverage.rulesSkipped.filter((s) => s.ruleId === 'perf/exec-score').map((s) => s.reason)).toEqual(['“新增办公设备费用”为评分表，无资金栏，未能核对执行率得分']);
  });

  it('a 总分 that is not the sum of its scores is an error that names no 执行率得分', () => {
    const { result } = lint('96.75');
    expect(result.messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.messageId, m.actual, m.expected])).toEqual([['perf/score-total', 'totalNotScores', '96.75', '95.75']]);
  });
});

describe('an indicator block without levels (指标名称 | 年度指标值 | 实际完成值 | 分值 | 得分)', () => {
  it('is read from its header like any other', () => {
    const rows = [
      ['培训费项目支出绩效自评表'],
      ['项目名称', '培训费'],
      ['项目资金（万元）', '', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
      ['', '年度资金总额', '5.37', '3.973', '73.99%', '10', '7.40'],
      ['指标名称', '年度指标值', '实际完成值', '分值', '得分'],
      ['培训人数', '≥100人次', '100人次', '50', '50'],
      ['培训满意度', '≥95%', '96%', '40', '40'],
      ['总分', '', '', '100', '97.40'],
    ];
    const [ev] = recognize([gridFromText('t.xlsx', 't', rows)]).evaluations;
    expect(ev.indicators.map((i) => [i.name, i.target, i.actual, i.weight?.raw, i.score?.raw, bases(i.weight)])).toEqual([
      ['培训人数', '≥100人次', '100人次', '50', '50', ['header']],
      ['培训满意度', '≥95%', '96%', '40', '40', ['header']],
    ]);
    expect([ev.totalWeight?.raw, ev.total?.raw]).toEqual(['100', '97.40']);
  });
});
