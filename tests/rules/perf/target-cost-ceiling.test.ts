import rule from '../../../rules/perf/target-cost-ceiling';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { target, targets } from '../budget-seed-001';

// target(): indicators from row 10, 指标值 in column M.
const P = '网络安全保障经费';
const ind = (value: string) => [{ l1: '产出指标', l2: '成本指标', name: '网络安全保障经费成本', value }];
ruleTester.run(rule, {
  valid: [
    { name: '种子001：成本指标 ≤预算数', doc: doc({ kind: 'budget', tables: targets() }) },
    { name: '≤48000元 = 4.80万元', doc: doc({ kind: 'budget', tables: [target(P, { budget: '4.80', indicators: ind('≤48000元') })] }) },
    { name: '5万元（不带≤）= 预算数 5.00', doc: doc({ kind: 'budget', tables: [target(P, { budget: '5.00', indicators: ind('5万元') })] }) },
  ],
  invalid: [
    {
      name: '预算数 4.80，成本指标 ≤48万元（多写一位）',
      doc: doc({ kind: 'budget', tables: [target(P, { budget: '4.80', indicators: ind('≤48万元') })] }),
      errors: [{ messageId: 'ceilingAboveBudget', sheet: P, cell: 'M10', actual: '48', expected: '4.80', severity: 1 }],
    },
  ],
});
