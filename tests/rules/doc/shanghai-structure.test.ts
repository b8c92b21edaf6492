/**
 * doc/* on whole 上海 documents (fixtures/corpus: two published 2024 部门决算 and the blank template;
 * fixtures/shanghai: sh-plan with three problems planted by scripts/fixtures/shanghai/make-planted.js).
 */
import path from 'node:path';
import { lint } from '../../../src/index';
import type { LintMessage, LintResult } from '../../../src/types';
import { documentResult } from '../../helpers/document';

const FX = path.join(__dirname, '../../../fixtures');
const run = async (...files: string[]): Promise<LintResult> => documentResult(await lint(files.map((f) => path.join(FX, f))));
const docFindings = (r: LintResult): string[] => r.messages.filter((m) => m.ruleId?.startsWith('doc/')).map((m: LintMessage) => `${m.ruleId} ${m.severity} ${m.actual}`);

describe('上海 documents', () => {
  it('sh-plan: the heading naming the municipal bureau and the template wording 下降（增长）', async () => {
    const r = await run('corpus/sh-plan.xlsx', 'corpus/sh-plan.md');
    expect(docFindings(r)).toEqual(['doc/other-body 2 上海市规划和自然资源局2024年度部门决算表', 'doc/placeholder 2 下降（增长）27.78%']);
  });

  it('sh-plan with planted problems: the missing 国资 table, the 2023 heading and the XX placeholder besides', async () => {
    const r = await run('shanghai/sh-plan-planted.xlsx', 'shanghai/sh-plan-planted.md');
    expect(docFindings(r)).toEqual([
      'doc/missing-table 2 九、国有资本经营预算财政拨款收入支出决算表',
      'doc/other-body 2 上海市规划和自然资源局2024年度部门决算表',
      'doc/year 2 第三部分上海市普陀区规划和自然资源局2023年度部门决算情况说明',
      'doc/placeholder 2 下降（增长）27.78%',
      'doc/placeholder 2 十、XX预算绩效管理情况',
    ]);
  });

  it('sh-social: the template instruction left under its two empty fund tables', async () => {
    const r = await run('corpus/sh-social.xlsx', 'corpus/sh-social.md');
    expect(docFindings(r)).toEqual([
      'doc/placeholder 2 无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：',
      'doc/placeholder 2 无国有资本经营预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：',
    ]);
  });

  it('the blank template: its placeholders reported, and no arithmetic finding', async () => {
    const r = await run('corpus/sh-template.xlsx', 'corpus/sh-template.md');
    const others = r.messages.filter((m) => !m.ruleId?.startsWith('doc/'));
    expect(others).toEqual([]);
    const placeholders = r.messages.filter((m) => m.ruleId === 'doc/placeholder');
    expect(placeholders.length).toBeGreaterThan(50);
    expect(placeholders.some((m) => m.actual?.includes('上海市XX局'))).toBe(true);
    expect(placeholders.some((m) => m.actual === '（如持平作持平表述）')).toBe(true);
    expect(r.coverage.tables.map((t) => t.kind).sort()).toEqual(['final-01', 'final-02', 'final-03', 'final-04', 'final-05', 'final-06', 'final-07', 'final-08', 'final-09']);
  });
});
