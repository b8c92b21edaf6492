import rule from '../../../rules/sum/info-stats';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t10 } from './seed-000';

// t10: procurement.total row 8, goods 9, works 10, services 11, …, vehicles.total row 14, confidential row 17.
ruleTester.run(rule, {
  valid: [{ name: '种子000 公开10：93.24 = 6.25 + 86.99；车辆 1 = 机要通信用车 1', doc: doc({ tables: [t10()] }) }],
  invalid: [
    {
      name: '政府采购合计 93.24，服务 87.99（错误）',
      doc: doc({ tables: [t10({ 'procurement.services': { amount: '87.99' } })] }),
      errors: [{ messageId: 'procurementNotSum', tail: false, severity: 2, sheet: 'final-10', cell: 'C8', actual: '93.24', expected: '94.24' }],
    },
    {
      name: '政府采购合计 93.24，服务 87.00 → 93.25 是尾差',
      doc: doc({ tables: [t10({ 'procurement.services': { amount: '87.00' } })] }),
      errors: [{ messageId: 'procurementNotSum', tail: true, sheet: 'final-10', cell: 'C8', actual: '93.24', expected: '93.25' }],
    },
    {
      name: '车辆数合计 2 辆，各类之和 1 辆（计数没有尾差）',
      doc: doc({ tables: [t10({ 'vehicles.total': { amount: '2' } })] }),
      errors: [{ messageId: 'vehiclesNotSum', tail: false, sheet: 'final-10', cell: 'C14', actual: '2', expected: '1', data: { actual: '2', expected: '1' } }],
    },
  ],
});
