import rule from '../../../rules/sum/budget-economic-classes';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { gpbBasic } from '../budget-seed-001';

// gpbBasic(): total C, personnel D, public E; rows total 8, 301 9 … 302 18, 30201 19 … 30239 23.
ruleTester.run(rule, {
  valid: [{ name: '种子001：301 64.37 = Σ301xx，302 8.95 = Σ302xx，合计 73.32', doc: doc({ kind: 'budget', tables: [gpbBasic()] }) }],
  invalid: [
    {
      name: '其他交通费用公用经费误为 3.05：302 8.95 ≠ 8.50',
      doc: doc({ kind: 'budget', tables: [gpbBasic({ '30239': { public: '3.05' } })] }),
      errors: [{ messageId: 'classNotSum', cell: 'E18', actual: '8.95', expected: '8.50', tail: false }],
    },
    {
      name: '办公费公用经费印为 2.36：302 8.95 vs 8.96 尾差',
      doc: doc({ kind: 'budget', tables: [gpbBasic({ '30201': { public: '2.36' } })] }),
      errors: [{ messageId: 'classNotSum', cell: 'E18', actual: '8.95', expected: '8.96', tail: true }],
    },
  ],
});
