import rule from '../../../rules/doc/year';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { front, lines } from './doc-text';

const BODY = '中共上海市普陀区委社会工作部';

ruleTester.run(rule, {
  valid: [
    { name: '标题年度一致', doc: doc({ narrative: lines([...front(BODY), '截至2024年12月31日，本部门共有车辆0辆。']) }) },
    {
      name: '正文与上年比较的年份不是标题',
      doc: doc({ narrative: lines([...front(BODY), '与2023年度相比，收入支出总计增加307.82万元，增长100.00%。']) }),
    },
    {
      name: '预算的资产截至上年末',
      doc: doc({ kind: 'budget', meta: { year: '2024' }, narrative: lines(['2024年部门预算', '截至2023年12月31日，共有车辆1辆。']) }),
    },
  ],
  invalid: [
    {
      name: '表名里的年度（上海市XX局2023年度收入决算表）',
      doc: doc({ meta: { year: '2024' }, narrative: lines(['一、收入支出决算总体情况说明', '中共上海市普陀区委社会工作部2023年度收入决算表']) }),
      errors: [{ messageId: 'titleYear', line: 2, expected: '中共上海市普陀区委社会工作部2024年度收入决算表' }],
    },
    {
      name: '表前标题沿用上年年度',
      doc: doc({ narrative: lines([...front(BODY), `${BODY}2023年度部门决算表`]) }),
      errors: [{ messageId: 'titleYear', line: 12, actual: `${BODY}2023年度部门决算表`, expected: `${BODY}2024年度部门决算表`, severity: 2 }],
    },
    {
      name: '决算的“截至”日期不是本年末',
      doc: doc({ meta: { year: '2024' }, narrative: lines(['（三）国有资产占用情况说明截至2023年12月31日，本部门共有车辆1辆。']) }),
      errors: [{ messageId: 'asOfYear', line: 1, actual: '截至2023年12月31日', expected: '截至2024年12月31日' }],
    },
  ],
});
