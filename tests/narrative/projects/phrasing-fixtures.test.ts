/**
 * fixtures/evaluation-phrasing (scripts/fixtures/evaluation-phrasing.js, from seed 000): each case
 * retells seed 000's self-evaluation tables in one phrasing shape of issue #15 with one planted
 * error. Linted with 000.xlsx it must add exactly the findings planted.json names, at their levels,
 * to those of 00-correct — nothing else from any rule — and 00-correct must raise no finding of the
 * project rules at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import { difference, key, narrativeFindings, type Finding } from './planted';

const ROOT = path.join(__dirname, '..', '..', '..');
const DIR = path.join(ROOT, 'fixtures', 'evaluation-phrasing');
const WORKBOOK = path.join(ROOT, 'fixtures', 'seed-000', '000.xlsx');

const findings = (md: string): Promise<Finding[]> => narrativeFindings(WORKBOOK, md);
const PROJECT_RULES = /narrative\/(evaluation-count|project-)|^perf\//;

describe('evaluation-phrasing', () => {
  const planted: Record<string, Finding[]> = JSON.parse(fs.readFileSync(path.join(DIR, 'planted.json'), 'utf8'));
  let correct: Finding[] = [];
  beforeAll(async () => {
    correct = await findings(path.join(DIR, '00-correct.md'));
  }, 60000);

  it('00-correct: the retold figures raise no finding of the project or perf rules', () => {
    expect(correct.filter((f) => PROJECT_RULES.test(f.ruleId)).map(key)).toEqual([]);
  });

  it('has a case for every shape, each planting at least one error-level finding', () => {
    expect(Object.keys(planted).length).toBeGreaterThanOrEqual(16);
    for (const list of Object.values(planted)) expect(list.some((f) => f.severity === 2)).toBe(true);
  });

  it.each(Object.keys(planted))('%s: exactly the planted findings are new', async (name) => {
    const { added, gone } = difference(await findings(path.join(DIR, `${name}.md`)), correct);
    expect(added).toEqual(planted[name].map(key).sort());
    // nothing of 00-correct's went away either
    expect(gone).toEqual([]);
  }, 60000);
});
