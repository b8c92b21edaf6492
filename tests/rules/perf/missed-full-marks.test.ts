import rule from '../../../rules/perf/missed-full-marks';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, doc, templateBSpec } from './helpers';

const one = (target: string, actual: string, score: string, name = '参加培训人数') => doc({ evaluations: [evaluation({ name: '培训费', indicators: [{ name, target, actual, weight: '10', score }] })] });

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 未达标均已扣分', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '模板二', doc: doc({ evaluations: [evaluation(templateBSpec())] }) },
    { name: '≥500人 实际 200人 扣分', doc: one('≥500人', '≥200人', '5') },
    { name: '日期目标不比较', doc: one('2024年12月前', '2025年1月', '10', '完成时间') },
  ],
  invalid: [
    {
      name: '≥500人 实际 200人 满分',
      doc: one('≥500人', '≥200人', '10'),
      errors: [{ messageId: 'missedFullMarks', data: { indicator: '参加培训人数', actualText: '≥200人', target: '≥500人', score: '10' }, cell: 'J12', actual: '200', expected: '500' }],
    },
    {
      name: '=100% 实际 95% 满分',
      doc: one('=100%', '95%', '10', '验收合格率'),
      errors: [{ messageId: 'missedFullMarks', actual: '95', expected: '100' }],
    },
  ],
});

test('a soft judgement: warning by default', () => expect(rule.meta.defaultSeverity).toBe('warn'));
