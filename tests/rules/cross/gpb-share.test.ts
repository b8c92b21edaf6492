import rule from '../../../rules/cross/gpb-share';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t01, t02, t03, t04, t05 } from '../sum/seed-000';

// 03 / 05: total C, basic D, project E; 合计 row 8, 208 row 16, 2101199 row 23.
const withBusiness = t02({ total: { total: '475.34', business: '10.00' } });

ruleTester.run(rule, {
  valid: [
    { name: '种子000 全部为一般公共预算财政拨款：公开05 = 公开03', doc: doc({ tables: [t01(), t02(), t03(), t04(), t05()] }) },
  ],
  invalid: [
    {
      name: '全部为财政拨款的单位，公开05 类 208 26.44 而公开03 27.44（错误）',
      doc: doc({ tables: [t01(), t02(), t03(), t04(), t05({ '208': { total: '26.44', basic: '26.44' } })] }),
      errors: [
        { messageId: 'gpbOnlyMismatch', tail: false, severity: 2, sheet: 'final-05', cell: 'C16', actual: '26.44', expected: '27.44', data: { row: '208 社会保障和就业支出', column: '小计' } },
        { messageId: 'gpbOnlyMismatch', tail: false, severity: 2, sheet: 'final-05', cell: 'D16', actual: '26.44', expected: '27.44', data: { column: '基本支出' } },
      ],
    },
    {
      name: '有事业收入的单位：公开05 少于公开03 不报，大于才报（基本支出 28.44 > 27.44）',
      doc: doc({ tables: [t01(), withBusiness, t03({ '201': { total: '458.64', project: '234.50' } }), t04(), t05({ '208': { basic: '28.44', total: '28.44' } })] }),
      errors: [
        { messageId: 'exceedsAllFunds', tail: false, sheet: 'final-05', cell: 'C16', actual: '28.44', expected: '27.44' },
        { messageId: 'exceedsAllFunds', tail: false, sheet: 'final-05', cell: 'D16', actual: '28.44', expected: '27.44' },
      ],
    },
    {
      name: '全部为财政拨款的单位，公开05 2101199 0.05 vs 公开03 0.04 是尾差',
      doc: doc({ tables: [t01(), t02(), t03(), t04(), t05({ '2101199': { total: '0.05', basic: '0.05' } })] }),
      errors: [
        { messageId: 'gpbOnlyMismatch', tail: true, sheet: 'final-05', cell: 'C23', actual: '0.05', expected: '0.04' },
        { messageId: 'gpbOnlyMismatch', tail: true, sheet: 'final-05', cell: 'D23', actual: '0.05', expected: '0.04' },
      ],
    },
  ],
});
