import rule from '../../../rules/narrative/prior-year';
import { ruleTester } from '../../helpers/rule-tester';
import { bare, seed000With } from '../../narrative/helpers';
import { seed000Doc } from '../../narrative/seed000';
import { cellOf } from '../../../src/ledger/cells';

const lastYear = (grand: string) => seed000Doc({}, { '01.income.grand': grand, '01.expense.grand': grand, '10.adminCost': '22.72' });
const text = ['一、收入支出决算总体情况说明', '2024年度收入总计502.98万元。与上年相比，收入总计减少58.63万元，下降10.44%。'];
const basics = (prior: string) =>
  new Map([
    ['public.total.final', cellOf('104.29', { file: 'b.xlsx', sheet: '基础数据表', cell: 'D20' })],
    ['public.total.prior', cellOf(prior, { file: 'b.xlsx', sheet: '基础数据表', cell: 'B20' })],
  ]);
const dept = (prior: string) =>
  bare(['公用经费完成104.29万元，比上年增加14.99万元，上升16.79%。'], {
    deptEvaluations: [{ name: 'd', source: { file: 'b.xlsx', sheet: '基础数据表' }, blocks: [], total: null, totalWeight: null, grade: null, basics: basics(prior) }],
  });

ruleTester.run(rule, {
  valid: [
    { name: '隐含上年数与上年表一致', doc: seed000With(text, {}, { prior: lastYear('561.61') }) },
    { name: '与上年相同且上年为0', doc: seed000With(['九、财政拨款“三公”经费支出决算情况说明', '因公出国（境）费支出0万元，与上年相同。'], {}, { prior: lastYear('561.61') }) },
    { name: '基础数据表上年数一致', doc: dept('89.30') },
  ],
  invalid: [
    {
      name: '隐含上年数与上年表不符',
      doc: seed000With(text, {}, { prior: lastYear('561.16') }),
      errors: [{ messageId: 'priorMismatch', data: { implied: '561.61', expected: '561.16' }, line: 2, actual: '561.61', expected: '561.16' }],
    },
    {
      name: '比20XX年（机关运行经费）',
      doc: seed000With(['十、其他重要事项情况说明', '（一）机关运行经费支出情况说明', '2024年机关运行经费支出71.20万元，比2023年增加45.48万元，增长176.83%。'], {}, { prior: lastYear('561.61') }),
      errors: [{ messageId: 'priorMismatch', line: 3, actual: '25.72', expected: '22.72' }],
    },
    {
      name: '基础数据表上年数不符（seed 002 公用经费）',
      doc: dept('83.72'),
      errors: [{ messageId: 'priorMismatch', line: 1, actual: '89.30', expected: '83.72' }],
    },
    {
      name: '相差一分：尾差',
      doc: seed000With(text, {}, { prior: lastYear('561.62') }),
      errors: [{ messageId: 'priorMismatch', line: 2, actual: '561.61', expected: '561.62', tail: true }],
    },
  ],
});
