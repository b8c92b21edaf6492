/**
 * End to end over the fixtures (textlint's inputPath): every perf rule at its default severity on
 * seed 000's workbook, the template-(b) fixture (one planted error per table) and seed 002.
 */
import path from 'node:path';
import type { Grid, LintMessage } from '../../../src/types';
import { gridFromText } from '../../../src/read/grid';
import { NATIONAL_2020 } from '../../recognize/national-template';
import type { Rule } from '../../../src/engine/rule';
import { runRules, TAIL_RULE_ID, type RuleSetting } from '../../../src/engine/engine';
import { readInput } from '../../../src/read';
import { recognize } from '../../../src/recognize';
import { perfRules } from '../../../rules/perf';
import tail from '../../../rules/rounding/tail';
import { doc } from './helpers';

async function lint(file: string, grids?: Grid[]): Promise<LintMessage[]> {
  const out = recognize(grids ?? (await readInput(path.join(__dirname, '..', '..', '..', 'fixtures', file))).grids);
  const rules = new Map<string, Rule<string>>([...perfRules.map((r) => [r.meta.id, r] as const), [TAIL_RULE_ID, tail as Rule<string>]]);
  const settings = new Map<string, RuleSetting>([...perfRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'error' ? 2 : 1, options: {} }] as const), [TAIL_RULE_ID, { severity: 1, options: {} }]]);
  const d = doc({ id: file, evaluations: out.evaluations, deptEvaluations: out.deptEvaluations });
  return runRules(d, { rules, settings, lang: 'zh', strict: true }).messages;
}

const brief = (m: LintMessage) => `${m.severity} ${m.ruleId} ${m.sheet}!${m.cell} ${m.actual ?? ''}/${m.expected ?? ''}`;

test('perfRules is sorted by id and every id is its path', () => {
  const ids = perfRules.map((r) => r.meta.id);
  expect(ids).toEqual([...ids].sort());
  for (const r of perfRules) expect(require.resolve(`../../../rules/${r.meta.id}`)).toMatch(new RegExp(`rules/${r.meta.id}\\.ts$`));
});

describe('seed 000', () => {
  let messages: LintMessage[];
  beforeAll(async () => {
    messages = await lint('seed-000/000.xlsx');
  });

  it('finds the answer key’s self-evaluation errors, at error level, and nothing else at error level', () => {
    expect(messages.filter((m) => m.severity === 2).map(brief).sort()).toEqual([
      '2 perf/analysis-figures 培训费项目支出绩效自评表!E23 73.93/73.99',
      '2 perf/analysis-figures 网络安全宣传周资料印刷项目支出绩效自评表!D25 9.9/9.99',
      '2 perf/analysis-figures 网络安全宣传周资料印刷项目支出绩效自评表!D25 99.99/99.91',
      '2 perf/score-total 网信长治项目支出绩效自评表!I24 100/90',
      '2 perf/weight-total 网信长治项目支出绩效自评表!I24 100/90',
      '2 perf/analysis-figures 新增办公设备费用项目支出绩效自评表!E21 60000.00/50000.00',
    ].sort());
  });

  it('reports the 99.91 and 98.31 rates as rounding tails (warnings)', () => {
    expect(messages.filter((m) => m.tail).map(brief)).toEqual([
      '1 rounding/tail 网络安全宣传周资料印刷项目支出绩效自评表!J7 99.91/99.90',
      '1 rounding/tail 新增办公设备费用项目支出绩效自评表!N7 98.31/98.30',
    ]);
  });

  it('flags soft judgements as warnings only', () => {
    const soft = messages.filter((m) => !m.tail && m.severity === 1);
    expect(new Set(soft.map((m) => m.ruleId))).toEqual(new Set(['perf/met-but-deducted', 'perf/actual-over-spent', 'perf/cost-ceiling', 'perf/output-text', 'perf/full-marks-shortfall-note']));
    expect(soft.find((m) => m.ruleId === 'perf/cost-ceiling' && m.actual === '39.9')?.expected).toBe('30');
    expect(soft.find((m) => m.ruleId === 'perf/cost-ceiling' && m.actual === '7.2')?.expected).toBe('5');
  });
});

describe('template (b) fixture: one planted error per table', () => {
  const planted: Record<string, string[]> = {
    B01: [], B02: [],
    B03: ['perf/exec-rate'], B04: ['perf/fund-rows'], B05: ['perf/exec-score'], B06: ['perf/score-cap'],
    B07: ['perf/weight-total'], B08: ['perf/weight-total'], B09: ['perf/score-total'], B10: ['perf/grade'],
    B11: ['perf/deviation'], B12: ['perf/met-but-deducted'], B13: ['perf/missed-full-marks'], B14: ['perf/cost-ceiling'],
    B15: ['perf/actual-over-spent'], B16: ['perf/analysis-figures'], B17: ['perf/analysis-figures'], B18: ['rounding/tail'], B19: ['perf/output-text'],
    B20: ['perf/full-marks-shortfall-note'],
  };
  let messages: LintMessage[];
  beforeAll(async () => {
    messages = await lint('perf-template-b.xlsx');
  });

  it.each(Object.entries(planted))('%s', (table, rules) => {
    const found = messages.filter((m) => (m.data?.project as string | undefined)?.endsWith(table)).map((m) => m.ruleId);
    expect(found).toEqual(rules);
  });

  it('exercises every self-evaluation perf rule but the department-only ones (perf/target-* are for budget 绩效目标表)', () => {
    const fired = new Set(messages.map((m) => m.tailOf ?? m.ruleId));
    expect(perfRules.map((r) => r.meta.id).filter((id) => !fired.has(id) && !id.startsWith('perf/target-'))).toEqual(['perf/dept-basics', 'perf/dept-composition']);
  });
});

describe('seed 002', () => {
  it('finds the project budget contradiction and the two unexplained deductions', async () => {
    expect((await lint('seed-002/002.xlsx')).map(brief)).toEqual([
      '1 perf/met-but-deducted 附件1-2 整体支出绩效自评表!H24 14/15',
      '1 perf/met-but-deducted 附件1-2 整体支出绩效自评表!H25 14/15',
      '2 perf/dept-basics 附件1 基础数据表!C12 42/37.44',
    ]);
  });
});

test('a correct table in the national 2020 template raises nothing', async () => {
  expect((await lint('n.csv', [gridFromText('n.csv', 'n', NATIONAL_2020)])).map(brief)).toEqual([]);
});
