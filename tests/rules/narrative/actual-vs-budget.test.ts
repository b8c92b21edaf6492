import rule from '../../../rules/narrative/actual-vs-budget';
import { ruleTester } from '../../helpers/rule-tester';
import { bare, withNarrative } from '../../narrative/helpers';
import { doc, table } from '../../helpers/ledger';

const HEAD = ['五、一般公共预算财政拨款支出决算情况说明', '（三）一般公共预算财政拨款支出决算具体情况'];
const item = (budget: string, actual: string, words: string) =>
  `1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出。全年预算为${budget}万元，支出决算为${actual}万元。${words}的主要原因：人员变动。`;

/** A 05 table with the 项 row 2012901 行政运行 under 201 / 20129. */
const ledger = (actual: string) =>
  doc({
    tables: [
      table('final-05', {
        sheet: '公开05',
        columns: ['total', 'basic', 'project'],
        rows: [
          { code: '201', name: '一般公共服务支出', cells: { total: actual, basic: actual } },
          { code: '20129', name: '社会工作事务', cells: { total: actual, basic: actual } },
          { code: '2012901', name: '行政运行', cells: { total: actual, basic: actual } },
        ],
      }),
    ],
  });

ruleTester.run(rule, {
  valid: [
    { name: '决算小于预算', doc: bare([...HEAD, item('52.00', '51.32', '决算数小于预算数')]) },
    { name: '决算与预算持平', doc: bare([...HEAD, item('202.24', '202.24', '决算数与全年预算数持平')]) },
    { name: '写明年初：取年初预算数', doc: bare([...HEAD, '一般公共预算财政拨款支出年初预算为300.00万元，全年预算为321.02万元，支出决算为307.82万元。决算数大于年初预算数的主要原因：追加预算。']) },
    { name: '表中数与说明一致', doc: withNarrative(ledger('51.32'), [...HEAD, item('52.00', '51.32', '决算数小于预算数')]) },
  ],
  invalid: [
    {
      name: '决算大于预算却写“小于”',
      doc: bare([...HEAD, item('52.00', '53.10', '决算数小于预算数')]),
      errors: [{ messageId: 'relationWrong', data: { truth: '>' }, actual: '53.10', expected: '52.00', severity: 2 }],
    },
    {
      name: '数字不同却写“持平”',
      doc: bare([...HEAD, item('18.12', '17.70', '决算数与全年预算数持平')]),
      errors: [{ messageId: 'relationWrong', data: { truth: '<' }, actual: '17.70', expected: '18.12', severity: 2 }],
    },
    {
      name: '以表中决算数为准（说明中的决算数另由 narrative/amount 核对）',
      doc: withNarrative(ledger('53.10'), [...HEAD, item('52.00', '51.32', '决算数小于预算数')]),
      errors: [{ messageId: 'relationWrong', data: { truth: '>' }, actual: '53.10', expected: '52.00', severity: 2 }],
    },
    {
      name: '只写“预算数”而段中年初、全年预算不同：只作警告',
      doc: bare([...HEAD, '一般公共预算财政拨款支出年初预算为300.00万元，全年预算为321.02万元，支出决算为307.82万元。决算数大于预算数的主要原因：追加预算。']),
      errors: [{ messageId: 'relationWrong', actual: '307.82', expected: '321.02', severity: 1 }],
    },
  ],
});
