import rule from '../../../rules/perf/grade';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, doc, templateBSpec } from './helpers';

ruleTester.run(rule, {
  valid: [
    { name: '79.86 → 中', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '97.00 → 优', doc: doc({ evaluations: [evaluation(templateBSpec())] }) },
    { name: '80 → 良（下限含）', doc: doc({ evaluations: [evaluation({ name: '配套项目', total: '80', grade: '良' })] }) },
    { name: '90 → 优秀（别名）', doc: doc({ evaluations: [evaluation({ name: '配套项目', total: '90.00', grade: '优秀' })] }) },
  ],
  invalid: [
    {
      name: '79.93 评为良',
      doc: doc({ evaluations: [evaluation({ name: '指令传输系统', total: '79.93', grade: '良' })] }),
      errors: [{ messageId: 'gradeMismatch', data: { project: '指令传输系统', total: '79.93', grade: '良', expectedGrade: '中' }, cell: 'K12' }],
    },
    {
      name: '59.5 评为中',
      doc: doc({ evaluations: [evaluation({ name: '某项目', total: '59.5', grade: '中' })] }),
      errors: [{ messageId: 'gradeMismatch', data: { expectedGrade: '差' } }],
    },
  ],
});
