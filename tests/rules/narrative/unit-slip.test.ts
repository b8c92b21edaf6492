import rule from '../../../rules/narrative/unit-slip';
import { ruleTester } from '../../helpers/rule-tester';
import { seed000With } from '../../narrative/helpers';

const admin = (figure: string) => ['十、其他重要事项情况说明', '（一）机关运行经费支出情况说明', `2024年机关运行经费支出${figure}。`];

ruleTester.run(rule, {
  valid: [
    { name: '以元书写且换算正确', doc: seed000With(admin('712,000.00元')) },
    { name: '以万元书写', doc: seed000With(admin('71.20万元')) },
    { name: '真正的金额差异不算单位错误', doc: seed000With(admin('61.20万元')) },
  ],
  invalid: [
    {
      name: '万元数写成元',
      doc: seed000With(admin('71.20元')),
      errors: [{ messageId: 'unitSlip', data: { stated: '71.20元', reading: '71.20万元', expected: '71.20' }, line: 3, actual: '0.00712', expected: '71.20' }],
    },
    {
      name: '元数写成万元',
      doc: seed000With(admin('712,000.00万元')),
      errors: [{ messageId: 'unitSlip', data: { reading: '71.200000万元' }, line: 3, actual: '712000.00', expected: '71.20' }],
    },
  ],
});
