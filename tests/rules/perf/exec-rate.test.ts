import rule from '../../../rules/perf/exec-rate';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, deptEvaluation, doc } from './helpers';

const SHEET = '培训费项目支出绩效自评表';
const training = (rate: string, executed = '3.973') =>
  evaluation({ name: '培训费', funds: [{ label: '资金总额', initial: '5.37', full: '5.37', executed, balance: '1.397', rate, score: '7.40' }] });

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 3.43 ÷ 5 = 68.6%', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '培训费 3.973 ÷ 5.37 = 73.985 → 73.99', doc: doc({ evaluations: [training('73.99')] }) },
    { name: '执行数为 0 的项目 0%', doc: doc({ evaluations: [evaluation({ name: '态势感知', funds: [{ full: '40.00', executed: '0.00', balance: '40.00', rate: '0', score: '0' }] })] }) },
    { name: '整体支出 251.06 ÷ 251.06 = 100%', doc: doc({ deptEvaluations: [deptEvaluation()] }) },
  ],
  invalid: [
    {
      name: '执行率抄错',
      doc: doc({ evaluations: [training('79.30')] }),
      errors: [{ messageId: 'rateMismatch', data: { project: '培训费', stated: '79.30', computed: '73.99' }, sheet: SHEET, cell: 'I7', actual: '79.30', expected: '73.99', tail: false }],
    },
    {
      name: '宣传周 9.99 ÷ 10 = 99.90，表列 99.91：尾差',
      doc: doc({ evaluations: [evaluation({ name: '网络安全宣传周资料印制', funds: [{ full: '10.00', executed: '9.99', balance: '0.01', rate: '99.91', score: '9.99' }] })] }),
      errors: [{ messageId: 'rateMismatch', cell: 'I7', actual: '99.91', expected: '99.90', tail: true }],
    },
  ],
});
