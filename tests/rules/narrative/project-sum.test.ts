import rule from '../../../rules/narrative/project-sum';
import { ruleTester } from '../../helpers/rule-tester';
import { seed000With } from '../../narrative/helpers';

const H = '（四）预算绩效情况说明';
// the test ledger of seed 000's eleven tables: Σ 全年预算数 244.37, Σ 全年执行数 110.768
ruleTester.run(rule, {
  valid: [
    { name: '涉及金额等于 Σ 全年预算数', doc: seed000With([H, '对11个项目开展了绩效自评，涉及金额244.37万元。']) },
    { name: '所称个数与附表张数不同：不可比', doc: seed000With([H, '2024年二级项目绩效自评个数13个，资金224.5万元。']) },
    { name: '平均得分等于各表总分的平均（948.57 ÷ 11）', doc: seed000With([H, '绩效自评的2024年度项目11个，涉及预算金额244.37万元，平均得分86.23分。']) },
    { name: '写“执行”时比 Σ 全年执行数', doc: seed000With([H, '对11个项目开展了绩效自评，执行金额110.77万元。']) },
  ],
  invalid: [
    {
      name: '涉及金额与 Σ 全年预算数不符',
      doc: seed000With([H, '对11个项目开展了绩效自评，涉及金额300.5万元。']),
      errors: [{ messageId: 'sumMismatch', data: { field: '全年预算数', tables: 11 }, line: 2, actual: '300.5', expected: '244.37' }],
    },
    {
      name: '平均得分与各表总分的平均不符',
      doc: seed000With([H, '绩效自评的2024年度项目11个，涉及预算金额244.37万元，平均得分90.50分。']),
      errors: [{ messageId: 'averageMismatch', data: { stated: '90.50' }, line: 2, actual: '90.50', expected: '86.23' }],
    },
    {
      name: '汇总分析报告把 Σ 全年执行数当作项目预算',
      doc: seed000With([H, '本年度对11个项目开展了绩效自评，项目预算资金110.77万元。']),
      errors: [{ messageId: 'executionAsBudget', data: { executed: '110.768', expected: '244.37' }, line: 2, actual: '110.77', expected: '244.37' }],
    },
    {
      name: '只写“资金”：按全年预算数比较，只作警告',
      doc: seed000With([H, '对11个项目开展了绩效自评，资金230万元。']),
      errors: [{ messageId: 'sumMismatch', line: 2, severity: 1 }],
    },
  ],
});
