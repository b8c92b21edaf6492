import rule from '../../../rules/perf/dept-basics';
import { ruleTester } from '../../helpers/rule-tester';
import { deptEvaluation, doc } from './helpers';

const basics = (over: Record<string, string>) => ({
  'staff.quota': '8', 'staff.actual': '8', 'staff.rate': '100',
  'sangong.total.budget': '0.30', 'sangong.car.budget': '0.00', 'sangong.reception.budget': '0.30', 'sangong.car.purchase.budget': '0.00', 'sangong.car.running.budget': '0.00',
  'project.total.budget': '37.44', 'project.total.final': '37.44',
  ...over,
});

ruleTester.run(rule, {
  valid: [
    { name: '三公 0.30 = 0 + 0.30；控制率 8/8；项目 37.44', doc: doc({ deptEvaluations: [deptEvaluation({ basics: basics({}) })] }) },
    { name: '执行率未满 100% 时项目预算可大于决算', doc: doc({ deptEvaluations: [deptEvaluation({ funds: { full: '260.00', executed: '251.06', rate: '96.56' }, basics: basics({ 'project.total.budget': '42' }) })] }) },
  ],
  invalid: [
    {
      name: '自评表执行率 100%，基础数据表项目预算 42、决算 37.44（种子 002）',
      doc: doc({ deptEvaluations: [deptEvaluation({ basics: basics({ 'project.total.budget': '42' }) })] }),
      errors: [{ messageId: 'projectUnspent', data: { stated: '42', final: '37.44', full: '251.06' }, sheet: '基础数据表', cell: 'C12', actual: '42', expected: '37.44' }],
    },
    {
      name: '三公预算 0.50 ≠ 0 + 0.30',
      doc: doc({ deptEvaluations: [deptEvaluation({ basics: basics({ 'sangong.total.budget': '0.50' }) })] }),
      errors: [{ messageId: 'sumMismatch', data: { row: '三公经费', stated: '0.50', sum: '0.30' }, cell: 'C7', actual: '0.50', expected: '0.30', tail: false }],
    },
    {
      name: '控制率 8 / 9 = 88.89，表列 100%',
      doc: doc({ deptEvaluations: [deptEvaluation({ basics: basics({ 'staff.quota': '9' }) })] }),
      errors: [{ messageId: 'rateMismatch', data: { stated: '100', computed: '89' }, cell: 'C6', actual: '100', expected: '89' }],
    },
    {
      name: '项目支出决算与自评表不符',
      doc: doc({ deptEvaluations: [deptEvaluation({ basics: basics({ 'project.total.final': '37.54', 'project.total.budget': '37.54' }) })] }),
      errors: [{ messageId: 'projectMismatch', data: { stated: '37.54', selfEval: '37.44' }, cell: 'C13', actual: '37.54', expected: '37.44', tail: false }],
    },
    {
      name: '项目支出决算差 0.01：尾差',
      doc: doc({ deptEvaluations: [deptEvaluation({ basics: basics({ 'project.total.final': '37.45', 'project.total.budget': '37.45' }) })] }),
      errors: [{ messageId: 'projectMismatch', actual: '37.45', expected: '37.44', tail: true }],
    },
  ],
});
