import rule from '../../../rules/sum/budget-sangong';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { sangong } from '../budget-seed-001';

// sangong(): total C, gpb D, fund E, soe F; rows total 8, abroad 9, car 10, carBuy 11, carRun 12, reception 13.
const FIGURES = { abroad: { total: '0.00', gpb: '0.00' }, car: { total: '2.00', gpb: '2.00' }, carRun: { total: '2.00', gpb: '2.00' }, reception: { total: '0.50', gpb: '0.50' } };

ruleTester.run(rule, {
  valid: [
    { name: '种子001：空表（无三公经费预算）', doc: doc({ kind: 'budget', tables: [sangong({}, true)] }) },
    { name: '合计 2.50 = 0 + 2.00 + 0.50，公车 2.00 = 0 + 2.00', doc: doc({ kind: 'budget', tables: [sangong({ ...FIGURES, total: { total: '2.50', gpb: '2.50' } })] }) },
  ],
  invalid: [
    {
      name: '合计 3.00 ≠ 出国 0 + 公车 2.00 + 接待 0.50',
      doc: doc({ kind: 'budget', tables: [sangong({ ...FIGURES, total: { total: '3.00', gpb: '2.50' } })] }),
      errors: [{ messageId: 'totalNotSum', cell: 'C8', actual: '3.00', expected: '2.50', tail: false }],
    },
    {
      name: '公车小计 2.01 vs 购置 0 + 运行 2.00：尾差（合计随之）',
      doc: doc({ kind: 'budget', tables: [sangong({ ...FIGURES, car: { total: '2.01', gpb: '2.00' }, total: { total: '2.50', gpb: '2.50' } })] }),
      errors: [
        { messageId: 'totalNotSum', cell: 'C8', actual: '2.50', expected: '2.51', tail: true },
        { messageId: 'carNotSum', cell: 'C10', actual: '2.01', expected: '2.00', tail: true },
      ],
    },
  ],
});
