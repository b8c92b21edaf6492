import rule from '../../../rules/sum/economic-classes';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { t06 } from './seed-000';

// t06 rows: 301 row 8, 303 row 20, 302 row 23, 310 row 39, 人员经费合计 row 44, 公用经费合计 row 45.
ruleTester.run(rule, {
  valid: [{ name: '种子000 公开06：207.29 = 207.02 + 0.27，71.20 = 43.45 + 27.75（309 为“———”）', doc: doc({ tables: [t06()] }) }],
  invalid: [
    {
      name: '公开06 其他交通费用 11.53：302 商品和服务支出不等于各款之和（错误）',
      doc: doc({ tables: [t06({ '30239': { amount: '11.53' } })] }),
      errors: [{ messageId: 'classNotSum', tail: false, severity: 2, sheet: 'final-06', cell: 'C23', actual: '43.45', expected: '44.45', data: { row: '302 商品和服务支出' } }],
    },
    {
      name: '公开06 办公费 3.69：302 43.45 vs 43.46 是尾差',
      doc: doc({ tables: [t06({ '30201': { amount: '3.69' } })] }),
      errors: [{ messageId: 'classNotSum', tail: true, sheet: 'final-06', cell: 'C23', actual: '43.45', expected: '43.46' }],
    },
    {
      name: '公开06 人员经费合计 217.29 ≠ 301 + 303（错误）',
      doc: doc({ tables: [t06({ 'personnel.total': { amount: '217.29' } })] }),
      errors: [{ messageId: 'personnelNotSum', tail: false, sheet: 'final-06', cell: 'C44', actual: '217.29', expected: '207.29', data: { classes: '301 + 303' } }],
    },
    {
      name: '公开06 资本性支出 37.75：公用经费合计 71.20 ≠ 81.20（错误）',
      doc: doc({ tables: [t06({ '310': { amount: '37.75' }, '31002': { amount: '37.75' } })] }),
      errors: [{ messageId: 'publicNotSum', tail: false, sheet: 'final-06', cell: 'C45', actual: '71.20', expected: '81.20', data: { classes: '302 + 307 + 309 + 310 + 399' } }],
    },
    {
      name: '公开06 资本性支出 27.76：公用经费合计 71.20 vs 71.21 是尾差',
      doc: doc({ tables: [t06({ '310': { amount: '27.76' }, '31002': { amount: '27.76' } })] }),
      errors: [{ messageId: 'publicNotSum', tail: true, sheet: 'final-06', cell: 'C45', actual: '71.20', expected: '71.21' }],
    },
  ],
});
