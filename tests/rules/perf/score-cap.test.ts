import rule from '../../../rules/perf/score-cap';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, deptEvaluation, doc, templateBSpec } from './helpers';

const over = () => {
  const spec = templateBSpec();
  spec.indicators![0] = { ...spec.indicators![0], score: '12' };
  return spec;
};
const mgmtOver = () => {
  const spec = templateBSpec();
  spec.management![1] = { name: '拨付合规性', weight: '5', score: '6' };
  return spec;
};

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 各项得分不超过分值', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '整体支出自评表', doc: doc({ deptEvaluations: [deptEvaluation()] }) },
    { name: '得分空白不计', doc: doc({ evaluations: [evaluation({ name: '配套项目', indicators: [{ name: '监测平台运维系统总成本', target: '≤30万元', actual: '≤0万元', weight: '10', score: '' }] })] }) },
  ],
  invalid: [
    {
      name: '指标得分 12 超过分值 10',
      doc: doc({ evaluations: [evaluation(over())] }),
      errors: [{ messageId: 'scoreOverWeight', data: { item: '整治村庄数量', score: '12', weight: '10' }, cell: 'J16', actual: '12', expected: '10' }],
    },
    {
      name: '资金管理 拨付合规性 6 超过 5',
      doc: doc({ evaluations: [evaluation(mgmtOver())] }),
      errors: [{ messageId: 'scoreOverWeight', data: { item: '拨付合规性', score: '6', weight: '5' }, cell: 'J12', actual: '6', expected: '5' }],
    },
  ],
});
