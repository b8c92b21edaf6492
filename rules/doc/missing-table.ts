/**
 * @fileoverview doc/missing-table — a table the document's 目录 lists, or the template requires,
 * that the document does not contain. The 决算 template requires 公开01–09 (收入支出决算总表 … “三公”
 * 经费支出决算表; 10 is not in every template). A table that is present but could not be read is
 * listed under coverage.unrecognised, not here.
 */
import type { LintDocument } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { FINAL_KINDS, FINAL_TITLE_VARIANTS, type FinalKind } from '../../src/ledger/table-kinds';
import { BUDGET_KINDS } from '../../src/ledger/budget-kinds';
import { contentsLines } from './util/lines';

type M = 'listed' | 'required';

const REQUIRED_FINAL: FinalKind[] = ['final-01', 'final-02', 'final-03', 'final-04', 'final-05', 'final-06', 'final-07', 'final-08', 'final-09'];

const TITLES: { kind: string; title: string }[] = [
  ...(Object.entries(FINAL_KINDS) as [FinalKind, string][]).flatMap(([kind, title]) => [title, ...(FINAL_TITLE_VARIANTS[kind] ?? [])].map((t) => ({ kind, title: t }))),
  ...Object.entries(BUDGET_KINDS).map(([kind, title]) => ({ kind, title })),
].sort((a, b) => b.title.length - a.title.length);

const clean = (s: string): string => s.replace(/\s+/g, '').replace(/^(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/, '').replace(/[.…·\d]+$/, '');

/** The table kind a 目录 entry names ("五、一般公共预算财政拨款支出决算表 …… 12"). */
function kindOfEntry(text: string): { kind: string; title: string } | undefined {
  const t = clean(text);
  for (const e of TITLES) {
    if (t !== e.title && !(t.endsWith(e.title) && /(?:年度?|局|委|办|部|院|会)$/.test(t.slice(0, t.length - e.title.length)))) continue;
    return e;
  }
  return undefined;
}

function unreadTitles(doc: LintDocument): string {
  return doc.unrecognised.map((u) => u.reason.replace(/\s+/g, '')).join('\n');
}

export default createRule<M>({
  meta: {
    id: 'doc/missing-table',
    family: 'doc',
    description: { zh: '目录列出或模板要求的公开表在文件中缺失', en: 'A table the 目录 lists or the template requires is missing' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '部门决算须公开全部规定表格，无数据的表也应以空表列示。目录列出却找不到的表、模板要求却未公开的表，是公开不完整。已找到但未能读懂的表列在 coverage.unrecognised 中，不在此报告。',
        en: 'Every prescribed table must be published, empty ones too. A table the 目录 lists or the template requires but the document lacks is an incomplete disclosure. Tables found but not understood are listed in coverage.unrecognised instead.',
      },
      examples: {
        invalid: { zh: '目录列出“九、国有资本经营预算财政拨款收入支出决算表”，文件中没有此表', en: 'the 目录 lists 国有资本经营预算财政拨款收入支出决算表, the document lacks it' },
        valid: { zh: '目录所列九张表均在文件中（空表注明“本表无数据”）', en: 'all nine listed tables are present (empty ones say so)' },
      },
    },
    messages: {
      listed: { zh: '目录列出“{{title}}”，但文件中没有此表', en: 'the 目录 lists "{{title}}" but the document has no such table' },
      required: { zh: '决算公开表缺少“{{title}}”', en: 'the 决算 disclosure lacks "{{title}}"' },
    },
  },
  check(doc, ctx) {
    // A 说明 linted alone (a reviewer may have nothing else) gives no tables to hold against its 目录:
    // they were not handed over, which says nothing about the published document.
    if (doc.tables.length === 0 && doc.unrecognised.length === 0 && doc.evaluations.length === 0) {
      ctx.skip(ctx.lang === 'zh' ? '只给出了情况说明，没有表格可与目录对照' : 'only the narrative was given: no tables to hold against its contents');
      return;
    }
    const has = (kind: string): boolean => doc.tables.some((t) => t.kind === kind);
    const unread = unreadTitles(doc);
    const reported = new Set<string>();
    for (const entry of contentsLines(doc)) {
      const e = kindOfEntry(entry.text);
      if (!e || has(e.kind) || reported.has(e.kind) || unread.includes(e.title)) continue;
      reported.add(e.kind);
      ctx.report({ messageId: 'listed', data: { title: e.title }, at: entry.at, source: 'narrative', actual: entry.text, expected: e.title });
    }
    // The template's own set: only in a document that is a 决算 disclosure (several 公开 tables read).
    const finals = new Set(doc.tables.filter((t) => t.kind.startsWith('final-')).map((t) => t.kind));
    if (finals.size < 5) return;
    const first = doc.tables.find((t) => t.kind.startsWith('final-'))!;
    for (const kind of REQUIRED_FINAL) {
      if (finals.has(kind) || reported.has(kind) || [FINAL_KINDS[kind], ...(FINAL_TITLE_VARIANTS[kind] ?? [])].some((t) => unread.includes(t))) continue;
      ctx.report({ messageId: 'required', data: { title: FINAL_KINDS[kind] }, at: { file: first.source.file, sheet: first.source.sheet, cell: 'A1' }, source: 'table', actual: '', expected: FINAL_KINDS[kind] });
    }
  },
});
