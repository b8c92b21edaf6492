/**
 * How the three template shapes of fixtures/evaluation-templates are read (issue 15): every column
 * from its header words, whatever the province's vocabulary or the number of header rows.
 */
import path from 'node:path';
import type { DeptEvaluation, ProjectEvaluation } from '../../src/ledger/evaluation';
import { readInput } from '../../src/read';
import { recognize } from '../../src/recognize';
import { gridFromText } from '../../src/read/grid';

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
