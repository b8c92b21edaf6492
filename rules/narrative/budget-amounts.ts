/**
 * @fileoverview narrative/budget-amounts — the budget narrative's amounts against the budget tables:
 * 预算收入 and its sources (收支总表), 支出预算 (收支总表), 基本支出 / 项目支出 (支出总表), 人员经费 / 公用经费
 * and 机关运行经费 (= 公用经费, 基本支出表), “三公”经费 and its parts (三公经费表; an empty table is 0).
 */
import type { Cell, LintDocument } from '../../src/types';
import { budgetNeeds } from '../sum/util/budget';
import { createRule } from '../../src/engine/rule';
import { checkSame } from '../../src/ledger/check';
import { rowByKey, tableOf } from '../../src/ledger/lookup';
import { findFigures } from './budget-util';
import { toWan } from '../../src/narrative/numbers';
import { wanNumber } from '../../src/narrative/arith';
import { relatedCell } from '../perf/utils/budget-targets';

type M = 'amountDiffers' | 'adminCostDiffers';

interface Target {
  key: string;
  label: string;
  /** Table kind, row key, column key. */
  ref: [string, string, string];
  name: string;
}

const NOT_CHANGE = '(?<!减少|增加)';
const TARGETS: Target[] = [
  { key: 'gpb', label: '一般公共预算(?:拨款)?收入', ref: ['budget-summary', 'income.gpb', 'amount'], name: '收支总表 一般公共预算拨款收入' },
  { key: 'fund', label: '(?:政府性)?基金预算(?:拨款)?收入', ref: ['budget-summary', 'income.fund', 'amount'], name: '收支总表 政府性基金预算拨款收入' },
  { key: 'soe', label: '国有资本经营预算(?:拨款)?收入', ref: ['budget-summary', 'income.soe', 'amount'], name: '收支总表 国有资本经营预算拨款收入' },
  { key: 'special', label: '财政专户(?:核拨|管理资金)?收入', ref: ['budget-summary', 'income.special', 'amount'], name: '收支总表 财政专户管理资金收入' },
  { key: 'unit', label: '单位资金收入', ref: ['budget-summary', 'income.unit', 'amount'], name: '收支总表 单位资金' },
  { key: 'carry', label: '上年结转结余', ref: ['budget-summary', 'income.carryIn', 'amount'], name: '收支总表 上年结转结余' },
  { key: 'income', label: '预算收入|收入预算', ref: ['budget-summary', 'income.total', 'amount'], name: '收支总表 本年收入合计' },
  { key: 'expense', label: '支出预算', ref: ['budget-summary', 'expense.total', 'amount'], name: '收支总表 本年支出合计' },
  { key: 'personnel', label: '人员经费', ref: ['budget-gpb-basic', 'total', 'personnel'], name: '基本支出表 人员经费合计' },
  { key: 'public', label: '(?:日常)?公用经费', ref: ['budget-gpb-basic', 'total', 'public'], name: '基本支出表 公用经费合计' },
  { key: 'basic', label: `${NOT_CHANGE}基本支出`, ref: ['budget-expense', 'total', 'basic'], name: '支出总表 基本支出合计' },
  { key: 'project', label: `${NOT_CHANGE}项目支出`, ref: ['budget-expense', 'total', 'project'], name: '支出总表 项目支出合计' },
  { key: 'adminCost', label: '机关运行经费', ref: ['budget-gpb-basic', 'total', 'public'], name: '基本支出表 公用经费合计' },
  { key: 'sangong', label: '“?三公”?经费(?:预算)?', ref: ['budget-sangong', 'total', 'total'], name: '三公经费表 合计' },
  { key: 'abroad', label: '因公出国（境）费', ref: ['budget-sangong', 'abroad', 'total'], name: '三公经费表 因公出国（境）费' },
  { key: 'carBuy', label: '公务用车购置费', ref: ['budget-sangong', 'carBuy', 'total'], name: '三公经费表 公务用车购置费' },
  { key: 'carRun', label: '公务用车运(?:行维护|维|行)费', ref: ['budget-sangong', 'carRun', 'total'], name: '三公经费表 公务用车运行费' },
  { key: 'car', label: '公务用车购置及运(?:行维护|维|行)费', ref: ['budget-sangong', 'car', 'total'], name: '三公经费表 公务用车购置及运行费' },
  { key: 'reception', label: '公务接待费', ref: ['budget-sangong', 'reception', 'total'], name: '三公经费表 公务接待费' },
];
// Longer, more specific labels first (一般公共预算收入 before 预算收入; 购置及运维费 before 运维费).
const ORDER = ['car', 'carBuy', 'carRun', 'abroad', 'reception', 'sangong', 'gpb', 'fund', 'soe', 'special', 'unit', 'carry', 'income', 'expense', 'personnel', 'public', 'basic', 'project', 'adminCost'];

/** The table cell a target names; a table printed empty gives an absent cell (read as 0). */
function reference(doc: LintDocument, t: Target): { cell: Cell | undefined } | null {
  const table = tableOf(doc, t.ref[0]);
  if (!table) return null;
  if (table.empty) return { cell: undefined };
  const row = rowByKey(table, t.ref[1]);
  if (!row && t.ref[0] !== 'budget-sangong') return null;
  // the narrative's figures are in 万元: the table's figure too, whatever its 金额单位
  const cell = row?.cells.get(t.ref[2]);
  return { cell: cell && toWan(cell, table.unit) };
}

export default createRule<M>({
  meta: {
    id: 'narrative/budget-amounts',
    family: 'narrative',
    description: { zh: '预算情况说明中的金额与预算表一致（收入、支出、基本/项目支出、人员/公用经费、机关运行经费、三公经费）', en: 'Amounts in the budget narrative agree with the budget tables' },
    defaultSeverity: 'error',
    requires: ['narrative'],
    docs: {
      rationale: {
        zh: '预算公开情况说明复述表中的主要数字：收入支出预算总额及来源、基本支出（人员经费、公用经费）、项目支出、机关运行经费（即基本支出中的公用经费）和“三公”经费。文字与表格不一致时，读者无从判断哪一个对。',
        en: 'The budget narrative repeats the tables’ key figures; where text and table disagree the reader cannot tell which is right. 机关运行经费 is the public-cost part of basic expense.',
      },
      examples: {
        invalid: { zh: '“机关运行经费共计安排9.85万元”，基本支出表公用经费合计 8.95', en: 'text 机关运行经费 9.85, table public costs 8.95' },
        valid: { zh: '“基本支出73.32万元，包括人员经费64.37万元和日常公用经费8.95万元”与表一致', en: 'basic 73.32 = personnel 64.37 + public 8.95, as in the tables' },
      },
    },
    messages: {
      amountDiffers: { zh: '情况说明“{{label}}”{{actual}}万元与{{table}} {{expected}} 不一致', en: 'Narrative “{{label}}” {{actual}} 万元 differs from {{table}} {{expected}}' },
      adminCostDiffers: { zh: '情况说明机关运行经费 {{actual}}万元不等于{{table}} {{expected}}（机关运行经费即公用经费）', en: 'Narrative 机关运行经费 {{actual}} 万元 is not {{table}} {{expected}} (it is the public-cost total)' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { any: ['budget-summary', 'budget-expense', 'budget-gpb-basic', 'budget-sangong'] })) return;
    const targets = ORDER.map((k) => TARGETS.find((t) => t.key === k) as Target);
    const figures = findFigures(doc, targets.map((t) => ({ key: t.key, label: t.label })));
    for (const t of targets) {
      const ref = reference(doc, t);
      if (!ref) continue;
      for (const f of figures.get(t.key) ?? []) {
        ctx.checked();
        const v = checkSame(f.cell, ref.cell, { tolerance: ctx.tolerance });
        if (v.kind === 'equal') continue;
        const expected = ref.cell?.value ? wanNumber(ref.cell.value, ref.cell.decimals) : '0';
        ctx.report({
          messageId: t.key === 'adminCost' ? 'adminCostDiffers' : 'amountDiffers',
          data: { label: f.label.trim(), actual: v.actual, table: t.name, expected },
          at: f.cell.ref,
          source: 'narrative',
          actual: v.actual,
          expected,
          related: ref.cell ? [relatedCell(t.name, ref.cell.ref, expected)] : [],
          uses: ref.cell ? [ref.cell] : [],
          ...(v.kind === 'tail' ? { tail: true } : {}),
        });
      }
    }
  },
});
