import rule from '../../../rules/narrative/change';
import { ruleTester } from '../../helpers/rule-tester';
import { arithFixture, bare } from '../../narrative/helpers';

const fixture = arithFixture;

ruleTester.run(rule, {
  valid: [
    { name: 'seed 000 四、 as a paired statement: each pair checked, both consistent', doc: bare(fixture('seed-000-paired.md')) },
    { name: 'seed 000 percentages printed at 0 and 1 decimals (下降10%, 下降10.4%, 增长213.4 %)', doc: bare(fixture('seed-000-rounded.md')) },
    { name: '下降31% for 30.88 % computed: consistent at 0 decimals', doc: bare(['机关运行经费支出71.20万元，比上年增加16.8万元，增长31%。']) },
    {
      name: '“合计A，其中：…，项目支出C，同比增加D”：D 是合计的增加额（按合计核对相符），不是最后一项的',
      doc: bare(['另外，下属事业单位运行经费总预算安排1842.50万元，其中：基本支出预算212.30万元，项目支出预算1630.20万元，同比增加615.40万元，增长50.15%。']),
    },
    { name: '“同比上年度增加”（另起一句）：仍是上一句主语的增加额', doc: bare(['1、收入合计650.40万元。同比上年度增加150.20万元，增长30.03%。']) },
    { name: '“与上年减少…下降…”一致', doc: bare(['公务接待费决算12.6万元，与上年减少3.1万元，下降19.7%。']) },
    { name: '减少额与下降率一致', doc: bare(['一、收入支出决算总体情况说明', '2024年度收入总计502.98万元。与上年相比，收入总计减少58.63万元，下降10.44%。']) },
    { name: '增加额与增长率一致（比20XX年）', doc: bare(['2024年机关运行经费支出71.20万元，比2023年增加48.48万元，增长213.38%。']) },
    { name: '写明的上年数一致', doc: bare(['2023年度收入总计1,098.45万元，较2022年决算1,035.60万元增加62.85万元，增长6.07%。']) },
  ],
  invalid: [
    {
      name: 'seed 000 paired statement, the 支出 percentage planted 1 point off: only that pair is wrong',
      doc: bare(fixture('seed-000-paired-bad.md')),
      errors: [{ messageId: 'percentMismatch', data: { subject: '财政拨款支出总计' }, line: 2, actual: '11.44', expected: '10.40' }],
    },
    {
      name: 'seed 000 percentage at 0 decimals one point off (下降11% for 10.44 %)',
      doc: bare(fixture('seed-000-rounded-bad.md')),
      errors: [{ messageId: 'percentMismatch', line: 2, actual: '11', expected: '10' }],
    },
    {
      name: '分母用错（seed 002 人员经费）',
      doc: bare(['2023年，人员经费完成109.33万元，比上年增加36.14万，上升22.24%。']),
      errors: [{ messageId: 'percentMismatch', data: { subject: '人员经费', prior: '73.19万元', expected: '49.38' }, line: 1, actual: '22.24', expected: '49.38' }],
    },
    {
      name: '减少却写增长',
      doc: bare(['2024年度收入总计502.98万元，比上年减少58.63万元，增长10.44%。']),
      errors: [{ messageId: 'directionWords', data: { word: '减少', percentWord: '增长' }, line: 1 }],
    },
    {
      name: '上年数加增加额不等于本年数',
      doc: bare(['2023年度收入总计1,098.54万元，较2022年决算1,035.60万元增加62.85万元。']),
      errors: [{ messageId: 'priorMismatch', line: 1, actual: '1098.54', expected: '1098.45' }],
    },
    {
      name: '变动率截尾而非四舍五入（19.6894% 写作 19.68%）：尾差，不是错误',
      doc: bare(['2024年度支出总计3316.08万元，与上年相比减少812.99万元，下降19.68%。']),
      errors: [{ messageId: 'percentMismatch', line: 1, actual: '19.68', expected: '19.69', tail: true }],
    },
    {
      name: '“与上年下降”（省去“相比”）也是与上年比较：下降率按上年数核对',
      doc: bare(['公务接待费决算12.6万元，与上年减少3.1万元，下降9.7%。']),
      errors: [{ messageId: 'percentMismatch', line: 1, actual: '9.7', expected: '19.7' }],
    },
    {
      name: '“其中”列表之后的增减额按合计和按最后一项都不符：错误',
      doc: bare(['下属事业单位运行经费总预算安排1842.50万元，其中：基本支出预算212.30万元，项目支出预算1630.20万元，同比增加615.40万元，增长40.16%。']),
      errors: [{ messageId: 'percentMismatch', line: 1, actual: '40.16', expected: '60.64' }],
    },
    {
      name: '“同比上年度增加”用本年数作分母',
      doc: bare(['1、收入合计650.40万元。同比上年度增加150.20万元，增长23.09%。']),
      errors: [{ messageId: 'percentMismatch', line: 1, actual: '23.09', expected: '30.03' }],
    },
    {
      name: '小额的舍入：尾差',
      doc: bare(['“三公”经费支出决算0.05万元，比上年度减少0.04万元，下降50.00%。']),
      errors: [{ messageId: 'percentMismatch', line: 1, actual: '50.00', expected: '44.44', tail: true }],
    },
  ],
});
