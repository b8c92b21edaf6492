import rule from '../../../rules/doc/empty-table-note';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { fund, paragraphs, sangong } from '../budget-seed-001';

const withNote = () => ({ ...fund(), notes: ['注：无政府基金预算财政拨款预算，空表列示。'] });
ruleTester.run(rule, {
  valid: [
    { name: '种子001 工作簿：表下注“空表列示”', doc: doc({ kind: 'budget', tables: [withNote()] }) },
    { name: '种子001 Word：注在表后的段落里', doc: doc({ kind: 'budget', tables: [fund()], narrative: paragraphs(['注：无政府基金预算财政拨款预算，空表列示。'], 'test.xlsx') }) },
    { name: '有数据的表不需要说明', doc: doc({ kind: 'budget', tables: [sangong()] }) },
  ],
  invalid: [
    {
      name: '政府性基金表只有表头，没有说明',
      doc: doc({ kind: 'budget', tables: [fund()] }),
      errors: [{ messageId: 'noNote', sheet: 'budget-fund', cell: 'A1', severity: 1 }],
    },
    {
      name: '说明讲的是另一张表（三公），不算基金表的说明',
      doc: doc({ kind: 'budget', tables: [fund()], narrative: paragraphs(['注：无财政拨款“三公”经费支出表预算，空表列示。'], 'test.xlsx') }),
      errors: [{ messageId: 'noNote', sheet: 'budget-fund', cell: 'A1' }],
    },
  ],
});
