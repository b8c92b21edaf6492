/**
 * @fileoverview narrative/amount — an amount the narrative states equals the table cell its
 * subject names (收入总计502.98万元 ↔ 公开01 总计). 元 / 万元 slips are left to narrative/unit-slip.
 */
import { createRule } from '../../src/engine/rule';
import { checkSame } from '../../src/ledger/check';
import { relatedOf, wanNumber } from '../../src/narrative/arith';
import { claimsOf, unitSlip, usesOf } from './util';

export default createRule<'amountMismatch'>({
  meta: {
    id: 'narrative/amount',
    family: 'narrative',
    description: { zh: '情况说明中的金额应与表中对应数一致', en: 'An amount in the narrative equals its table cell' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '情况说明逐项复述各表数字，复述时抄错、引用旧稿数字是常见错误。规则把句中金额的主语（收入总计、基本支出、一般公共服务支出(类)、机关运行经费……）按所在章节绑定到表中单元格，表中数先按其金额单位换算为万元，按四舍五入区间比较：差额可由舍入解释时报尾差，否则报错。只绑定完整的名称（“离退休人员经费”不是“人员经费”，“信息化项目支出”不是“项目支出”），且只在同一口径内绑定：说上年、2023年、其中若干个项目、自评项目、部门评价的数字不与本年全部门的合计比较。主语沿用前句、未写明决算或预算而表中两者都有、或同名多行时，绑定只是推断，结果只作警告并请复核；从不按哪一行数值与句中相符来选。无法绑定的数字不猜测，只计入覆盖率。',
        en: 'The narrative restates the tables, and copying slips are common. The rule binds each amount’s subject (收入总计, 基本支出, a 类 name, 机关运行经费…) to its table cell using the section heading, converts the cell to 万元 from its table’s unit, and compares with rounding intervals: a tail when rounding explains the difference, an error otherwise. Only a whole name binds (离退休人员经费 is not 人员经费; 信息化项目支出 is not 项目支出), and only within the same scope: figures of last year, of 2023, of a subset of projects, of self-evaluated projects or of a 部门评价 are never compared with this year’s department totals. A subject carried over from an earlier sentence, a role (决算/预算) taken by default where the table has both, or several rows of one name make the binding a guess: a warning asking to review — never a choice of the row whose value agrees. Numbers that cannot be bound are not guessed at; they count in coverage.',
      },
      examples: {
        invalid: { zh: '“基本支出287.49万元”，公开03 基本支出 278.49', en: '“基本支出287.49万元” while 公开03 shows 278.49' },
        valid: { zh: '“项目支出224.5万元”，公开03 项目支出 224.50', en: '“项目支出224.5万元” with 公开03 项目支出 224.50' },
      },
    },
    messages: {
      amountMismatch: {
        zh: '情况说明“{{subject}}”{{stated}}，与{{table}}的{{expected}}万元不一致',
        en: 'Narrative states {{subject}} {{stated}}, but {{table}} shows {{expected}} (万元)',
      },
    },
  },
  check(doc, ctx) {
    for (const c of claimsOf(doc, 'amount')) {
      const a = c.amount;
      const b = a.binding;
      if (!b || a.fromTable) continue;
      ctx.checked();
      if (unitSlip(a, b.cell)) continue;
      const v = checkSame(a.wan, b.cell, { tolerance: ctx.tolerance });
      if (v.kind === 'equal') continue;
      const expected = wanNumber(b.cell.value ?? a.wan.value!.minus(a.wan.value!), b.cell.decimals);
      ctx.report({
        messageId: 'amountMismatch',
        data: { subject: c.subject, stated: a.stated.raw, table: b.label, expected },
        at: c.ref,
        related: relatedOf(b),
        uses: usesOf(b),
        actual: wanNumber(a.wan.value!, a.wan.decimals),
        expected,
        source: 'narrative',
        ...(v.kind === 'tail' ? { tail: true, truncated: v.truncated } : {}),
        ...(b.soft ? { severity: 1 as const } : {}),
      });
    }
  },
});
