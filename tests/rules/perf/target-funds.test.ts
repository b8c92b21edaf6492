import rule from '../../../rules/perf/target-funds';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { target, targets } from '../budget-seed-001';

// target(): sheet = project name; funds row 8: budget C, fiscal D, other E.
ruleTester.run(rule, {
  valid: [
    { name: '种子001：六个项目预算数 = 财政资金', doc: doc({ kind: 'budget', tables: targets() }) },
    { name: '预算数 8.00 = 财政资金 6.00 + 其他资金 2.00', doc: doc({ kind: 'budget', tables: [target('互联网企业监管和网络执法经费', { fiscal: '6.00', other: '2.00' })] }) },
  ],
  invalid: [
    {
      name: '预算数 8.00，财政资金 6.00，其他资金空白',
      doc: doc({ kind: 'budget', tables: [target('互联网企业监管和网络执法经费', { fiscal: '6.00' })] }),
      errors: [{ messageId: 'fundsNotSum', sheet: '互联网企业监管和网络执法经费', cell: 'C8', actual: '8.00', expected: '6.00', tail: false }],
    },
    {
      name: '财政资金 8.0 + 其他资金 0.01 与 8.00：尾差',
      doc: doc({ kind: 'budget', tables: [target('互联网企业监管和网络执法经费', { fiscal: '8.0', other: '0.01' })] }),
      errors: [{ messageId: 'fundsNotSum', cell: 'C8', actual: '8.00', expected: '8.01', tail: true }],
    },
  ],
});
