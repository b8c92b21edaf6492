/**
 * @fileoverview rounding/tail — the rule id under which every arithmetic rule reports differences
 * that printed rounding explains (DESIGN §3). It checks nothing itself: the engine routes each
 * `tail: true` report here, so one setting (`"rounding/tail": "off"`) silences all tails.
 */
import { createRule } from '../../src/engine/rule';

export default createRule<'tail'>({
  meta: {
    id: 'rounding/tail',
    family: 'rounding',
    description: { zh: '尾差：差额在四舍五入可以解释的范围内', en: 'Rounding tail: a difference that printed rounding explains' },
    defaultSeverity: 'warn',
    docs: {
      rationale: {
        zh: '各表金额以万元保留两位小数打印，合计与明细之和相差 0.01 往往是尾数误差（尾差），不是错误。按 XBRL 计算规则 1.1，打印值 v（d 位小数）代表区间 [v−½·10⁻ᵈ, v+½·10⁻ᵈ]；合计区间与明细区间之和重叠时报告为尾差（警告），不重叠才是错误。',
        en: 'Amounts are printed in 万元 with two decimals, so a total that differs from the sum of its rows by 0.01 is usually a rounding tail, not an error. Following XBRL Calculations 1.1, a printed v with d decimals stands for [v−½·10⁻ᵈ, v+½·10⁻ᵈ]; overlapping intervals give a tail (warning), disjoint ones an error.',
      },
      examples: {
        invalid: { zh: '款 20137 411.00，项 196.40 + 214.61 = 411.01 → 尾差警告', en: '款 20137 411.00 vs 196.40 + 214.61 = 411.01 → tail warning' },
        valid: { zh: '合计 465.34 = 各类之和 465.34', en: 'Total 465.34 equals the sum of classes 465.34' },
      },
    },
    messages: { tail: { zh: '尾差', en: 'rounding tail' } },
  },
  check() {
    // Intentionally empty: tails are reported by the arithmetic rules and routed here by the engine.
  },
});
