import rule from '../../../rules/sum/column-identity';
import { ruleTester } from '../../helpers/rule-tester';
import { doc, table } from '../../helpers/ledger';
import { t02, t03, t04, t05, t07, t08 } from './seed-000';

const COLS_07 = ['carryIn', 'income', 'total', 'basic', 'project', 'carryOut'];
const fund07 = (carryOut: string) =>
  table('final-07', {
    columns: COLS_07,
    rows: [
      { key: 'total', name: '合计', cells: { carryIn: '10.00', income: '120.50', total: '125.30', project: '125.30', carryOut } },
      { code: '212', name: '城乡社区支出', cells: { carryIn: '10.00', income: '120.50', total: '125.30', project: '125.30', carryOut } },
    ],
  });

ruleTester.run(rule, {
  valid: [
    { name: '种子000 公开02 本年收入合计 = 财政拨款收入', doc: doc({ tables: [t02()] }) },
    { name: '种子000 公开04 支出合计 = 一般公共预算财政拨款', doc: doc({ tables: [t04()] }) },
    { name: '空的公开07、08表', doc: doc({ tables: [t07(), t08()] }) },
    { name: '公开07 年末 5.20 = 年初 10.00 + 收入 120.50 − 支出 125.30', doc: doc({ tables: [fund07('5.20')] }) },
    { name: '公开05 合计改为 502.99 后没有尾差', doc: doc({ tables: [t05({ total: { total: '502.99' }, '201': { total: '448.65' }, '20137': { total: '448.65' } })] }) },
  ],
  invalid: [
    {
      name: '种子000 公开03 本年支出合计 502.98 vs 基本 278.49 + 项目 224.50 = 502.99 是尾差',
      doc: doc({ tables: [t03()] }),
      errors: [
        { messageId: 'columnNotSum', tail: true, sheet: 'final-03', cell: 'C8', actual: '502.98', expected: '502.99', data: { row: '合计', column: '本年支出合计' } },
        { messageId: 'columnNotSum', tail: true, sheet: 'final-03', cell: 'C9', actual: '448.64', expected: '448.65', data: { row: '201 一般公共服务支出' } },
        { messageId: 'columnNotSum', tail: true, sheet: 'final-03', cell: 'C10', actual: '448.64', expected: '448.65', data: { row: '20137 网信事务' } },
      ],
    },
    {
      name: '公开03 类 201 项目支出 234.50：本年支出合计不等于基本 + 项目（错误）',
      doc: doc({ tables: [t03({ '201': { project: '234.50' } })] }),
      errors: [
        { messageId: 'columnNotSum', tail: true, sheet: 'final-03', cell: 'C8' },
        { messageId: 'columnNotSum', tail: false, severity: 2, sheet: 'final-03', cell: 'C9', actual: '448.64', expected: '458.65', data: { parts: '基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出' } },
        { messageId: 'columnNotSum', tail: true, sheet: 'final-03', cell: 'C10' },
      ],
    },
    {
      name: '种子000 公开05 小计 vs 基本 + 项目 的三处尾差',
      doc: doc({ tables: [t05()] }),
      errors: [
        { messageId: 'columnNotSum', tail: true, sheet: 'final-05', cell: 'C8', actual: '502.98', expected: '502.99' },
        { messageId: 'columnNotSum', tail: true, sheet: 'final-05', cell: 'C9', actual: '448.64', expected: '448.65' },
        { messageId: 'columnNotSum', tail: true, sheet: 'final-05', cell: 'C10', actual: '448.64', expected: '448.65' },
      ],
    },
    {
      name: '公开02 合计行多出事业收入 10.00 而本年收入合计未变（错误）',
      doc: doc({ tables: [t02({ total: { business: '10.00' } })] }),
      errors: [{ messageId: 'columnNotSum', tail: false, sheet: 'final-02', cell: 'C8', actual: '465.34', expected: '475.34' }],
    },
    {
      name: '公开04 一般公共服务支出 合计 448.64 vs 一般公共预算财政拨款 448.46（错误）',
      doc: doc({ tables: [t04({ '一、一般公共服务支出': { gpb: '448.46' } })] }),
      errors: [{ messageId: 'columnNotSum', tail: false, sheet: 'final-04', cell: 'D16', actual: '448.64', expected: '448.46', data: { row: '一、一般公共服务支出' } }],
    },
    {
      name: '公开07 年末结转和结余 15.20 ≠ 10.00 + 120.50 − 125.30（错误）',
      doc: doc({ tables: [fund07('15.20')] }),
      errors: [
        { messageId: 'balanceNotCarried', tail: false, sheet: 'final-07', cell: 'H8', actual: '15.20', expected: '5.20', data: { column: '年末结转和结余', parts: '年初结转和结余 + 本年收入 − 本年支出小计' } },
        { messageId: 'balanceNotCarried', tail: false, sheet: 'final-07', cell: 'H9', actual: '15.20', expected: '5.20' },
      ],
    },
  ],
});
