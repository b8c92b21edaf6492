/**
 * @fileoverview sum/budget-subject-hierarchy — 预算 收入总表, 支出总表, 一般公共预算 / 基金 / 国资支出表,
 * every amount column: 类 = Σ款, 款 = Σ项, 合计 = Σ类.
 */
import { createRule } from '../../src/engine/rule';
import { tablesOf } from '../../src/ledger/lookup';
import { budgetNeeds } from './util/budget';
import { checkSubjectHierarchy, HIERARCHY_MESSAGES, type HierarchyMessage } from './util/hierarchy';

const KINDS = ['budget-income', 'budget-expense', 'budget-gpb-expense', 'budget-fund', 'budget-soe'];

export default createRule<HierarchyMessage>({
  meta: {
    id: 'sum/budget-subject-hierarchy',
    family: 'sum',
    description: { zh: '预算功能分类科目逐级相加：合计 = Σ类，类 = Σ款，款 = Σ项', en: 'Budget functional subjects add up level by level: total = Σ类, 类 = Σ款, 款 = Σ项' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '预算收入总表、支出总表和财政拨款支出表按“类—款—项”列示，上级科目等于下级科目之和，合计等于各类之和；不等即漏列、重列或录入错误，0.01 以内为尾差。',
        en: 'Budget subject tables list 类—款—项; each parent is the sum of its children and the total the sum of the classes. Within 0.01 it is a rounding tail.',
      },
      examples: {
        invalid: { zh: '类 208 6.45，款 20805 6.54', en: 'class 208 6.45 but its 款 20805 6.54' },
        valid: { zh: '合计 116.76 = 101.43 + 6.45 + 3.25 + 5.63', en: 'total 116.76 = 101.43 + 6.45 + 3.25 + 5.63' },
      },
    },
    messages: HIERARCHY_MESSAGES,
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { any: KINDS })) return;
    for (const kind of KINDS) for (const t of tablesOf(doc, kind)) checkSubjectHierarchy(t, ctx, { blankAsZero: true, anchor: 'row', top: 'class' });
  },
});
