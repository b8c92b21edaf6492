import rule from '../../../rules/narrative/reception-persons';
import { ruleTester } from '../../helpers/rule-tester';
import { withNarrative } from '../../narrative/helpers';
import { doc, evaluation } from '../../helpers/ledger';

const withIndicator = (actual: string) =>
  withNarrative(doc({ evaluations: [evaluation({ name: '专项业务费', indicators: [{ l1: '产出指标', l2: '数量指标', name: '公务接待人次', target: '≥30人次', actual, weight: '10', score: '10' }] })] }), [
    '（二）“三公”经费财政拨款支出决算具体情况说明',
    '4、公务接待费支出0.05万元，共接待2批次，6人次。',
  ]);

ruleTester.run(rule, {
  valid: [{ name: '项目接待人次不超过全单位', doc: withIndicator('≥5人次') }],
  invalid: [
    {
      name: '项目指标称接待30人次，全单位只有6人次',
      doc: withIndicator('≥30人次'),
      errors: [{ messageId: 'morePersons', data: { value: '30', stated: '6' }, sheet: '专项业务费项目支出绩效自评表', cell: 'D12', actual: '30', expected: '6', severity: 1 }],
    },
  ],
});
