import rule from '../../../rules/narrative/project-figures';
import { ruleTester } from '../../helpers/rule-tester';
import { withNarrative } from '../../narrative/helpers';
import { doc, evaluation } from '../../helpers/ledger';

const H = '1、项目绩效自评结果';
// four of seed 000's tables as the workbook prints them (年初 = 全年预算, 执行, 执行率, 总分, 等次)
const TABLES: [string, string, string, string, string, string][] = [
  ['培训费', '5.37', '3.973', '73.99', '78.4', '中'],
  ['专项业务费', '10', '9.772', '97.72', '99.77', '优'],
  ['网信长治', '10', '10', '100', '100', '优'],
  ['全市网络安全态势感知系统年度服务费', '40', '0', '0', '81', '良'],
  ['应急指挥举报配套项目', '30', '0', '0', '80', '良'],
  ['应急指挥举报配套项目', '59', '0', '0', '80', '良'],
];
const evaluations = () => TABLES.map(([name, full, executed, rate, total, grade]) => evaluation({ name, funds: [{ initial: full, full, executed, rate }], total, grade }));
const px = (s: string) => withNarrative(doc({ evaluations: evaluations() }), [H, s]);

ruleTester.run(rule, {
  valid: [
    { name: '逐项与自评表一致', doc: px('培训费项目全年预算数5.37万元，全年执行数3.973万元，预算执行率73.99%，自评得分78.4分，评价等级为“中”。') },
    { name: '简称（网络安全态势感知系统）', doc: px('网络安全态势感知系统项目全年预算数40万元，全年执行数0万元，预算执行率0.00%。') },
    { name: '同名自评表两张：不比较', doc: withNarrative(doc({ evaluations: evaluations() }), [H, '培训费项目全年执行数3.973万元。', '应急指挥举报配套项目全年执行数5万元，预算执行率50%。']) },
    { name: '无对应自评表：不比较', doc: px('数据中心机房改造项目全年执行数12万元。') },
  ],
  invalid: [
    {
      name: '执行数与自评表不一致',
      doc: px('网信长治项目全年执行数9.5万元。'),
      errors: [{ messageId: 'figureMismatch', data: { field: '全年执行数' }, line: 2, actual: '9.5', expected: '10.0' }],
    },
    {
      name: '把自评得分写成执行率，两者都指出',
      doc: px('专项业务费经费执行率99.77%。'),
      errors: [{ messageId: 'rateIsScore', data: { stated: '99.77', expected: '97.72', score: '99.77' }, line: 2, actual: '99.77', expected: '97.72' }],
    },
    {
      name: '执行率与同句执行数、预算数不符（3 / 30 不是 100%）',
      doc: withNarrative(doc({ evaluations: [evaluation({ name: '全市网络宣传推广服务', funds: [{ initial: '30', full: '30', executed: '30', rate: '100' }], total: '99' })] }), [H, '网络宣传推广项目年初预算数30万元，全年预算数30万元，全年执行数3万元，预算执行率100.00%，自评得分99.5分。']),
      errors: [
        { messageId: 'figureMismatch', data: { field: '全年执行数' }, line: 2, actual: '3', expected: '30' },
        { messageId: 'rateInternal', data: { executed: '3', budget: '30' }, line: 2, actual: '100.00', expected: '10.00' },
        { messageId: 'figureMismatch', data: { field: '总分' }, line: 2, actual: '99.5', expected: '99.0' },
      ],
    },
    {
      name: '等级与自评表不一致',
      doc: px('培训费项目评价等级为“良”。'),
      errors: [{ messageId: 'gradeMismatch', data: { stated: '良', expected: '中' }, line: 2 }],
    },
    {
      name: '只写“预算”而年初与全年预算不同：警告',
      doc: withNarrative(doc({ evaluations: [evaluation({ name: '全市网络宣传推广服务', funds: [{ initial: '20', full: '30', executed: '30' }] })] }), [H, '网络宣传推广项目预算20万元。']),
      errors: [{ messageId: 'figureMismatch', line: 2, severity: 1 }],
    },
  ],
});

describe('scores of a block or an indicator, a 结余 beside the 执行数 (precision)', () => {
  ruleTester.run(rule, {
    valid: [
      { name: '产出/效益/满意度指标得分与执行率得分不是项目总分', doc: px('网信长治项目自评得分100分，产出指标得分50分，效益指标得分30分，满意度指标得分10分，预算执行率得分10分。') },
      { name: '写出结余时执行率仍按执行数核对', doc: px('专项业务费项目预算10万元，执行9.772万元，结余0.228万元，执行率97.72%。') },
    ],
    invalid: [
      {
        name: '写出结余时执行率与自评表不符',
        doc: px('专项业务费项目预算10万元，执行9.772万元，结余0.228万元，执行率92.72%。'),
        errors: [
          { messageId: 'rateInternal', line: 2, actual: '92.72', expected: '97.72' },
          { messageId: 'figureMismatch', data: { field: '执行率' }, line: 2, actual: '92.72' },
        ],
      },
    ],
  });
});
