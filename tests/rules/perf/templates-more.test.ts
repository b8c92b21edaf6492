/**
 * Three more template shapes (issue 15; fixtures/evaluation-templates, built by
 * scripts/fixtures/evaluation/templates.js from seed 000's and seed 002's figures): 四川's
 * 部门预算项目支出绩效自评表, a two-row indicator header, and a 部门整体 评分表 with no fund block.
 * Every table gives exactly the errors planted in it, at error level, and no other error; on the
 * 评分表 the rules that need funds say in coverage that they could not run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LintMessage, LintResult } from '../../../src/types';
import type { Rule } from '../../../src/engine/rule';
import { runRules, TAIL_RULE_ID, type RuleSetting } from '../../../src/engine/engine';
import { readInput } from '../../../src/read';
import { recognize } from '../../../src/recognize';
import { perfRules } from '../../../rules/perf';
import tail from '../../../rules/rounding/tail';
import { gridFromText } from '../../../src/read/grid';
import { doc } from './helpers';

const DIR = path.join(__dirname, '..', '..', '..', 'fixtures', 'evaluation-templates');
const planted: Record<string, Record<string, string[]>> = JSON.parse(fs.readFileSync(path.join(DIR, 'planted.json'), 'utf8'));

async function lint(file: string, lang: 'zh' | 'en' = 'zh'): Promise<{ result: LintResult; tables: string[] }> {
  const out = recognize((await readInput(path.join(DIR, file))).grids);
  const rules = new Map<string, Rule<string>>([...perfRules.map((r) => [r.meta.id, r] as const), [TAIL_RULE_ID, tail as Rule<string>]]);
  const settings = new Map<string, RuleSetting>([...perfRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'error' ? 2 : 1, options: {} }] as const), [TAIL_RULE_ID, { severity: 1, options: {} }]]);
  const d = doc({ id: file, evaluations: out.evaluations, deptEvaluations: out.deptEvaluations });
  return { result: runRules(d, { rules, settings, lang, strict: true }), tables: [...out.evaluations.map((e) => e.name), ...out.deptEvaluations.map((e) => e.name)] };
}

const errorRules = (ms: LintMessage[]): string[] => [...new Set(ms.filter((m) => m.severity === 2).map((m) => m.ruleId))].sort();
const ofTable = (ms: LintMessage[], name: string): LintMessage[] => ms.filter((m) => m.data?.project === name || m.data?.department === name);

describe.each(Object.keys(planted))('%s', (file) => {
  const tables = planted[file];
  let run: { result: LintResult; tables: string[] };
  beforeAll(async () => {
    run = await lint(file);
  });

  it('reads every table once, named by its 项目名称 / 单位名称', () => {
    expect(run.tables.sort()).toEqual(Object.keys(tables).sort());
  });

  it.each(Object.entries(tables))('%s gives exactly its planted errors', (name, rules) => {
    expect(errorRules(ofTable(run.result.messages, name))).toEqual(rules);
  });

  it('raises no error outside the tables and none in doubt', () => {
    const errors = run.result.messages.filter((m) => m.severity === 2);
    expect(errors.filter((m) => !Object.keys(tables).includes(String(m.data?.project ?? m.data?.department)))).toEqual([]);
    // Every figure of these tables sits under its header: no planted error is weakened to a warning.
    expect(run.result.messages.filter((m) => m.doubt)).toEqual([]);
  });
});

describe('the 评分表 has no execution part', () => {
  const FUND_RULES = ['perf/actual-over-spent', 'perf/analysis-figures', 'perf/cost-ceiling', 'perf/dept-composition', 'perf/exec-rate', 'perf/exec-score', 'perf/fund-rows'];

  it('the rules that need funds say in coverage that they could not run on it, naming the table', async () => {
    const { result } = await lint('score-sheet/00-correct.xlsx');
    const skipped = result.coverage.rulesSkipped.filter((s) => FUND_RULES.includes(s.ruleId));
    expect(skipped.map((s) => s.ruleId).sort()).toEqual(FUND_RULES);
    expect(skipped.every((s) => /评分表，无资金栏/.test(s.reason) && s.reason.includes('北塔区委'))).toBe(true);
  });

  it('its weights are its indicators alone (100), not 110 with a default execution weight', async () => {
    const { result } = await lint('score-sheet/00-correct.xlsx');
    expect(result.messages.filter((m) => m.ruleId === 'perf/weight-total')).toEqual([]);
  });

  it.each(['zh', 'en'] as const)('perf/score-total names no 执行率得分 part (%s)', async (lang) => {
    const { result } = await lint('score-sheet/01-score-total.xlsx', lang);
    const [m] = result.messages.filter((x) => x.ruleId === 'perf/score-total');
    expect([m.messageId, m.actual, m.expected]).toEqual(['totalNotScores', '99', '98']);
    expect(m.message).not.toMatch(/执行率得分|execution/);
  });
});

describe('the 评分表\'s own text', () => {
  // seed 002's 评分表 (总分 98, 优) with a 评价结论 below it.
  const rows = (conclusion: string): string[][] => [
    ['2023年度部门整体支出绩效评价评分表'],
    ['单位名称：中共邵阳市北塔区委网络安全和信息化委员会办公室'],
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
    ['过程指标（10分）', '预算执行', '预算执行率', '10', '执行率×10分', '10'],
    ['产出指标（50分）', '数量指标', '开展网络安全检查', '50', '完成得满分', '50'],
    ['效益指标（40分）', '社会效益指标', '筑牢网络安全屏障', '40', '达到98%得满分', '38'],
    ['合计', '', '', '100', '', '98'],
    ['自评等级', '优'],
    ['评价结论', conclusion],
  ];
  const run = (conclusion: string): LintResult => {
    const out = recognize([gridFromText('s.xlsx', '评分表', rows(conclusion))]);
    const rules = new Map<string, Rule<string>>(perfRules.map((r) => [r.meta.id, r] as const));
    const settings = new Map<string, RuleSetting>(perfRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'error' ? 2 : 1, options: {} }] as const));
    return runRules(doc({ id: 's', deptEvaluations: out.deptEvaluations }), { rules, settings, lang: 'zh', strict: true });
  };

  it('its 自评得分 and 等级 are still checked against the sheet; its 执行率 is listed as not understood (no funds)', () => {
    const result = run('本单位部门整体支出自评得分99分，自评等级为良，预算执行率100%，各项工作有序开展。');
    expect(result.messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.messageId]).sort()).toEqual([['perf/analysis-figures', 'figureMismatch'], ['perf/analysis-figures', 'gradeDiffers']]);
    expect((result.coverage.textsNotUnderstood ?? []).map((x) => x.figure)).toEqual(['100%']);
    expect(result.coverage.rulesSkipped.some((s) => s.ruleId === 'perf/analysis-figures')).toBe(true);
  });

  it('a text that agrees gives nothing', () => {
    expect(run('本单位部门整体支出自评得分98分，自评等级为优。').messages.filter((m) => m.ruleId === 'perf/analysis-figures')).toEqual([]);
  });
});
