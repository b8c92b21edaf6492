/**
 * @fileoverview sum/budget-assets — 单位固定资产占用情况表: 资产总额「价值」= 房屋 + 车辆 + 单价20万元
 * 以上设备 + 其他固定资产 (办公用房 is an 其中 of 房屋, not an addend). A blank 资产总额 over non-zero
 * lines is an error: the blank counts as 0.
 */
import { createRule } from '../../src/engine/rule';
import { rowByKey, tablesOf } from '../../src/ledger/lookup';
import { BUDGET_ASSETS_ADDENDS } from '../../src/ledger/budget-kinds';
import { budgetNeeds } from './util/budget';
import { cellPart, colName, reportSum, tableName } from './util/check';

type M = 'totalNotSum';

export default createRule<M>({
  meta: {
    id: 'sum/budget-assets',
    family: 'sum',
    description: { zh: '固定资产占用情况表：资产总额价值 = 房屋 + 车辆 + 大型设备 + 其他固定资产', en: 'Fixed-asset table: total value = buildings + vehicles + large equipment + other fixed assets' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '预算公开的“单位固定资产占用情况表”中，资产总额是各类固定资产价值之和（办公用房是房屋的“其中”数，不另加）。资产总额留空而分项有数，说明合计行漏填，按0计即与分项不符。',
        en: 'In the budget disclosure’s fixed-asset table the total is the sum of the asset lines (office space is an “of which” of buildings). A blank total over non-zero lines is an unfilled total row: read as 0 it disagrees with its lines.',
      },
      examples: {
        invalid: { zh: '资产总额价值空白，4、其他固定资产 1.385 → 应为 1.385', en: 'total value blank, other fixed assets 1.385 → expected 1.385' },
        valid: { zh: '资产总额 1.385 = 其他固定资产 1.385', en: 'total 1.385 = other fixed assets 1.385' },
      },
    },
    messages: {
      totalNotSum: {
        zh: '{{table}} 资产总额「{{column}}」{{actual}} 不等于各类资产之和 {{expected}}',
        en: '{{table}} total assets [{{column}}] {{actual}} is not the sum of the asset lines {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { all: ['budget-assets'] })) return;
    for (const t of tablesOf(doc, 'budget-assets')) {
      const total = rowByKey(t, 'total');
      if (!total) continue;
      const lines = BUDGET_ASSETS_ADDENDS.map((k) => rowByKey(t, k)).filter((r) => r !== undefined);
      reportSum(ctx, { blankAsZero: true,
        messageId: 'totalNotSum',
        data: { table: tableName(t), column: colName(t, 'value') },
        total: total.cells.get('value'),
        at: total.ref,
        parts: lines.map((r) => cellPart(t, r, 'value')),
      });
    }
  },
});
