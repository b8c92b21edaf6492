import rule from '../../../rules/narrative/totals-balance';
import { ruleTester } from '../../helpers/rule-tester';
import { arithFixture, bare } from '../../narrative/helpers';

const fixture = arithFixture;

ruleTester.run(rule, {
  valid: [
    { name: 'seed 000 四、 restated as a paired statement: totals and changes balance', doc: bare(fixture('seed-000-paired.md')) },
    { name: '收、支总计均为：one figure for both', doc: bare(['一、收入支出决算总体情况说明', '2024年度收、支总计均为502.98万元。与2023年相比，收、支总计各减少58.63万元，下降10.44%。']) },
    {
      name: '收入总计 and 财政拨款支出总计 are different totals',
      doc: bare(['一、收入支出决算总体情况说明', '2024年度收入总计520.00万元。', '四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入总计502.98万元，财政拨款支出总计502.98万元。']),
    },
    { name: '本年收入合计 and 本年支出合计 need not balance (结转结余)', doc: bare(['一、收入支出决算总体情况说明', '2024年度本年收入合计465.34万元，本年支出合计502.98万元。']) },
    { name: 'a 绩效 report alone (no 决算 or 预算 in its headings)', doc: bare(['一、部门整体绩效自评情况', '2024年度收入总计502.98万元，支出总计500.98万元。'], { kind: 'unknown' }) },
    { name: 'a self-evaluation document', doc: bare(['一、收入支出决算总体情况说明', '2024年度收入总计502.98万元，支出总计500.98万元。'], { kind: 'perf' }) },
  ],
  invalid: [
    {
      name: 'seed 000 paired statement with 支出总计 planted 2.00 higher: totals differ',
      doc: bare(fixture('seed-000-paired-bad.md')),
      errors: [{ messageId: 'totalsDiffer', line: 2, actual: '504.98', expected: '502.98' }],
    },
    {
      name: 'sh-plan 一、 with 支出总计 planted 10.00 higher, the narrative alone',
      doc: bare(fixture('sh-plan-totals-bad.md'), { kind: 'unknown' }),
      errors: [{ messageId: 'totalsDiffer', line: 2, actual: '9869.38', expected: '9859.38' }],
    },
    {
      name: '“支出总计” after 财政拨款收入总计 shares its 财政拨款',
      doc: bare(['四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入总计502.98万元，支出总计502.89万元。']),
      errors: [{ messageId: 'totalsDiffer', line: 2, actual: '502.89', expected: '502.98' }],
    },
    {
      name: 'the changes of two balanced totals differ',
      doc: bare(['一、收入支出决算总体情况说明', '2024年度收、支总计各是502.98万元、502.98万元。与上年相比，各减少58.63万元、56.63万元。']),
      errors: [{ messageId: 'changesDiffer', line: 2, actual: '-56.63', expected: '-58.63' }],
    },
  ],
});
