import rule from '../../../rules/sum/summary-balance';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t01, t04 } from './seed-000';

ruleTester.run(rule, {
  valid: [{ name: '种子000 公开01、04 收支平衡', doc: doc({ tables: [t01(), t04()] }) }],
  invalid: [
    {
      name: '公开01 年初结转和结余 37.65：收入总计 502.98 vs 502.99 是尾差',
      doc: doc({ tables: [t01({ 'income.carryIn': { amount: '37.65' } })] }),
      errors: [{ messageId: 'totalNotSum', tail: true, sheet: 'final-01', cell: 'C30', actual: '502.98', expected: '502.99', data: { row: '总计' } }],
    },
    {
      name: '公开01 年初结转和结余 47.64：收入总计不等于本年收入合计 + 结转（错误）',
      doc: doc({ tables: [t01({ 'income.carryIn': { amount: '47.64' } })] }),
      errors: [{ messageId: 'totalNotSum', tail: false, severity: 2, sheet: 'final-01', cell: 'C30', actual: '502.98', expected: '512.98' }],
    },
    {
      name: '公开01 事业收入 10.00 未计入本年收入合计（错误）',
      doc: doc({ tables: [t01({ 'income.business': { amount: '10.00' } })] }),
      errors: [{ messageId: 'totalNotSum', tail: false, sheet: 'final-01', cell: 'C16', actual: '465.34', expected: '475.34', data: { row: '本年收入合计', parts: '各项收入' } }],
    },
    {
      name: '公开01 卫生健康支出 7.67：本年支出合计不等于各功能分类之和（错误）',
      doc: doc({ tables: [t01({ '九、卫生健康支出': { amount: '7.67' } })] }),
      errors: [{ messageId: 'totalNotSum', tail: false, sheet: 'final-01', cell: 'C27', actual: '502.98', expected: '502.89' }],
    },
    {
      name: '公开01 支出总计 503.98：既不等于本年支出合计 + 结转，也不等于收入总计',
      doc: doc({ tables: [t01({ 'expense.grand': { amount: '503.98' } })] }),
      errors: [
        { messageId: 'totalNotSum', tail: false, sheet: 'final-01', cell: 'C31', actual: '503.98', expected: '502.98' },
        { messageId: 'grandNotEqual', tail: false, sheet: 'final-01', cell: 'C31', actual: '503.98', expected: '502.98' },
      ],
    },
    {
      name: '公开04 年初结转 37.64 vs 分项 27.64（错误）',
      doc: doc({ tables: [t04({ 'income.carryIn.gpb': { amount: '27.64' } })] }),
      errors: [{ messageId: 'totalNotSum', tail: false, sheet: 'final-04', cell: 'C12', actual: '37.64', expected: '27.64' }],
    },
    {
      name: '公开04 本年支出合计 一般公共预算 500.98（错误两处：合计≠Σ类，总计≠合计+结转）',
      doc: doc({ tables: [t04({ 'expense.total': { gpb: '500.98' } })] }),
      errors: [
        { messageId: 'totalNotSum', tail: false, sheet: 'final-04', cell: 'E22', actual: '500.98', expected: '502.98', data: { column: '一般公共预算财政拨款' } },
        { messageId: 'totalNotSum', tail: false, sheet: 'final-04', cell: 'E24', actual: '502.98', expected: '500.98' },
      ],
    },
    {
      name: '公开04 一般公共服务支出 448.65：本年支出合计 502.98 vs 502.99 是尾差',
      doc: doc({ tables: [t04({ '一、一般公共服务支出': { total: '448.65', gpb: '448.65' } })] }),
      errors: [
        { messageId: 'totalNotSum', tail: true, sheet: 'final-04', cell: 'D22', actual: '502.98', expected: '502.99' },
        { messageId: 'totalNotSum', tail: true, sheet: 'final-04', cell: 'E22', actual: '502.98', expected: '502.99' },
      ],
    },
  ],
});
