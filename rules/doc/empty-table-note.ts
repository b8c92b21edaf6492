/**
 * @fileoverview doc/empty-table-note — a budget table printed without data says so: a note under it
 * (注：无…预算，空表列示 / 本表无数据), in the table or, in a Word document, in the paragraph after it.
 */
import type { LedgerTable, Paragraph } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { isBudgetKind } from '../../src/ledger/budget-kinds';
import { budgetNeeds } from '../sum/util/budget';
import { tableName } from '../sum/util/check';

type M = 'noNote';

const SAYS_EMPTY = /空表|无数据|本表为空|无此项|没有.*(?:预算|支出|数据)|^注[：:]?\s*无/;

/** Words that tie a note to its table (无政府基金预算… names the 基金 table). */
const TOPIC: Record<string, RegExp> = {
  'budget-fund': /基金/,
  'budget-soe': /国有资本/,
  'budget-sangong': /三公/,
  'budget-procurement': /采购/,
  'budget-project-expense': /项目支出/,
};

function hasNote(t: LedgerTable, narrative: Paragraph[]): boolean {
  if ((t.notes ?? []).some((n) => SAYS_EMPTY.test(n.replace(/\s+/g, '')))) return true;
  const topic = TOPIC[t.kind];
  return narrative.some((p) => p.ref.file === t.source.file && SAYS_EMPTY.test(p.text.replace(/\s+/g, '')) && (!topic || topic.test(p.text)));
}

export default createRule<M>({
  meta: {
    id: 'doc/empty-table-note',
    family: 'doc',
    description: { zh: '无数据的公开表应注明“本表无数据”或“空表列示”', en: 'A disclosed table without data says so (本表无数据 / 空表列示)' },
    defaultSeverity: 'warn',
    docs: {
      rationale: {
        zh: '《地方预决算公开操作规程》要求没有数据的表格也要公开，并以空表列示、说明原因。不加说明的空表无法区分“确无此项”与“漏填”。',
        en: 'Disclosure rules require tables without data to be published empty with a note; without the note an empty table cannot be told from an unfilled one.',
      },
      examples: {
        invalid: { zh: '政府性基金预算财政拨款支出表只有表头，无任何说明', en: 'the government-fund table has only its header and no note' },
        valid: { zh: '表下注：无政府基金预算财政拨款预算，空表列示。', en: 'note under the table: no government-fund budget, table shown empty' },
      },
    },
    messages: {
      noNote: { zh: '{{table}} 没有数据，也未注明“本表无数据”或“空表列示”', en: '{{table}} has no data and no note saying so' },
    },
  },
  check(doc, ctx) {
    if (!budgetNeeds(doc, ctx, { any: ['budget-fund', 'budget-soe', 'budget-sangong', 'budget-procurement'] })) return;
    for (const t of doc.tables) {
      if (!t.empty || !isBudgetKind(t.kind) || hasNote(t, doc.narrative)) continue;
      const cell = /^([A-Z]+\d+)/.exec(t.source.range ?? '')?.[1] ?? 'A1';
      ctx.report({ messageId: 'noNote', data: { table: tableName(t) }, at: { file: t.source.file, sheet: t.source.sheet, cell } });
    }
  },
});
