/**
 * Each real narrative linted alone, without its tables (a reviewer may have only the 说明): its own
 * arithmetic is checked — 增减 against their bases, lists against their totals, 收入总计 against
 * 支出总计 — and it raises no narrative error its answer key does not list. The errors left are real
 * ones a text alone shows: sh-social's 完成年初预算的95.89% of a 年初预算 of 0 and its 政府采购 parts,
 * seed 002's 人员经费 增长率 on the wrong base.
 */
import path from 'node:path';
import { lint } from '../../src';

const F = (p: string) => path.join(__dirname, '../../fixtures', p);

async function alone(file: string) {
  const results = await lint([F(file)], { config: {} });
  const r = results.find((x) => x.filePath === F(file))!;
  const errors = r.messages.filter((m) => m.ruleId?.startsWith('narrative/') && m.severity === 2).map((m) => `${m.ruleId} ${m.actual}/${m.expected}`);
  return { errors, checked: r.coverage.claimsChecked, withNumbers: r.coverage.sentencesWithNumbers, understood: r.coverage.sentencesWithNumbers - r.coverage.claimsNotUnderstood.length };
}

describe('a real narrative alone', () => {
  it.each([
    ['seed-000/000.md', [], 46],
    ['corpus/sh-plan.md', [], 53],
    ['corpus/sh-social.md', ['narrative/completion 95.89/95.89', 'narrative/procurement-parts 21.07/0.00'], 36],
    ['seed-001/001.md', [], 7],
    ['seed-002/002.md', ['narrative/change 22.24/49.38'], 15],
  ])('%s: its own arithmetic checked, only the errors its key lists', async (file, errors, understood) => {
    const x = await alone(file as string);
    expect(x.errors.sort()).toEqual(errors);
    expect(x.checked).toBeGreaterThan(0);
    expect(x.understood).toBeGreaterThanOrEqual(understood as number);
  }, 30000);
});
