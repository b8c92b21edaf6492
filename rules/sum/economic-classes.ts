/**
 * @fileoverview sum/economic-classes — 公开06 基本支出决算明细表 by economic classification: each
 * class (301) = Σ its items (30101 …); 人员经费合计 = 301 + 303; 公用经费合计 = every other class
 * (302 + 307 + 309 + 310 + 311 + 312 + 313 + 399 …).
 */
import type { LedgerRow, LedgerTable } from '../../src/types';
import { createRule, type RuleContext } from '../../src/engine/rule';
import { childrenOf, rowByKey, rowLabel, tablesOf } from '../../src/ledger/lookup';
import { refOf, reportSum, tableName, type Part } from './util/check';

type M = 'classNotSum' | 'personnelNotSum' | 'publicNotSum';

const COL = 'amount';
const PERSONNEL = ['301', '303'];

const part = (r: LedgerRow): Part => ({ label: rowLabel(r), cell: r.cells.get(COL) });

function checkTable(t: LedgerTable, ctx: RuleContext<M>): void {
  const table = tableName(t);
  const classes = t.rows.filter((r) => r.code && /^\d{3}$/.test(r.code));
  for (const cls of classes) {
    const items = childrenOf(t, cls.code as string);
    if (!items.length) continue;
    reportSum(ctx, {
      messageId: 'classNotSum',
      data: { table, row: rowLabel(cls) },
      total: cls.cells.get(COL),
      at: refOf(cls, COL),
      parts: items.map(part),
    });
  }
  const groups: [string, M, LedgerRow[]][] = [
    ['personnel.total', 'personnelNotSum', classes.filter((r) => PERSONNEL.includes(r.code as string))],
    ['public.total', 'publicNotSum', classes.filter((r) => !PERSONNEL.includes(r.code as string))],
  ];
  for (const [key, messageId, parts] of groups) {
    const stated = rowByKey(t, key);
    if (!stated) {
      ctx.skip(`${table}：找不到「${key === 'personnel.total' ? '人员经费合计' : '公用经费合计'}」行`);
      continue;
    }
    if (!classes.length) {
      ctx.skip(`${table}：没有可识别的经济分类科目行，未核对${stated.name}`);
      continue;
    }
    reportSum(ctx, {
      messageId,
      data: { table, classes: parts.map((r) => r.code as string).join(' + ') || '—' },
      total: stated.cells.get(COL),
      at: refOf(stated, COL),
      parts: parts.map(part),
    });
  }
}

export default createRule<M>({
  meta: {
    id: 'sum/economic-classes',
    family: 'sum',
    description: {
      zh: '基本支出明细表（公开06）：经济分类类级 = Σ款级，人员经费合计 = 301 + 303，公用经费合计 = 其余各类之和',
      en: 'Table 06: each economic class = Σ its items; 人员经费 = 301 + 303; 公用经费 = all other classes',
    },
    defaultSeverity: 'error',
    requires: ['final-06'],
    docs: {
      rationale: {
        zh: '基本支出按经济分类分为人员经费（工资福利支出、对个人和家庭的补助）和公用经费（商品和服务支出、资本性支出等）。类级金额应等于所属款级之和，两项合计应等于各自所含类级之和，否则明细与合计自相矛盾。',
        en: 'Basic expenditure splits into personnel costs (301, 303) and public costs (302, 310 …). Each class must equal its items and each subtotal its classes, or the detail contradicts the totals.',
      },
      examples: {
        invalid: { zh: '302 商品和服务支出 43.45，但各款 3.68 + 2.77 + 4.17 + 16.92 + 2.38 + 3.00 + 11.53 = 44.45', en: '302 43.45 but its items add to 44.45' },
        valid: { zh: '人员经费合计 207.29 = 301 207.02 + 303 0.27；公用经费合计 71.20 = 302 43.45 + 310 27.75', en: '207.29 = 207.02 + 0.27; 71.20 = 43.45 + 27.75' },
      },
    },
    messages: {
      classNotSum: {
        zh: '{{table}} {{row}} {{actual}} 不等于所属各款之和 {{expected}}',
        en: '{{table}} {{row}} {{actual}} is not the sum of its items {{expected}}',
      },
      personnelNotSum: {
        zh: '{{table}} 人员经费合计 {{actual}} 不等于 {{classes}} = {{expected}}',
        en: '{{table}} personnel costs total {{actual}} is not {{classes}} = {{expected}}',
      },
      publicNotSum: {
        zh: '{{table}} 公用经费合计 {{actual}} 不等于 {{classes}} = {{expected}}',
        en: '{{table}} public costs total {{actual}} is not {{classes}} = {{expected}}',
      },
    },
  },
  check(doc, ctx) {
    for (const t of tablesOf(doc, 'final-06')) checkTable(t, ctx);
  },
});
