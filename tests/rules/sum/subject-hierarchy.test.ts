import rule from '../../../rules/sum/subject-hierarchy';
import { ruleTester } from '../../helpers/rule-tester';
import { doc, table } from '../../helpers/ledger';
import { t02, t03, t05, t07, t08 } from './seed-000';

ruleTester.run(rule, {
  valid: [
    { name: '公开02 各级科目相加一致（项 214.60）', doc: doc({ tables: [t02({ '2013702': { total: '214.60', fiscal: '214.60' } })] }) },
    { name: '空的公开07、08表（本表无数据）', doc: doc({ tables: [t07(), t08()] }) },
    {
      name: '公开07 有数据：合计 = 类 = 款 = 项',
      doc: doc({
        tables: [
          table('final-07', {
            columns: ['carryIn', 'income', 'total', 'basic', 'project', 'carryOut'],
            rows: [
              { key: 'total', name: '合计', cells: { carryIn: '10.00', income: '120.50', total: '125.30', project: '125.30', carryOut: '5.20' } },
              { code: '212', name: '城乡社区支出', cells: { carryIn: '10.00', income: '120.50', total: '125.30', project: '125.30', carryOut: '5.20' } },
              { code: '21208', name: '国有土地使用权出让收入安排的支出', cells: { carryIn: '10.00', income: '120.50', total: '125.30', project: '125.30', carryOut: '5.20' } },
              { code: '2120801', name: '征地和拆迁补偿支出', cells: { carryIn: '4.00', income: '80.25', total: '84.25', project: '84.25', carryOut: '' } },
              { code: '2120802', name: '土地开发支出', cells: { carryIn: '6.00', income: '40.25', total: '41.05', project: '41.05', carryOut: '5.20' } },
            ],
          }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: '种子000 公开02 款 20137 411.00 vs 项之和 411.01 是尾差',
      doc: doc({ tables: [t02()] }),
      errors: [
        { messageId: 'parentNotSum', tail: true, sheet: 'final-02', cell: 'C10', actual: '411.00', expected: '411.01', data: { row: '20137 网信事务', column: '本年收入合计', level: '项' } },
        { messageId: 'parentNotSum', tail: true, sheet: 'final-02', cell: 'D10', actual: '411.00', expected: '411.01', data: { row: '20137 网信事务', column: '财政拨款收入' } },
      ],
    },
    {
      name: '公开02 项 2013701 196.90：款 20137 不等于项之和（错误）',
      doc: doc({ tables: [t02({ '2013701': { total: '196.90', fiscal: '196.90' } })] }),
      errors: [
        { messageId: 'parentNotSum', tail: false, severity: 2, sheet: 'final-02', cell: 'C10', actual: '411.00', expected: '411.51', data: { actual: '411.00', expected: '411.51' } },
        { messageId: 'parentNotSum', tail: false, severity: 2, sheet: 'final-02', cell: 'D10', actual: '411.00', expected: '411.51' },
      ],
    },
    {
      name: '种子000 公开03、05 款 20137 448.64 vs 项之和 448.65 是尾差',
      doc: doc({ tables: [t03(), t05()] }),
      errors: [
        { messageId: 'parentNotSum', tail: true, sheet: 'final-03', cell: 'C10', actual: '448.64', expected: '448.65' },
        { messageId: 'parentNotSum', tail: true, sheet: 'final-05', cell: 'C10', actual: '448.64', expected: '448.65' },
      ],
    },
    {
      name: '公开03 类 208 基本支出 27.44 而款 20805 为 37.44（错误）',
      doc: doc({ tables: [t03({ '20805': { basic: '37.44' } })] }),
      errors: [
        { messageId: 'parentNotSum', tail: true, sheet: 'final-03', cell: 'C10' },
        { messageId: 'parentNotSum', tail: false, sheet: 'final-03', cell: 'D16', actual: '27.44', expected: '37.44', data: { row: '208 社会保障和就业支出', column: '基本支出', level: '款' } },
        { messageId: 'parentNotSum', tail: false, sheet: 'final-03', cell: 'D17', actual: '37.44', expected: '27.44' },
      ],
    },
    {
      name: '公开03 合计 本年支出合计 503.98 不等于各类之和 502.98（错误）',
      doc: doc({ tables: [t03({ total: { total: '503.98' } })] }),
      errors: [
        { messageId: 'totalNotSum', tail: false, sheet: 'final-03', cell: 'C8', actual: '503.98', expected: '502.98', data: { column: '本年支出合计' } },
        { messageId: 'parentNotSum', tail: true, sheet: 'final-03', cell: 'C10' },
      ],
    },
    {
      name: '公开05 合计为空而各类有数（空白按 0）',
      doc: doc({ tables: [t05({ total: { basic: '' } })] }),
      errors: [
        { messageId: 'totalNotSum', tail: false, sheet: 'final-05', cell: 'D8', actual: '0.00', expected: '278.49' },
        { messageId: 'parentNotSum', tail: true, sheet: 'final-05', cell: 'C10' },
      ],
    },
  ],
});
