import rule from '../../../rules/narrative/count';
import { ruleTester } from '../../helpers/rule-tester';
import { bare, seed000With } from '../../narrative/helpers';

const assets = (n: string) => ['十、其他重要事项情况说明', `（三）国有资产占用情况说明截至2024年12月31日，本部门（单位）共有车辆${n}辆。其中：机要通信用车1辆。`];

ruleTester.run(rule, {
  valid: [
    { name: '车辆数与公开10一致', doc: seed000With(assets('1')) },
    { name: '项目总分与自评表一致', doc: seed000With(['（四）预算绩效情况说明', '网信长治项目自评得分100分，等次为优。']) },
    { name: '所列名称个数一致', doc: bare(['本办设3个内设科室，分别是：综合科，网络安全科，信息化发展科。']) },
  ],
  invalid: [
    { name: '车辆数与公开10不符', doc: seed000With(assets('2')), errors: [{ messageId: 'countMismatch', data: { subject: '车辆', expected: '1' }, line: 2, actual: '2', expected: '1' }] },
    {
      name: '项目总分与自评表不符',
      doc: seed000With(['（四）预算绩效情况说明', '专项业务费项目自评得分97.77分。']),
      errors: [{ messageId: 'countMismatch', data: { subject: '专项业务费项目' }, line: 2, actual: '97.77', expected: '99.77' }],
    },
    {
      name: '三公保有量与公开10车辆数不同（警告）',
      doc: seed000With(['九、财政拨款“三公”经费支出决算情况说明', '3、公务用车运行维护费支出0万元，使用财政拨款负担的公务用车保有量共0辆。']),
      errors: [{ messageId: 'countMismatch', line: 2, actual: '0', expected: '1', severity: 1 }],
    },
    {
      name: '所说个数与所列名称个数不同（警告）',
      doc: bare(['本办设4个内设科室，分别是：综合科，网络安全科，网络应急和管理科，网络传播和评论科，信息化发展科。']),
      errors: [{ messageId: 'enumerated', line: 1, actual: '4', expected: '5', severity: 1 }],
    },
  ],
});
