import rule from '../../../rules/doc/duplicate-rendition';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';

ruleTester.run(rule, {
  valid: [
    { name: '工作簿与它的情况说明：没有另一种版本', doc: doc({ id: '/d/001.xlsx', inputs: ['/d/001.xlsx', '/d/001.md'] }) },
    { name: '组装时没有搁置任何文件', doc: doc({ id: '/d/000.xlsx', setAside: [] }) },
  ],
  invalid: [
    {
      name: '001.xlsx + 001.docx + 001.md：Word 版整份搁置，提示一次',
      doc: doc({ id: '/d/001.xlsx', setAside: [{ file: '/d/001.docx', role: 'both', usedInstead: ['/d/001.xlsx', '/d/001.md'] }] }),
      errors: [{ messageId: 'both', data: { file: '001.docx', used: '001.xlsx、001.md' }, severity: 1 }],
    },
    {
      name: '000.md 与 000-narrative.docx：第二份情况说明未读取；PDF 表格未读取',
      doc: doc({
        id: '/d/000.xlsx',
        setAside: [
          { file: '/d/000-narrative.docx', role: 'narrative', usedInstead: ['/d/000.md'] },
          { file: '/d/000.pdf', role: 'tables', usedInstead: ['/d/000.xlsx'] },
        ],
      }),
      errors: [
        { messageId: 'narrative', data: { file: '000-narrative.docx', used: '000.md' } },
        { messageId: 'tables', data: { file: '000.pdf', used: '000.xlsx' } },
      ],
    },
  ],
});
