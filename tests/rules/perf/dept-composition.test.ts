import rule from '../../../rules/perf/dept-composition';
import { ruleTester } from '../../helpers/rule-tester';
import { deptEvaluation, doc } from './helpers';

/** Seed 002's 整体支出绩效自评表: 年度资金总额 年初 128.90 / 全年预算 251.06 / 全年执行 251.06 unless given. */
const dept = (basic: string, project: string, funds?: { full: string; executed: string }) =>
  doc({ deptEvaluations: [deptEvaluation({ composition: { 'expense.basic': basic, 'expense.project': project }, ...(funds ? { funds: { ...funds, weight: '10', score: '10' } } : {}) })] });

ruleTester.run(rule, {
  valid: [
    { name: '北塔区委网信办：基本支出 213.62 + 项目支出 37.44 = 251.06', doc: dept('213.62', '37.44') },
    { name: '拆分的是全年预算数（全年执行数不同）：哪一栏都可，不报', doc: dept('213.62', '37.44', { full: '251.06', executed: '240.00' }) },
    { name: '拆分的是全年执行数（全年预算数不同）', doc: dept('202.56', '37.44', { full: '251.06', executed: '240.00' }) },
    { name: '拆分的是年初预算数', doc: dept('100.00', '28.90') },
    { name: '差 0.01 在两位小数的舍入之内：不报错误', doc: dept('213.63', '37.44') },
    { name: '只印一项：不检查', doc: doc({ deptEvaluations: [deptEvaluation({ composition: { 'expense.basic': '213.62' } })] }) },
  ],
  invalid: [
    {
      name: '项目支出写成 47.44：213.62 + 47.44 = 261.06，与 128.90 / 251.06 / 251.06 都不符',
      doc: dept('213.62', '47.44'),
      errors: [{ messageId: 'splitMismatch', data: { basic: '213.62', project: '47.44', sum: '261.06', figures: '年初预算数 128.90、全年预算数 251.06、全年执行数 251.06' }, sheet: '整体支出绩效自评表', cell: 'E8', actual: '261.06', expected: '251.06', severity: 2 }],
    },
    {
      name: '全年预算数与全年执行数不同，和数与哪一栏都不符：报在全年执行数上',
      doc: dept('213.70', '37.44', { full: '251.06', executed: '240.00' }),
      errors: [{ messageId: 'splitMismatch', data: { sum: '251.14' }, actual: '251.14', expected: '240.00' }],
    },
  ],
});
