/**
 * What a figure in a sentence is about, beyond its subject: the scope it speaks of. A phrase binds
 * to a table figure only when the sentence (with its heading) speaks of that table's scope:
 *
 * - 'document'   the whole department this year (the 公开 tables, the 基础数据表, the 部门整体 自评表);
 * - 'department' 部门整体 (its 自评表 and 基础数据表, the 公开 tables; never a project's table);
 * - 'project'    one named project (that project's 自评表 only);
 * - 'subset'     a subset of projects (其中9个项目, 自评项目, 二级项目…个): nothing in the tables;
 * - 'review'     部门评价 / 重点评价 / 财政评价: nothing in the tables;
 * - 'year'       another year (上年, 2023年 in a 2024 document): last year's figures or nothing.
 *
 * Scopes are read from words the sentence or its heading prints (strong, basis 'label'); a sentence
 * that names none is about the whole document.
 */
import type { ProjectEvaluation } from '../ledger/evaluation';

export type ScopeKind = 'document' | 'department' | 'project' | 'subset' | 'review' | 'year';

export interface Scope {
  kind: ScopeKind;
  /** The words that set it ("2023年", "其中9个项目", "部门整体", the project's name). */
  detail?: string;
  /** For 'year': the year spoken of; 'prior' when it is the document's last year. */
  year?: string;
  prior?: boolean;
  /** For 'project': the project. */
  project?: ProjectEvaluation;
}

export const DOCUMENT: Scope = { kind: 'document' };

const REVIEW = /部门评价|重点评价|财政评价|重点绩效评价|第三方评价/;
const DEPARTMENT = /部门整体/;
const SUBSET = /(?:其中|涉及|共|对)?(?:\d+|[一二两三四五六七八九十百]+)个(?:二级|一级|重点|专项)?项目|(?:二级|一级)?项目\d+个|(?:自评|评价|监控|抽查)(?:的)?(?:二级)?项目|项目(?:绩效)?(?:自评|评价|监控)(?:个数|数量)|(?:自评|评价|监控)个数/g;
/** A year the figure is of; 比上年 / 较2023年 / 与上年相比 are comparisons, 上年结转 a subject. */
const YEAR_WORD = /(?<![比较与同])(?:上年度?|上一年度?|去年|(\d{4})年度?)(?!相比|同期|结转|结余|年初结转)/g;

/** One global copy of each pattern, reused (a sentence is read once per figure kind; thousands of sentences). */
const GLOBAL = new Map<string, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re.source);
  if (!g) GLOBAL.set(re.source, (g = new RegExp(re.source, 'g')));
  return g;
}

export interface ScopeReader {
  /** The scope of a figure at `offset` of the sentence. */
  at(offset: number): Scope;
}

/**
 * Reads the scope marks of one sentence once (linear), then answers for each figure: the last mark
 * before it wins within its kind; review > department > project > subset > year > document.
 */
export function readScope(text: string, section: string[], docYear: string | undefined, projects: ProjectEvaluation[]): ScopeReader {
  const heading = section.join(' ');
  const headingScope: Scope | undefined = REVIEW.test(heading)
    ? { kind: 'review', detail: REVIEW.exec(heading)![0] }
    : DEPARTMENT.test(heading)
      ? { kind: 'department', detail: '部门整体' }
      : undefined;
  const marks: { pos: number; scope: Scope; rank: number }[] = [];
  const mark = (re: RegExp, make: (m: RegExpExecArray) => Scope | undefined, rank: number): void => {
    const g = globalOf(re);
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const s = make(m);
      if (s) marks.push({ pos: m.index, scope: s, rank });
      if (m[0] === '') g.lastIndex++;
    }
  };
  mark(REVIEW, (m) => ({ kind: 'review', detail: m[0] }), 5);
  mark(DEPARTMENT, (m) => ({ kind: 'department', detail: m[0] }), 4);
  for (const p of projects) {
    const name = p.name.replace(/[（(]\d{4}[)）]$/, '').replace(/项目$/, '');
    if (name.length < 3) continue;
    let from = text.indexOf(name);
    while (from >= 0) {
      marks.push({ pos: from, scope: { kind: 'project', detail: p.name, project: p }, rank: 3 });
      from = text.indexOf(name, from + name.length);
    }
  }
  mark(SUBSET, (m) => ({ kind: 'subset', detail: m[0] }), 2);
  const year = docYear ? /\d{4}/.exec(docYear)?.[0] : undefined;
  mark(YEAR_WORD, (m) => {
    const y = m[1];
    if (y && (!year || y === year)) return undefined;
    const prior = !y || (!!year && Number(y) === Number(year) - 1);
    return { kind: 'year', detail: m[0], ...(y ? { year: y } : {}), prior };
  }, 1);
  // a mark of this year ends a mark of another year ("2023年…；2024年…")
  if (year) mark(new RegExp(`(?<![比较与同])${year}年`), () => ({ kind: 'document' }), 1);
  marks.sort((a, b) => a.pos - b.pos);
  // figures are asked for in sentence order: one cursor over the marks keeps this linear
  let next = 0;
  let last = -1;
  const latest = new Map<number, Scope>();
  return {
    at(offset: number): Scope {
      if (offset < last) {
        next = 0;
        latest.clear();
      }
      last = offset;
      for (; next < marks.length && marks[next].pos < offset; next++) latest.set(marks[next].rank, marks[next].scope);
      let best: { scope: Scope; rank: number } | undefined;
      for (const [rank, scope] of latest) if (scope.kind !== 'document' && (!best || rank > best.rank)) best = { scope, rank };
      return best?.scope ?? headingScope ?? DOCUMENT;
    },
  };
}

/** Tables a figure of this scope may bind to. */
export function tablesFor(scope: Scope, table: string): boolean {
  switch (scope.kind) {
    case 'document':
      return table !== 'evaluation';
    case 'department':
      return table !== 'evaluation';
    case 'project':
      return table === 'evaluation';
    case 'year':
      return scope.prior === true && table === 'basics';
    default:
      return false;
  }
}

export function scopeKey(s: Scope): string {
  return s.kind === 'document' ? '' : `${s.kind}:${s.year ?? s.detail ?? ''}`;
}
