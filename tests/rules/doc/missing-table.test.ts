import rule from '../../../rules/doc/missing-table';
import { ruleTester } from '../../helpers/rule-tester';
import { doc, table } from '../../helpers/ledger';
import { lines } from './doc-text';

const BODY = '上海市普陀区规划和自然资源局';
const CONTENTS = [
  '目录',
  `第一部分${BODY}概况`,
  '一、主要职能',
  `第二部分${BODY}2024年度部门决算表`,
  '一、收入支出决算总表',
  '六、一般公共预算财政拨款基本支出决算表',
  '九、国有资本经营预算财政拨款收入支出决算表',
  `第三部分${BODY}2024年度部门决算情况说明`,
  `第一部分${BODY}概况`,
  '一、主要职能',
];
const t = (kind: string, title: string) => table(kind, { title, columns: ['amount'], rows: [{ key: 'total', cells: { amount: '1.00' } }] });
const shanghai = (omit?: string) =>
  [
    t('final-01', '收入支出决算总表'), t('final-02', '收入决算表'), t('final-03', '支出决算表'), t('final-04', '财政拨款收入支出决算总表'),
    t('final-05', '一般公共预算财政拨款支出决算表'), t('final-06', '一般公共预算财政拨款基本支出决算表'), t('final-07', '政府性基金预算财政拨款收入支出决算表'),
    t('final-08', '国有资本经营预算财政拨款收入支出决算表'), t('final-09', '财政拨款“三公”经费支出决算表'),
  ].filter((x) => x.kind !== omit);

ruleTester.run(rule, {
  valid: [
    { name: '目录所列各表都在（上海九张表，无公开10）', doc: doc({ tables: shanghai(), narrative: lines(CONTENTS) }) },
    {
      name: '表在但未读懂：列在 unrecognised，不算缺失',
      doc: doc({
        tables: shanghai('final-08'),
        narrative: lines(CONTENTS),
        unrecognised: [{ file: 'test.xlsx', sheet: 'S8', reason: '国有资本经营预算财政拨款收入支出决算表：表头无法识别' }],
      }),
    },
    { name: '只有说明的文件不要求公开表', doc: doc({ tables: [], narrative: lines(['一、收入支出决算总体情况说明']) }), expectSkip: true },
    {
      name: '只有说明、说明里有目录：未给出表格，不报告目录所列各表缺失（覆盖信息说明未核对）',
      doc: doc({ tables: [], narrative: lines(CONTENTS) }),
      expectSkip: true,
    },
  ],
  invalid: [
    {
      name: '目录列出国资表，文件中没有',
      doc: doc({ tables: shanghai('final-08'), narrative: lines(CONTENTS) }),
      errors: [{ messageId: 'listed', line: 7, actual: '九、国有资本经营预算财政拨款收入支出决算表', expected: '国有资本经营预算财政拨款收入支出决算表', severity: 2 }],
    },
    {
      name: '目录未列、模板要求的三公表缺失',
      doc: doc({ tables: shanghai('final-09') }),
      errors: [{ messageId: 'required', sheet: 'final-01', expected: '财政拨款“三公”经费支出决算表' }],
    },
  ],
});
