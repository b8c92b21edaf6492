import rule from '../../../rules/narrative/repeated-figure';
import { ruleTester } from '../../helpers/rule-tester';
import { bare } from '../../narrative/helpers';

ruleTester.run(rule, {
  valid: [
    { name: '两处一致', doc: bare(['公务接待费支出0.05万元，共接待2批次，6人次。', '4、公务接待费支出0.05万元，共接待2批次，6人次。']) },
    { name: '不同主语不比较', doc: bare(['国内接待费0.05万元，共接待2批次，6人次，其中外事接待费0万元，共接待0批次，0人次。']) },
  ],
  invalid: [
    {
      name: '批次前后不一',
      doc: bare(['公务接待费支出0.05万元，共接待2批次，6人次。', '4、公务接待费支出0.05万元，共接待3批次，6人次。']),
      errors: [{ messageId: 'figureChanged', data: { stated: '3批次', earlier: '2批次', line: 1 }, line: 2, actual: '3', expected: '2' }],
    },
    {
      name: '未绑定金额前后不一',
      doc: bare(['国内接待费0.05万元。', '国内接待费0.08万元。']),
      errors: [{ messageId: 'figureChanged', line: 2, actual: '0.08', expected: '0.05' }],
    },
    {
      name: '相差一分：尾差',
      doc: bare(['国内接待费0.05万元。', '国内接待费0.06万元。']),
      errors: [{ messageId: 'figureChanged', line: 2, actual: '0.06', expected: '0.05', tail: true }],
    },
  ],
});
