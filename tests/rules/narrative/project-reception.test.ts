import rule from '../../../rules/narrative/project-reception';
import { ruleTester } from '../../helpers/rule-tester';
import { withNarrative } from '../../narrative/helpers';
import { evaluation } from '../../helpers/ledger';
import { seed000Doc, seed000Evaluations } from '../../narrative/seed000';

const sangong = ['九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.05万元，完成全年预算的100.00%。'];
// seed 000's ledger (三公 公务接待费 决算 0.05) with a reception project attached
const withProject = (executed: string, name = '市委接待工作经费') => withNarrative(seed000Doc({ evaluations: [...seed000Evaluations(), evaluation({ name, funds: [{ full: '0.05', executed }], total: '95' })] }), sangong);

ruleTester.run(rule, {
  valid: [
    { name: '接待费项目执行数与“三公”公务接待费相同', doc: withProject('0.05') },
    { name: '名称不是接待费的项目不比较', doc: withProject('0.08', '接待中心设备购置') },
  ],
  invalid: [
    {
      name: '两者不同：警告并列出两个数',
      doc: withProject('0.08'),
      errors: [{ messageId: 'receptionDiffers', data: { project: '市委接待工作经费', executed: '0.08' }, line: 2, actual: '0.05', expected: '0.08', severity: 1 }],
    },
  ],
});
