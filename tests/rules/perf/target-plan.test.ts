import rule from '../../../rules/perf/target-plan';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { target, targets } from '../budget-seed-001';

// target(): plan row 9: q1 F, q2 G, q3 H, q4 I.
const P = '网络安全保障经费';
ruleTester.run(rule, {
  valid: [
    { name: '种子001：25% 50% 75% 100%', doc: doc({ kind: 'budget', tables: targets() }) },
    { name: '前两季度不支出：0% 0% 60% 100%', doc: doc({ kind: 'budget', tables: [target(P, { plan: ['0%', '0%', '60%', '100%'] })] }) },
  ],
  invalid: [
    {
      name: '10月底 45% 低于 6月底 50%',
      doc: doc({ kind: 'budget', tables: [target(P, { plan: ['25%', '50%', '45%', '100%'] })] }),
      errors: [{ messageId: 'planFalls', sheet: P, cell: 'H9', actual: '45', expected: '50' }],
    },
    {
      name: '年末只到 90%',
      doc: doc({ kind: 'budget', tables: [target(P, { plan: ['25%', '50%', '75%', '90%'] })] }),
      errors: [{ messageId: 'planNotFull', cell: 'I9', actual: '90', expected: '100' }],
    },
  ],
});
