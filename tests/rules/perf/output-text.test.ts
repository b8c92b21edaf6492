import rule from '../../../rules/perf/output-text';
import { ruleTester } from '../../helpers/rule-tester';
import type { Rule } from '../../../src/engine/rule';
import { runRules, type RuleSetting } from '../../../src/engine/engine';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, deptEvaluation, doc } from './helpers';

const xinzhi = (actual: string, text: string) =>
  doc({ evaluations: [evaluation({ name: '网信长治', indicators: [{ l2: '数量指标', name: '解读网信政策法规条数', target: '≥25条', actual, weight: '5', score: '5' }], analysis: [text] })] });

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 满意度 ≥95% 与文字 96% 相容', doc: doc({ evaluations: [evaluation({ ...cleaningSpec(), analysis: ['相关人员满意度96%。'] })] }) },
    { name: '文字与实际一致', doc: xinzhi('≥25条', '解读网信政策法规条数25条以上，文章发表及时。') },
    { name: '部门整体：实际完成情况与实际完成值一致', doc: doc({ deptEvaluations: [{ ...deptEvaluation(), achieved: [{ text: '2023年开展网络安全检查1次，网络评论队伍培训2次。', ref: { file: 'test.xlsx', sheet: '整体支出绩效自评表', cell: 'E12', row: 12, col: 5 } }] }] }) },
    { name: '文字未提该指标', doc: xinzhi('≥25条', '网信长治公众号委托1家单位开展运营。') },
  ],
  invalid: [
    {
      name: '网信长治 ≥25条 对 10条以上',
      doc: xinzhi('≥25条', '网信长治公众号委托1家单位开展运营,解读网信政策法规条数10条以上,文章发表及时。'),
      errors: [{ messageId: 'textDiffers', data: { indicator: '解读网信政策法规条数', actualText: '≥25条', phrase: '解读网信政策法规条数10条以上' }, cell: 'D12', actual: '25', expected: '10' }],
    },
    {
      name: '培训费 ≥200人 对 培训人数超100人次（按名称末四字匹配）',
      doc: doc({ evaluations: [evaluation({ name: '培训费', indicators: [{ name: '参加培训人数', target: '≥500人', actual: '≥200人', weight: '10', score: '5' }], analysis: ['2024年一共开展了2次专题培训，培训人数超100人次。'] })] }),
      errors: [{ messageId: 'textDiffers', data: { phrase: '培训人数超100人次' }, actual: '200', expected: '100' }],
    },
    {
      name: '指令传输 实际“一个”对文字“运维数量2个以上”（汉字数量）',
      doc: doc({ evaluations: [evaluation({ name: '指令传输系统', indicators: [{ name: '指令传输系统软件运维数量', target: '一个', actual: '一个', weight: '5', score: '5' }], analysis: ['软件系统运维数量2个以上，维护系统终端用户1个。'] })] }),
      errors: [{ messageId: 'textDiffers', data: { phrase: '运维数量2个以上' }, actual: '1', expected: '2' }],
    },
    {
      name: '部门整体：实际完成情况“开展网络安全检查3次”对实际完成值 1',
      doc: doc({ deptEvaluations: [{ ...deptEvaluation(), achieved: [{ text: '2023年开展网络安全检查3次，全区网络安全事件零发生。', ref: { file: 'test.xlsx', sheet: '整体支出绩效自评表', cell: 'E12', row: 12, col: 5 } }] }] }),
      errors: [{ messageId: 'textDiffers', data: { indicator: '开展网络安全检查', phrase: '开展网络安全检查3次' }, actual: '1', expected: '3' }],
    },
    {
      name: '全角数字与折行：“解读网信政策法规条数１０ 条以上”',
      doc: xinzhi('≥25条', '解读网信政策法规条数１０\n条以上，文章发表及时。'),
      errors: [{ messageId: 'textDiffers', data: { phrase: '解读网信政策法规条数10条以上' }, actual: '25', expected: '10' }],
    },
  ],
});

test('a soft judgement: warning by default', () => expect(rule.meta.defaultSeverity).toBe('warn'));

describe('counts in what the table says was done that follow no indicator are listed as not understood', () => {
  it('lists 1名 and 7天 (no indicator names them), not 96% (perf/analysis-figures reads percentages) nor the count after an indicator name', () => {
    const spec = cleaningSpec();
    const d = doc({ evaluations: [evaluation({ ...spec, analysis: ['雇佣保洁人员1名，为期7天集中清扫，聘用保洁人员数量1人，保洁人员工作达标率96%。'] })] });
    const rules = new Map<string, Rule<string>>([[rule.meta.id, rule as Rule<string>]]);
    const settings = new Map<string, RuleSetting>([[rule.meta.id, { severity: 1, options: {} }]]);
    const { coverage } = runRules(d, { rules, settings, lang: 'zh', strict: true });
    expect((coverage.textsNotUnderstood ?? []).map((x) => [x.ruleId, x.figure])).toEqual([
      ['perf/output-text', '1名'],
      ['perf/output-text', '7天'],
    ]);
  });
});
