/**
 * @fileoverview doc/other-body — a heading or title naming a body other than the document's: the
 * body is the name its part headings and cover print most (第一部分<name>概况, <name>2024年度部门决算);
 * a title line naming another (上海市规划和自然资源局 in a document of 上海市普陀区规划和自然资源局) is
 * reported. Wording variants of the same name (和/与/及) are not a different body.
 */
import type { LintDocument } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { printedLines, type PrintedLine } from './util/lines';

type M = 'otherBody';

/** "<name>2024年度部门决算（表）", "第一部分<name>概况". */
const NAMED = /^(?:第[一二三四五六七八九十]+部分)?(.{4,40}?)(?:(?:19|20)\d{2}年度?)?(?:部门|单位)(?:决算|预算)/;
const OVERVIEW = /^第[一二三四五六七八九十]+部分(.{4,40}?)概况$/;

function nameIn(text: string): string | undefined {
  const t = text.replace(/\s+/g, '');
  const m = OVERVIEW.exec(t) ?? NAMED.exec(t);
  if (!m) return undefined;
  const name = m[1].replace(/(?:19|20)\d{2}年度?$/, '');
  // A name is a body: it ends in one of the words bodies end in.
  return /(?:局|委|办|部|厅|院|会|中心|所|站|队|馆|室|府|处|署|社|团|校|组)(?:（本级）)?$/.test(name) ? name : undefined;
}

/** Same body: the names differ in 和/与/及 or spacing only. */
function sameBody(a: string, b: string): boolean {
  const k = (s: string): string => bodyName(s).replace(/[和与及、]/g, '');
  return k(a) === k(b);
}

/** A name as a body: without its agency code ("224001…") or 本级. */
function bodyName(s: string): string {
  return s.replace(/\s+/g, '').replace(/^\d{3,}/, '').replace(/[（(]?本级[)）]?$/, '');
}

export function documentBody(doc: LintDocument, lines: PrintedLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (!l.titleLike) continue;
    const name = nameIn(l.text);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // The 部门名称 line names the body; else the titles' clear majority does.
  if (doc.meta.department) return bodyName(doc.meta.department);
  // The body must be the clear majority: a tie says nothing.
  if (!ranked.length || (ranked[1] && ranked[1][1] >= ranked[0][1])) return undefined;
  return ranked[0][1] >= 2 ? ranked[0][0] : undefined;
}

export default createRule<M>({
  meta: {
    id: 'doc/other-body',
    family: 'doc',
    description: { zh: '标题或章节标题中的单位名称与本文件单位不一致', en: 'A heading or title names a body other than the document\'s' },
    defaultSeverity: 'error',
    docs: {
      rationale: {
        zh: '区级部门的公开文本常由市级或上年文本改写而成，标题里漏改的单位名称会让读者以为这是另一个单位的决算。本文件的单位取自封面和各部分标题中出现最多的名称。',
        en: 'District disclosures are often adapted from a municipal or earlier one; a title still naming the other body misleads the reader. The document\'s body is the name its cover and part headings print most.',
      },
      examples: {
        invalid: { zh: '上海市普陀区规划和自然资源局的决算中，表前标题为“上海市规划和自然资源局2024年度部门决算表”', en: 'a 普陀区 bureau\'s document titles its tables 上海市规划和自然资源局2024年度部门决算表' },
        valid: { zh: '“上海市普陀区规划和自然资源局2024年度部门决算表”', en: 'the title names the document\'s own body' },
      },
    },
    messages: { otherBody: { zh: '标题“{{text}}”中的单位“{{name}}”与本文件单位“{{body}}”不一致', en: 'title "{{text}}" names "{{name}}", not the document\'s body "{{body}}"' } },
  },
  check(doc, ctx) {
    const lines = printedLines(doc);
    const body = documentBody(doc, lines);
    if (!body) return;
    for (const l of lines) {
      if (!l.titleLike) continue;
      const name = nameIn(l.text);
      if (!name || sameBody(name, body)) continue;
      const text = l.text.replace(/\s+/g, '');
      ctx.report({ messageId: 'otherBody', data: { text, name, body }, at: l.at, source: l.source, actual: text, expected: text.replace(name, body) });
    }
  },
});
