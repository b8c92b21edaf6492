/**
 * @fileoverview sum/info-stats — 公开10 相关信息统计表: 政府采购 合计 = 货物 + 工程 + 服务 (amounts,
 * rounding model); 车辆数合计 = Σ vehicle types (counts: exact, no rounding interval).
 */
import type { LedgerRow, LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { rowByKey, tablesOf } from '../../src/ledger/lookup';
import { valueOf } from '../../src/ledger/check';
import { D } from '../../src/ledger/decimal';
import { refOf, relatedOf, reportSum, tableName, type Part } from './util/check';

type M = 'procurementNotSum' | 'vehiclesNotSum';

const COL = 'amount';
const PROCUREMENT = ['procurement.goods', 'procurement.works', 'procurement.services'];
const VEHICLES = ['minister', 'head', 'confidential', 'emergency', 'law', 'special', 'retired', 'other'].map((k) => `vehicles.${k}`);

const parts = (t: LedgerTable, keys: string[]): Part[] =>
  keys.map((k) => rowByKey(t, k)).filter((r): r is LedgerRow => !!r).map((r) => ({ label: r.name, cell: r.cells.get(COL) }));

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const table = tableName(t);
  const proc = rowByKey(t, 'procurement.total');
  if (proc) {
    reportSum(ctx, { messageId: 'procurementNotSum', data: { table }, total: proc.cells.get(COL), at: refOf(proc, COL), parts: parts(t, PROCUREMENT) });
  } else ctx.skip(`${table}：找不到政府采购「合计」行`);

  // Vehicles are counted, not rounded: any difference is an error.
  const veh = rowByKey(t, 'vehicles.total');
  if (!veh) {
    ctx.skip(`${table}：找不到「车辆数合计」行`);
    return;
  }
  const vparts = parts(t, VEHICLES);
  const stated = valueOf(veh.cells.get(COL));
  const sum = vparts.reduce((s, p) => s.plus(valueOf(p.cell)), new D(0));
  if (!stated.eq(sum)) {
    ctx.report({
      messageId: 'vehiclesNotSum',
      data: { table, actual: stated.toFixed(), expected: sum.toFixed() },
      at: refOf(veh, COL),
      related: relatedOf(vparts),
      actual: stated.toFixed(),
      expected: sum.toFixed(),
    });
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/info-stats',
    family: 'sum',
    description: {
      zh: '相关信息统计表（公开10）：政府采购合计 = 货物 + 工程 + 服务；车辆数合计 = 各类车辆之和',
      en: 'Table 10: procurement total = goods + works + services; vehicle count = sum of vehicle types',
    },
    defaultSeverity: 'error',
    requires: ['final-10'],
    docs: {
      rationale: {
        zh: '政府采购合计按货物、工程、服务拆分，车辆总数按用途拆分；合计与分项不符说明漏填或错填。车辆是计数，不存在尾差。',
        en: 'Procurement splits into goods, works and services, vehicles by use; a total that differs from its parts means a missing or wrong entry. Vehicle counts are exact: no rounding tail.',
      },
      examples: {
        invalid: { zh: '政府采购合计 93.24，货物 6.25 + 服务 87.99 = 94.24；车辆数合计 2，机要通信用车 1', en: 'Procurement 93.24 but 6.25 + 87.99 = 94.24; vehicles 2 but types add to 1' },
        valid: { zh: '政府采购合计 93.24 = 货物 6.25 + 工程 0 + 服务 86.99；车辆数合计 1 = 机要通信用车 1', en: '93.24 = 6.25 + 0 + 86.99; vehicles 1 = 1' },
      },
    },
    messages: {
      procurementNotSum: {
        zh: '{{table}} 政府采购合计 {{actual}} 不等于货物 + 工程 + 服务 = {{expected}}',
        en: '{{table}} procurement total {{actual}} is not goods + works + services = {{expected}}',
      },
      vehiclesNotSum: {
        zh: '{{table}} 车辆数合计 {{actual}} 辆，不等于各类车辆之和 {{expected}} 辆',
        en: '{{table}} vehicle total {{actual}} is not the sum of the vehicle types {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    for (const t of tablesOf(doc, 'final-10')) checkTable(t, ctx);
  },
});
