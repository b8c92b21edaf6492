/**
 * fixtures/perf-text (scripts/fixtures/perf-text.js): seed 000's 办公场所保洁经费 and seed 002's 整体支出绩效自评表
 * as printed, with their 实际完成情况 (or 预期目标) text rewritten. Each workbook gives exactly its planted
 * errors; a loose word (费用) gives a warning that says what it was read as; a part (其中), a planned
 * figure in the targets and a correct figure give nothing from perf/analysis-figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LintMessage } from '../../src/types';
import type { Rule } from '../../src/engine/rule';
import { runRules, TAIL_RULE_ID, type RuleSetting } from '../../src/engine/engine';
import { readInput } from '../../src/read';
import { recognize } from '../../src/recognize';
import { perfRules } from '../../rules/perf';
import tail from '../../rules/rounding/tail';
import { doc } from './perf/helpers';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'perf-text');
const planted: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(DIR, 'planted.json'), 'utf8'));

async function lint(file: string): Promise<LintMessage[]> {
  const out = recognize((await readInput(path.join(DIR, file))).grids);
  const rules = new Map<string, Rule<string>>([...perfRules.map((r) => [r.meta.id, r] as const), [TAIL_RULE_ID, tail as Rule<string>]]);
  const settings = new Map<string, RuleSetting>([...perfRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity === 'error' ? 2 : 1, options: {} }] as const), [TAIL_RULE_ID, { severity: 1, options: {} }]]);
  const d = doc({ id: file, evaluations: out.evaluations, deptEvaluations: out.deptEvaluations });
  return runRules(d, { rules, settings, lang: 'zh', strict: true }).messages;
}

const errorRules = (ms: LintMessage[]): string[] => [...new Set(ms.filter((m) => m.severity === 2).map((m) => m.ruleId))].sort();
const textFindings = (ms: LintMessage[]): LintMessage[] => ms.filter((m) => m.ruleId === 'perf/analysis-figures');

describe('perf-text: figures in a self-evaluation table\'s own texts', () => {
  it.each(Object.entries(planted))('%s gives exactly its planted errors', async (file, rules) => {
    expect(errorRules(await lint(file))).toEqual(rules);
  });

  it('the planted figure is reported at the 实际完成情况 cell with the table figure it contradicts', async () => {
    const [m] = textFindings(await lint('project-01-spent.xlsx'));
    expect([m.cell, m.actual, m.expected, m.severity]).toEqual(['I11', '5.43', '3.43', 2]);
    expect(m.evidence?.some((r) => r.aspect === 'binding' && r.strength === 'strong' && r.detail === '项目支出')).toBe(true);
    const [d] = textFindings(await lint('dept-01-spent.xlsx'));
    expect([d.cell, d.actual, d.expected, d.severity]).toEqual(['E12', '215.06', '251.06', 2]);
  });

  it('a loose 费用 figure is a warning naming its reading (请复核), never an error', async () => {
    const ms = textFindings(await lint('project-03-loose-word.xlsx'));
    expect(ms.map((m) => [m.severity, m.doubt, m.actual, m.expected])).toEqual([[1, true, '4.2', '3.43']]);
  });

  it.each(['project-00-correct.xlsx', 'project-04-part.xlsx', 'project-05-target-text.xlsx', 'dept-00-correct.xlsx'])('%s: nothing from the text check', async (file) => {
    expect(textFindings(await lint(file))).toEqual([]);
  });
});
