/**
 * The template shapes of issue 12 (fixtures/evaluation-*, built by scripts/fixtures/evaluation/build.js
 * from seed 000's and seed 002's figures): every table gives exactly the errors planted in it, at
 * error level, and no other error. Only the banded template's 执行率得分 may differ from 分值 × 执行率
 * without an error: that is a warning there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LintMessage } from '../../../src/types';
import type { Rule } from '../../../src/engine/rule';
import { runRules, TAIL_RULE_ID, type RuleSetting } from '../../../src/engine/engine';
import { readInput } from '../../../src/read';
import { recognize } from '../../../src/recognize';
import { perfRules } from '../../../rules/perf';
import tail from '../../../rules/rounding/tail';
import { gridFromText } from '../../../src/read/grid';
import { doc } from './helpers';

const FIX = path.join(__dirname, '..', '..', '..', 'fixtures');

async function lint(file: string): Promise<{ messages: LintMessage[]; projects: string[] }> {
  const out = recognize((await readInput(path.join(FIX, file))).grids);
  const rules = new Map<string, Rule<string>>([...perfRules.map((r) => [r.meta.id, r] as const), [TAIL_RULE_ID, tail as Rule<string>]]);
  const settings = new Map<string, RuleSetting>([...perfRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'error' ? 2 : 1, options: {} }] as const), [TAIL_RULE_ID, { severity: 1, options: {} }]]);
  const d = doc({ id: file, evaluations: out.evaluations, deptEvaluations: out.deptEvaluations });
  return { messages: runRules(d, { rules, settings, lang: 'zh', strict: true }).messages, projects: [...out.evaluations.map((e) => e.name), ...out.deptEvaluations.map((e) => e.name)] };
}

const planted = (dir: string): Record<string, string[]> => JSON.parse(fs.readFileSync(path.join(FIX, dir, 'planted.json'), 'utf8'));
const errorRules = (ms: LintMessage[]): string[] => [...new Set(ms.filter((m) => m.severity === 2).map((m) => m.ruleId))].sort();

describe.each(['evaluation-deviation', 'evaluation-weights', 'evaluation-layout', 'evaluation-banded'])('%s', (dir) => {
  let result: { messages: LintMessage[]; projects: string[] };
  const tables = planted(dir);
  beforeAll(async () => {
    result = await lint(`${dir}/${dir.replace(/^evaluation-/, '')}.xlsx`);
  });

  it('reads every table once, named by its 项目名称', () => {
    expect(result.projects.sort()).toEqual(Object.keys(tables).sort());
  });

  it.each(Object.entries(tables))('%s gives exactly its planted errors', (project, rules) => {
    expect(errorRules(result.messages.filter((m) => m.data?.project === project))).toEqual(rules);
  });

  it('raises no error outside the tables', () => {
    expect(result.messages.filter((m) => m.severity === 2 && !Object.keys(tables).includes(String(m.data?.project)))).toEqual([]);
  });
});

describe('evaluation-banded: a template that scores 执行率 in bands', () => {
  it('reports 分值 × 执行率 differences as warnings that name the band note (请复核), never as errors', async () => {
    const { messages } = await lint('evaluation-banded/banded.xlsx');
    const exec = messages.filter((m) => m.ruleId === 'perf/exec-score');
    expect(exec.length).toBe(Object.keys(planted('evaluation-banded')).length);
    expect(exec.every((m) => m.severity === 1 && m.doubt === true)).toBe(true);
    expect(exec[0].evidence?.some((r) => r.strength === 'weak' && /分档|区间/.test(`${r.detail ?? ''}${r.note?.zh ?? ''}${typeof r.alternative === 'string' ? r.alternative : r.alternative?.zh ?? ''}`))).toBe(true);
  });
});

describe('evaluation-dept: 部门整体 tables through the same readers', () => {
  it.each(Object.entries(planted('evaluation-dept')))('%s gives exactly its planted errors', async (file, rules) => {
    const { messages } = await lint(`evaluation-dept/${file}`);
    expect(errorRules(messages)).toEqual(rules);
  });
});

describe('the gate keeps findings on figures placed by order at warning level', () => {
  const table = (fundRow: string[]): string[][] => [
    ['新增办公设备费用项目支出绩效自评表'],
    ['项目名称', '新增办公设备费用'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    fundRow,
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '90', '88'],
    ['总分', '', '', '', '', '', '100', '97.63'],
    ['自评等级', '优'],
  ];
  const execRate = async (fundRow: string[]): Promise<LintMessage[]> => {
    const out = recognize([gridFromText('g.xlsx', 'g', table(fundRow))]);
    const rules = new Map<string, Rule<string>>(perfRules.map((r) => [r.meta.id, r] as const));
    const settings = new Map<string, RuleSetting>(perfRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'error' ? 2 : 1, options: {} }] as const));
    return runRules(doc({ id: 'g', evaluations: out.evaluations }), { rules, settings, lang: 'zh', strict: true }).messages.filter((m) => m.ruleId === 'perf/exec-rate');
  };

  it('a 执行率 under its header that 执行数 ÷ 预算数 does not give is an error', async () => {
    expect((await execRate(['', '年度资金总额', '5.00', '5.00', '4.915', '10', '96.31%', '9.63'])).map((m) => m.severity)).toEqual([2]);
  });

  it('the same row with a figure missing (placed by order) is a warning that asks for review', async () => {
    const [m] = await execRate(['', '年度资金总额', '5.00', '4.915', '10', '96.31%', '9.63']);
    expect([m?.severity, m?.doubt]).toEqual([1, true]);
  });
});

describe('rules pass the figures they use, so an indicator row read by order keeps its finding a warning', () => {
  const rows = (shifted: boolean): string[][] => [
    ['新增办公设备费用项目支出绩效自评表'],
    ['项目名称', '新增办公设备费用'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '5.00', '5.00', '4.915', '10', '98.31%', '9.83'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '50', '50'],
    [...(shifted ? [''] : []), '', '效益指标', '社会效益指标', '单位正常运转保障度', '保障', '达成预期指标', '40', '38'],
    ['总分', '', '', '', '', '', '100', '98.83'],
  ];
  const scoreTotal = (shifted: boolean): LintMessage[] => {
    const out = recognize([gridFromText('u.xlsx', 'u', rows(shifted))]);
    const rules = new Map<string, Rule<string>>(perfRules.map((r) => [r.meta.id, r] as const));
    const settings = new Map<string, RuleSetting>(perfRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'error' ? 2 : 1, options: {} }] as const));
    return runRules(doc({ id: 'u', evaluations: out.evaluations }), { rules, settings, lang: 'zh', strict: true }).messages.filter((m) => m.ruleId === 'perf/score-total');
  };

  it('总分 98.83 against 97.83 is an error when every row sits on its header', () => {
    expect(scoreTotal(false).map((m) => [m.severity, m.doubt ?? false])).toEqual([[2, false]]);
  });

  it('the same total is a warning naming the row read by order when one indicator row sits off its header', () => {
    const [m] = scoreTotal(true);
    expect([m?.severity, m?.doubt, m?.evidence?.some((r) => r.basis === 'order' && r.as === '得分')]).toEqual([1, true, true]);
  });
});
