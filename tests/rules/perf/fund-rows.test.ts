import rule from '../../../rules/perf/fund-rows';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, doc, templateBSpec } from './helpers';

const withSources = (executed: string[]) => {
  const spec = templateBSpec();
  spec.funds!.slice(1).forEach((f, i) => (f.executed = executed[i]));
  return doc({ evaluations: [evaluation(spec)] });
};

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 5 − 3.43 = 1.57', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '模板二 资金来源 36 + 4.5 + 4.5 = 45', doc: withSources(['36.00', '4.50', '4.50']) },
  ],
  invalid: [
    {
      name: '结余算错',
      doc: doc({ evaluations: [evaluation({ name: '指令传输系统', funds: [{ full: '30.00', executed: '23.79', balance: '6.12', rate: '79.30', score: '7.93' }] })] }),
      errors: [{ messageId: 'balanceMismatch', data: { stated: '6.12', computed: '6.21' }, cell: 'H7', actual: '6.12', expected: '6.21', tail: false }],
    },
    {
      name: '单位资金执行数与总额不合',
      doc: withSources(['36.00', '4.50', '5.50']),
      errors: [{ messageId: 'rowsNotTotal', data: { column: '全年执行数', stated: '45.00', computed: '46.00' }, cell: 'G7', actual: '45.00', expected: '46.00' }],
    },
    {
      name: '结余差 0.001：尾差',
      doc: doc({ evaluations: [evaluation({ name: '培训费', funds: [{ full: '5.37', executed: '3.973', balance: '1.396', rate: '73.99', score: '7.40' }] })] }),
      errors: [{ messageId: 'balanceMismatch', cell: 'H7', actual: '1.396', expected: '1.397', tail: true }],
    },
  ],
});
