import rule from '../../../rules/narrative/budget-projects';
import { ruleTester } from '../../helpers/rule-tester';
import { doc } from '../../helpers/ledger';
import { EXPENSE_LINE, PROJECTS, expense, paragraphs, target, targets } from '../budget-seed-001';

ruleTester.run(rule, {
  valid: [{ name: '种子001：项目支出 43.44 = 所列六个项目 = 六张绩效目标表预算数', doc: doc({ kind: 'budget', tables: [expense(), ...targets()], narrative: paragraphs([EXPENSE_LINE]) }) }],
  invalid: [
    {
      name: '所列项目少算：0.84 写成 0.48（“主要为”列举偏小，警告）',
      doc: doc({ kind: 'budget', tables: [expense(), ...targets()], narrative: paragraphs([EXPENSE_LINE.replace('0.84万元', '0.48万元')]) }),
      errors: [{ messageId: 'listNotSum', line: 1, actual: '43.44', expected: '43.08', severity: 1 }],
    },
    {
      name: '绩效目标表预算数之和 43.08 ≠ 支出总表项目支出 43.44',
      doc: doc({ kind: 'budget', tables: [expense(), ...PROJECTS.map(([n, b]) => target(n, { budget: b === '0.84' ? '0.48' : b }))] }),
      errors: [{ messageId: 'targetsNotSum', sheet: 'budget-expense', cell: 'E8', actual: '43.44', expected: '43.08', tail: false }],
    },
    {
      name: '所列金额 0.85（整数位金额的舍入区间内）：尾差',
      doc: doc({ kind: 'budget', tables: [expense()], narrative: paragraphs([EXPENSE_LINE.replace('0.84万元', '0.85万元')]) }),
      errors: [{ messageId: 'listNotSum', line: 1, actual: '43.44', expected: '43.45', tail: true }],
    },
  ],
});
