import rule from '../../../rules/sum/budget-assets';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { assets } from '../budget-seed-001';

// assets(): quantity C, value D; rows total 8, buildings 9, office 10, vehicles 11, equipment 12, other 13.
ruleTester.run(rule, {
  valid: [
    { name: '资产总额 1.385 = 其他固定资产 1.385', doc: doc({ kind: 'budget', tables: [assets({ total: { quantity: '3', value: '1.385' } })] }) },
    { name: '办公用房是房屋的其中数，不重复相加', doc: doc({ kind: 'budget', tables: [assets({ total: { value: '101.385' }, buildings: { value: '100.00' }, office: { value: '60.00' } })] }) },
  ],
  invalid: [
    {
      name: '种子001：资产总额空白，其他固定资产 1.385（空白按0计）',
      doc: doc({ kind: 'budget', tables: [assets()] }),
      errors: [{ messageId: 'totalNotSum', sheet: 'budget-assets', cell: 'D8', actual: '0', expected: '1.385', tail: false, severity: 2 }],
    },
    {
      name: '资产总额 1.38 与 1.385 只差舍入，是尾差',
      doc: doc({ kind: 'budget', tables: [assets({ total: { value: '1.38' } })] }),
      errors: [{ messageId: 'totalNotSum', cell: 'D8', actual: '1.38', expected: '1.385', tail: true }],
    },
  ],
});
