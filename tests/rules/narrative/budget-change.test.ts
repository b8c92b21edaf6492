import rule from '../../../rules/narrative/budget-change';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { CHANGE_LINE, paragraphs } from '../budget-seed-001';

ruleTester.run(rule, {
  valid: [
    { name: '种子001：减少 249.73 = 基本减少 240.33 + 项目减少 9.40', doc: doc({ kind: 'budget', narrative: paragraphs([CHANGE_LINE]) }) },
    { name: '一增一减：增加 10.00 = 基本增加 12.00 − 项目减少 2.00', doc: doc({ kind: 'budget', narrative: paragraphs(['较上年预算增加10.00万元，其中基本支出增加12.00万元，项目支出减少2.00万元。']) }) },
  ],
  invalid: [
    {
      name: '项目支出减少写成 8.40',
      doc: doc({ kind: 'budget', narrative: paragraphs([CHANGE_LINE.replace('9.40', '8.40')]) }),
      errors: [{ messageId: 'partsNotTotal', line: 1, actual: '249.73', expected: '248.73', tail: false }],
    },
    {
      name: '总额写成 249.74：尾差',
      doc: doc({ kind: 'budget', narrative: paragraphs([CHANGE_LINE.replace('249.73', '249.74')]) }),
      errors: [{ messageId: 'partsNotTotal', line: 1, actual: '249.74', expected: '249.73', tail: true }],
    },
  ],
});
