import rule from '../../../rules/perf/exec-score';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, deptEvaluation, doc, templateBSpec } from './helpers';

const project = (rate: string, score: string, weight?: string) =>
  doc({ evaluations: [evaluation({ name: '专项业务费', funds: [{ full: '10.00', executed: '9.772', balance: '0.228', rate, score, ...(weight ? { weight } : {}) }] })] });

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 10 × 68.6% = 6.86', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '专项业务费 10 × 97.72% = 9.772 → 9.77', doc: project('97.72', '9.77') },
    { name: '应急值守 99.75% → 9.975 → 9.98（四舍五入）', doc: doc({ evaluations: [evaluation({ name: '应急值守', funds: [{ full: '40.00', executed: '39.90', rate: '99.75', score: '9.98' }] })] }) },
    { name: '执行率 100% 得满分', doc: doc({ deptEvaluations: [deptEvaluation()] }) },
    { name: '模板二 印出分值 10，90% → 9.00', doc: doc({ evaluations: [evaluation(templateBSpec())] }) },
    { name: '未印分值、按 20 分计的地方模板：90% → 18.00', doc: doc({ evaluations: [evaluation({ name: '某项目', funds: [{ full: '10.00', executed: '9.00', rate: '90.00', score: '18.00' }] })] }) },
  ],
  invalid: [
    {
      name: '执行率 90% 却得满分',
      doc: doc({ evaluations: [evaluation({ ...templateBSpec(), funds: [{ ...templateBSpec().funds![0], score: '10.00' }] })] }),
      errors: [{ messageId: 'scoreMismatch', data: { stated: '10.00', weight: '10', rate: '90.00', computed: '9.00' }, cell: 'J7', actual: '10.00', expected: '9.00', tail: false }],
    },
    {
      name: '模板一（未印分值）执行率 90% 却得 10 分',
      doc: doc({ evaluations: [evaluation({ name: '某项目', funds: [{ full: '10.00', executed: '9.00', balance: '1.00', rate: '90.00', score: '10.00' }] })] }),
      errors: [{ messageId: 'scoreMismatch', data: { weight: '10', computed: '9.00' }, cell: 'J7', actual: '10.00', expected: '9.00', tail: false }],
    },
    {
      name: '截尾 9.772 → 9.77 正常；73.99% → 7.399 写 7.39 为截尾尾差',
      doc: project('73.99', '7.39'),
      errors: [{ messageId: 'scoreMismatch', cell: 'J7', actual: '7.39', expected: '7.40', tail: true }],
    },
  ],
});
