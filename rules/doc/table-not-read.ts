/**
 * @fileoverview doc/table-not-read — the rule id under which the engine reports a table whose
 * readings made most of its identities fail (engine/gate.ts: at least 3 failing, and more than
 * half of those checked). Such a table was misread — a column taken for another, a header
 * shifted — far more often than it was misprinted, so its findings are summed up in one warning
 * instead of N errors. It checks nothing itself.
 */
import { createRule } from '../../src/engine/rule';

export default createRule<'tableNotRead'>({
  meta: {
    id: 'doc/table-not-read',
    family: 'doc',
    description: { zh: '表格未能可靠读取：大多数勾稽关系不成立，按一条警告报告', en: 'Table not read with confidence: most of its identities fail, reported as one warning' },
    defaultSeverity: 'warn',
    docs: {
      rationale: {
        zh: '一张表的大多数勾稽关系（至少 3 项，且超过已核对项的一半）同时不成立时，几乎总是列或行读错了（表头错位、合并单元格丢失），而不是填报了几十个错数。此时逐项报告错误只会淹没真正的问题；改为一条警告，并在覆盖信息（coverage.tablesInDoubt）中列出该表。',
        en: 'When most identities of one table fail at once (at least 3, and more than half of those checked), the table was almost always misread (a shifted header, lost merges) rather than filled with dozens of wrong figures. Reporting each would bury the real problems; one warning is given instead, and the table is listed in coverage.tablesInDoubt.',
      },
      examples: {
        invalid: { zh: '支出决算表 12 项勾稽关系中 9 项不成立 → 一条警告“未能可靠读取”', en: '9 of 12 identities of 支出决算表 fail → one warning "not read with confidence"' },
        valid: { zh: '12 项中 1 项不成立 → 该项照常报告为错误', en: '1 of 12 fails → that one is reported as an error' },
      },
    },
    messages: { tableNotRead: { zh: '表格未能可靠读取', en: 'table not read with confidence' } },
  },
  check() {
    // Intentionally empty: the engine collapses a misread table's findings under this id.
  },
});
