import rule from '../../../rules/perf/target-empty-value';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { target, targets } from '../budget-seed-001';

const P = '微信矩阵运营及维护经费';
ruleTester.run(rule, {
  valid: [{ name: '种子001：每个指标都有指标值', doc: doc({ kind: 'budget', tables: targets() }) }],
  invalid: [
    {
      name: '网民满意度未填指标值',
      doc: doc({ kind: 'budget', tables: [target(P, { indicators: [{ l1: '产出指标', l2: '数量指标', name: '推送信息数量', value: '≥1000次' }, { l1: '满意度指标', l2: '服务对象满意度指标', name: '网民满意度', value: '' }] })] }),
      errors: [{ messageId: 'emptyValue', sheet: P, cell: 'M11', severity: 1, data: { indicator: '网民满意度' } }],
    },
  ],
});
