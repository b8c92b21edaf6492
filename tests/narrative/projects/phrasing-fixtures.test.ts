/**
 * fixtures/evaluation-phrasing (scripts/fixtures/evaluation-phrasing.js, from seed 000): each case
 * retells seed 000's self-evaluation tables in one phrasing shape of issue #15 with one planted
 * error. Linted with 000.xlsx it must add exactly the findings planted.json names, at their levels,
 * to those of 00-correct — nothing else from any rule — and 00-correct must raise no finding of the
 * project rules at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import { lintRun } from '../../../src/index';

const ROOT = path.join(__dirname, '..', '..', '..');
const DIR = path.join(ROOT, 'fixtures', 'evaluation-phrasing');
const WORKBOOK = path.join(ROOT, 'fixtures', 'seed-000', '000.xlsx');

interface Finding {
  ruleId: string;
  severity: number;
  line: number;
}

async function findings(md: string): Promise<Finding[]> {
  const run = await lintRun([WORKBOOK], { config: {}, narrative: md });
  return run.results
    .filter((r) => r.filePath.endsWith(path.basename(md)))
    .flatMap((r) => r.messages)
    .map((m) => ({ ruleId: m.ruleId ?? '', severity: m.severity, line: m.line ?? 0 }));
}

const key = (f: Finding) => `${f.ruleId} ${f.severity} L${f.line}`;
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
    const found = await findings(path.join(DIR, `${name}.md`));
    const before = correct.map(key);
    const added = found.map(key).filter((k) => {
      const i = before.indexOf(k);
      if (i < 0) return true;
      before.splice(i, 1);
      return false;
    });
    expect(added.sort()).toEqual(planted[name].map(key).sort());
    // nothing of 00-correct's went away either
    expect(before).toEqual([]);
  }, 60000);
});
