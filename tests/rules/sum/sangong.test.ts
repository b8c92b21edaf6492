import rule from '../../../rules/sum/sangong';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t09 } from './seed-000';

// t09: one row (8); budget.total C, .abroad D, .car E, .carBuy F, .carRun G, .reception H; final.total I … final.reception N.
ruleTester.run(rule, {
  valid: [
    { name: '种子000 公开09：合计 0.05 = 接待 0.05', doc: doc({ tables: [t09()] }) },
    {
      name: '公车小计 = 购置 + 运维，合计 = 出国 + 公车 + 接待',
      doc: doc({ tables: [t09({ sangong: { 'final.total': '12.35', 'final.abroad': '2.10', 'final.car': '9.20', 'final.carBuy': '', 'final.carRun': '9.20', 'final.reception': '1.05' } })] }),
    },
  ],
  invalid: [
    {
      name: '决算数合计 0.05，公务接待费 0.50（错误）',
      doc: doc({ tables: [t09({ sangong: { 'final.reception': '0.50' } })] }),
      errors: [{ messageId: 'totalNotSum', tail: false, severity: 2, sheet: 'final-09', cell: 'I8', actual: '0.05', expected: '0.50', data: { side: '决算数' } }],
    },
    {
      name: '预算数公车小计 9.20 ≠ 购置 0 + 运维 9.02（错误），合计 10.25 仍按小计相加一致',
      doc: doc({ tables: [t09({ sangong: { 'budget.total': '10.25', 'budget.abroad': '1.00', 'budget.car': '9.20', 'budget.carRun': '9.02', 'budget.reception': '0.05' } })] }),
      errors: [{ messageId: 'carNotSum', tail: false, sheet: 'final-09', cell: 'E8', actual: '9.20', expected: '9.02', data: { side: '预算数' } }],
    },
    {
      name: '决算数合计 12.35 vs 2.10 + 9.21 + 1.05 = 12.36 是尾差',
      doc: doc({ tables: [t09({ sangong: { 'final.total': '12.35', 'final.abroad': '2.10', 'final.car': '9.21', 'final.carBuy': '', 'final.carRun': '9.21', 'final.reception': '1.05' } })] }),
      errors: [{ messageId: 'totalNotSum', tail: true, sheet: 'final-09', cell: 'I8', actual: '12.35', expected: '12.36' }],
    },
  ],
});
