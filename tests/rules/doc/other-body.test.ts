import rule from '../../../rules/doc/other-body';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { front, lines } from './doc-text';

const BODY = '上海市普陀区规划和自然资源局';

ruleTester.run(rule, {
  valid: [
    { name: '各标题都是本单位', doc: doc({ narrative: lines([...front(BODY), `${BODY}2024年度部门决算表`]) }) },
    {
      name: '“规划与自然资源局”只是同一单位的写法差异，不是另一单位',
      doc: doc({ narrative: lines([...front(BODY), '上海市普陀区规划与自然资源局2024年度部门决算表']) }),
    },
    {
      name: '正文句子里提到上级单位不是标题',
      doc: doc({ narrative: lines([...front(BODY), '根据上海市规划和自然资源局2024年度部门决算编制要求，本局编制了决算。']) }),
    },
    { name: '无法确定本单位（各名称一样多）时不报告', doc: doc({ narrative: lines(['第一部分上海市甲局概况', '第一部分上海市乙局概况']) }) },
  ],
  invalid: [
    {
      name: '表前标题写成市级单位（漏了“普陀区”）',
      doc: doc({ narrative: lines([...front(BODY), '上海市规划和自然资源局2024年度部门决算表']) }),
      errors: [{ messageId: 'otherBody', line: 12, actual: '上海市规划和自然资源局2024年度部门决算表', expected: `${BODY}2024年度部门决算表`, severity: 2 }],
    },
    {
      name: '本单位取自文件的部门名称行',
      doc: doc({ meta: { department: '中共上海市普陀区委社会工作部' }, narrative: lines(['第二部分中共上海市普陀区委组织部2024年度部门决算表']) }),
      errors: [{ messageId: 'otherBody', line: 1, expected: '第二部分中共上海市普陀区委社会工作部2024年度部门决算表' }],
    },
  ],
});
