/**
 * @fileoverview doc/year — a year in a title, a heading or a 截至 date that contradicts the document's
 * year: "2023年度部门决算表" in a 2024 决算, "截至2023年12月31日" where the 决算's year ends on 2024-12-31.
 * The document's year is its meta year (年度 line) or, failing that, the year its titles print most.
 */
import type { LintDocument } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { printedLines, type PrintedLine } from './util/lines';

type M = 'titleYear' | 'asOfYear';

/** A title's year: "2024年度部门决算", "上海市XX局2023年度收入决算表", "2024年部门预算". */
const TITLE_YEAR = /((?:19|20)\d{2})\s*年度?(?=[^，。；:：]{0,30}(?:决算|预算|表))/g;
/** A line comparing years is not a title, whatever its length. */
const COMPARISON = /相比|比上年|较上年|同比|上年度|上一年度/;
const AS_OF = /截[至止]\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/g;

export function documentYear(doc: LintDocument, lines: PrintedLine[]): string | undefined {
  if (doc.meta.year) return doc.meta.year;
  const counts = new Map<string, number>();
  for (const l of lines) if (l.titleLike && !COMPARISON.test(l.text)) for (const m of l.text.matchAll(TITLE_YEAR)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] >= ranked[0][1])) return undefined;
  return ranked[0][0];
}

export default createRule<M>({
  meta: {
    id: 'doc/year',
    family: 'doc',
    description: { zh: '标题、章节标题或“截至”日期中的年份与本文件年度不符', en: 'A year in a title, heading or 截至 date contradicts the document\'s year' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '公开文本常由上年文本改写，漏改的年份（“2023年度部门决算表”“截至2023年12月31日”）使读者无法确认所公开的是哪一年度。决算的资产数截至本年12月31日；预算的资产数截至上年末或本年。正文中与上年比较的年份（与2023年度相比）不在此列。',
        en: 'Texts are adapted from last year\'s; a stale year in a title or 截至 date leaves the reader unsure which year is disclosed. A 决算 states assets as of 31 December of its year; a budget as of the end of the previous year or its own. Comparisons with last year in the text are not titles and are not checked.',
      },
      examples: {
        invalid: { zh: '2024年度部门决算中，表前标题为“2023年度部门决算表”', en: 'a 2024 决算 titles its tables 2023年度部门决算表' },
        valid: { zh: '“与2023年度相比，收入增加…”（正文比较，非标题）', en: '"compared with 2023, income rose…" (a comparison, not a title)' },
      },
    },
    messages: {
      titleYear: { zh: '标题“{{text}}”的年度 {{year}} 与本文件年度 {{docYear}} 不符', en: 'title "{{text}}" says {{year}}, the document is for {{docYear}}' },
      asOfYear: { zh: '“{{text}}”的年份与本文件年度 {{docYear}} 不符', en: '"{{text}}" does not match the document year {{docYear}}' },
    },
  },
  check(doc, ctx) {
    const lines = printedLines(doc);
    const year = documentYear(doc, lines);
    if (!year) return;
    const budget = doc.kind === 'budget';
    for (const l of lines) {
      if (l.titleLike && !COMPARISON.test(l.text)) {
        for (const m of l.text.matchAll(TITLE_YEAR)) {
          if (m[1] === year) continue;
          // The whole title as printed: the year and what it dates ("2023年度部门决算表").
          const at = m.index ?? 0;
          ctx.report({ messageId: 'titleYear', data: { text: l.text, year: m[1], docYear: year }, at: l.at, source: l.source, actual: l.text, expected: l.text.slice(0, at) + l.text.slice(at).replace(m[1], year) });
        }
      }
      for (const m of l.text.matchAll(AS_OF)) {
        const ok = budget ? [String(Number(year) - 1), year].includes(m[1]) : m[1] === year;
        if (ok) continue;
        ctx.report({ messageId: 'asOfYear', data: { text: m[0], docYear: year }, at: l.at, source: l.source, actual: m[0], expected: m[0].replace(m[1], budget ? String(Number(year) - 1) : year) });
      }
    }
  },
});
