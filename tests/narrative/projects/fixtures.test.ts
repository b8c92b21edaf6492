/**
 * fixtures/evaluation-claims-000 and -002 (scripts/fixtures/evaluation-claims.js): each narrative
 * plants one error in what it retells of the self-evaluation tables; linted with its seed's
 * workbook, it must add exactly the findings planted.json names to those of 00-correct, and
 * 00-correct must add no finding of the project rules at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import { difference, key, narrativeFindings, type Finding } from './planted';

const ROOT = path.join(__dirname, '..', '..', '..');
const SETS: [string, string][] = [
  ['evaluation-claims-000', path.join(ROOT, 'fixtures', 'seed-000', '000.xlsx')],
  ['evaluation-claims-002', path.join(ROOT, 'fixtures', 'seed-002', '002.xlsx')],
];


describe.each(SETS)('%s', (set, workbook) => {
  const dir = path.join(ROOT, 'fixtures', set);
  const planted: Record<string, Finding[]> = JSON.parse(fs.readFileSync(path.join(dir, 'planted.json'), 'utf8'));
  let correct: Finding[] = [];
  beforeAll(async () => {
    correct = await narrativeFindings(workbook, path.join(dir, '00-correct.md'));
  }, 60000);

  it('00-correct: the retold figures raise no finding of the project rules', () => {
    expect(correct.filter((f) => /narrative\/(evaluation-count|project-)/.test(f.ruleId)).map(key)).toEqual([]);
  });

  it.each(Object.keys(planted))('%s: exactly the planted findings are new', async (name) => {
    const found = await narrativeFindings(workbook, path.join(dir, `${name}.md`));
    expect(difference(found, correct).added).toEqual(planted[name].map(key).sort());
  }, 60000);
});

describe('evaluation-claims-reception (三公 公务接待费 vs a 接待费 project)', () => {
  const dir = path.join(ROOT, 'fixtures', 'evaluation-claims-reception');
  const md = path.join(dir, 'narrative.md');
  it('the project under its own name: no finding of the project rules', async () => {
    const found = await narrativeFindings(path.join(dir, 'tables.xlsx'), md);
    expect(found.filter((f) => /narrative\/(evaluation-count|project-)/.test(f.ruleId)).map(key)).toEqual([]);
  }, 60000);
  it('the project named 公务接待工作经费: one warning per sentence stating the 三公 公务接待费, no error', async () => {
    const before = (await narrativeFindings(path.join(dir, 'tables.xlsx'), md)).map(key);
    const after = (await narrativeFindings(path.join(dir, 'reception.xlsx'), md)).map(key);
    const added = after.filter((k) => !before.includes(k));
    expect(added.sort()).toEqual(['narrative/project-reception 1 L13', 'narrative/project-reception 1 L23']);
  }, 60000);
});
