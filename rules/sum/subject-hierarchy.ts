/**
 * @fileoverview sum/subject-hierarchy — in the functional-classification tables (公开02, 03, 05, 07,
 * 08), in every amount column: 类 (3 digits) = Σ its 款 (5 digits), 款 = Σ its 项 (7 digits),
 * and the 合计 row = Σ 类.
 */
import { createRule } from '../../src/engine/rule';
import { tablesOf } from '../../src/ledger/lookup';
import { checkSubjectHierarchy, HIERARCHY_MESSAGES, type HierarchyMessage } from './util/hierarchy';

const KINDS = ['final-02', 'final-03', 'final-05', 'final-07', 'final-08'];

export default createRule<HierarchyMessage>({
  meta: {
    id: 'sum/subject-hierarchy',
    family: 'sum',
    description: {
      zh: '功能分类科目逐级相加：合计 = Σ类，类 = Σ款，款 = Σ项（公开02、03、05、07、08表，每一列）',
      en: 'Functional subjects add up level by level: 合计 = Σ类, 类 = Σ款, 款 = Σ项 (tables 02, 03, 05, 07, 08, every column)',
    },
    defaultSeverity: 'error',
    requiresAny: KINDS,
    docs: {
      rationale: {
        zh: '决算表按“类—款—项”列示支出功能分类科目，上级科目金额必须等于其下级科目之和，合计行等于各类之和。不等说明漏列、重列科目或录入错误；差 0.01 以内多为尾差，单独报告。',
        en: 'The 决算 tables list functional subjects as 类—款—项; a parent must equal the sum of its children and 合计 the sum of the classes. A mismatch means a missing or duplicated subject or a typing error; a 0.01 difference is usually a rounding tail and is reported as such.',
      },
      examples: {
        invalid: { zh: '款 20137 网信事务 411.00，项 2013701 196.90 + 2013702 214.61 = 411.51', en: '款 20137 411.00 but 项 196.90 + 214.61 = 411.51' },
        valid: { zh: '类 208 27.44 = 款 20805 27.44 = 项 18.29 + 9.15', en: '类 208 27.44 = 款 20805 27.44 = 18.29 + 9.15' },
      },
    },
    messages: HIERARCHY_MESSAGES,
  },
  check(doc, ctx) {
    for (const kind of KINDS) for (const t of tablesOf(doc, kind)) checkSubjectHierarchy(t, ctx, { anchor: 'cell', top: 'shortest' });
  },
});
