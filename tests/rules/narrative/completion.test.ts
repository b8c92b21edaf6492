import rule from '../../../rules/narrative/completion';
import { ruleTester } from '../../helpers/rule-tester';
import { bare, seed000With } from '../../narrative/helpers';

const line = (pct: string) => `社会保障和就业支出年初预算30.01万元，支出决算27.44万元，完成年初预算的${pct}%。`;
const sangong = ['九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.05万元，完成全年预算的100.00%。'];

ruleTester.run(rule, {
  valid: [
    { name: '完成率一致', doc: bare([line('91.44')]) },
    { name: '“完成全年预算的”取全年预算数', doc: bare(['一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成全年预算的95.89%。']) },
    { name: '预算数取自公开09', doc: seed000With(sangong) },
    { name: '项目执行率取自自评表', doc: seed000With(['（四）预算绩效情况说明', '网信长治项目预算执行率100.00%。']) },
  ],
  invalid: [
    {
      name: '年初预算为0却写“完成年初预算的”',
      doc: bare(['一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。']),
      errors: [{ messageId: 'zeroBudget', data: { named: '年初预算' }, line: 1, actual: '95.89', expected: '95.89' }],
    },
    { name: '完成率算错', doc: bare([line('94.41')]), errors: [{ messageId: 'completionMismatch', data: { expected: '91.44' }, line: 1, actual: '94.41', expected: '91.44' }] },
    { name: '与公开09预算数不符', doc: seed000With(sangong, { '09.budget.reception': '0.08' }), errors: [{ messageId: 'completionMismatch', line: 2, actual: '100.00', expected: '62.50' }] },
    {
      name: '项目执行率与自评表不符',
      doc: seed000With(['（四）预算绩效情况说明', '网络安全宣传周资料印制项目预算执行率99.99%。']),
      errors: [{ messageId: 'completionMismatch', data: { subject: '网络安全宣传周资料印制项目' }, line: 2, actual: '99.99', expected: '99.90' }],
    },
    {
      name: '一位小数的预算：尾差',
      doc: bare(['教育支出年初预算0.3万元，支出决算0.27万元，完成年初预算的95.00%。']),
      errors: [{ messageId: 'completionMismatch', line: 1, actual: '95.00', expected: '90.00', tail: true }],
    },
  ],
});
