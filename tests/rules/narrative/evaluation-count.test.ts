import rule from '../../../rules/narrative/evaluation-count';
import { ruleTester } from '../../helpers/rule-tester';
import { seed000With, withNarrative } from '../../narrative/helpers';
import { doc, evaluation } from '../../helpers/ledger';

const sentence = (n: string, a: string, b: string, c: string) => ['（四）预算绩效情况说明', `2024年二级项目绩效自评个数${n}个，资金224.5万元：${a}个项目自评等级为“优”，${b}个项目自评等级为“良”，${c}个项目自评等级“中”。`];

ruleTester.run(rule, {
  valid: [
    { name: '个数与等次均与附表一致', doc: seed000With(sentence('11', '5', '3', '3')) },
    {
      name: '未印等次时按总分定等',
      doc: withNarrative(doc({ evaluations: [evaluation({ name: 'A', total: '92.5' }), evaluation({ name: 'B', total: '85' })] }), ['（四）预算绩效情况说明', '共2个项目开展绩效自评，1个项目自评等级为“优”，1个项目自评等级为“良”。']),
    },
  ],
  invalid: [
    {
      name: 'seed 000：13个、8个优、2个良',
      doc: seed000With(sentence('13', '8', '2', '3')),
      errors: [
        { messageId: 'projectCount', data: { stated: '13', expected: 11 }, line: 2, actual: '13', expected: '11' },
        { messageId: 'gradeCount', data: { grade: '优', expected: 5 }, line: 2, actual: '8', expected: '5' },
        { messageId: 'gradeCount', data: { grade: '良', expected: 3 }, line: 2, actual: '2', expected: '3' },
      ],
    },
    {
      name: '有未识别的自评表时只警告',
      doc: seed000With(sentence('13', '5', '3', '3'), {}, { unrecognised: [{ file: 'test.xlsx', sheet: '附件12 项目支出绩效自评表', reason: '未识别的表格' }] }),
      errors: [{ messageId: 'projectCount', line: 2, actual: '13', expected: '11', severity: 1 }],
    },
  ],
});
