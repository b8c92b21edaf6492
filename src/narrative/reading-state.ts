/**
 * What the claim builder (parse.ts) carries while it reads: the words in front of a figure
 * (Figure), what a sentence carries from one figure to the next (SentenceState), what a paragraph
 * carries from one sentence to the next (ParagraphState), and the small text helpers they share.
 */
import type { AmountClaim, Binding, ChangeClaim, Claim, FigureRole, ListClaim, StatedAmount } from './claim-types';
import type { Sentence } from './sentences';
import type { NumberToken } from './numbers';
import type { PhraseInfo } from './phrase';
import { COMPARATOR, comparedYear } from './phrase';
import { wholeTerm } from './bind';
import { readScope, scopeKey, type Scope, type ScopeReader } from './scope';
import type { ProjectEvaluation } from '../ledger/evaluation';

export interface DocumentContext {
  /** The document's year ('2024'), to tell this year's figures from another year's. */
  year?: string;
  projects: ProjectEvaluation[];
}

export const DELIMS = new Set(['，', ',', '；', ';', '：', ':', '。', '、']);
export const CLAUSE_END = new Set(['；', ';', '。']);
export const CONTINUES = /^(较|比|与|同比)/;
export const ITEM_PATH = /^(?:\d{1,2}[、.．])?([^，。；：\d]{2,40}[（(]类[)）][^，。；：\d]{2,40}[（(]款[)）][^，。；：\d]{2,40}[（(]项[)）])。?$/;
export const RELATION = /决算数?(大于|小于|等于|高于|低于|超过|与(?:年初|全年|调整后)?预算数?(?:持平|一致|相同|相等))(?:(?:年初|全年|调整后)?预算数?)?/;
/** How far back in its clause a qualifier is looked for (a bound keeps a long sentence linear). */
export const QUALIFIER_REACH = 60;
export const FLAT = /与上年(度)?相同|与上年(度)?持平|同比持平|持平|(没有|无|未发生)增减变化/;

/** Start of the phrase that belongs to a number: the last delimiter or the previous number. */
export function phraseStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    const ch = text[i];
    if (!DELIMS.has(ch)) continue;
    if (ch === '、' && text[i - 1] === '收' && text[i + 1] === '支') continue;
    return i + 1;
  }
  return floor;
}

const COMPARATOR_G = new RegExp(COMPARATOR.source, 'g');

/** Where the comparisons (比上年 / 较2023年) of a sentence are, read once. */
export function comparators(text: string): { pos: number; word: string }[] {
  const out: { pos: number; word: string }[] = [];
  const g = COMPARATOR_G;
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) out.push({ pos: m.index, word: comparedYear(m) });
  return out;
}

/** A run of figures "A、B" that belong to the subjects of "收、支总计各…" in order. */
export interface Pair {
  kind: 'amount' | 'percent';
  subjects: string[];
  next: number;
  role?: FigureRole;
  /** Paired changes: each figure is the next subject's change, in one group awaiting its percentages. */
  change?: { group: ChangeClaim[]; direction: 'up' | 'down'; word: string; comparator: string; inherited: boolean };
  /** Paired percentages: the changes they belong to, in order. */
  group?: ChangeClaim[];
}

/** One figure and the words in front of it. */
export interface Figure {
  t: NumberToken;
  i: number;
  ph: PhraseInfo;
  /** Text between the previous figure and this one. */
  gap: string;
  gapStart: number;
  scope: Scope;
  /** Words of the clause before the phrase (for qualifiers). */
  clause: string;
}

/** What a sentence carries from one figure to the next. */
export class SentenceState {
  readonly owners: (Claim | undefined)[];
  readonly amounts: AmountClaim[] = [];
  readonly changes: ChangeClaim[] = [];
  /** Groups of changes (one delta, one or two subjects) still waiting for their percentage. */
  readonly awaitingPercent: ChangeClaim[][] = [];
  lastAmount?: AmountClaim;
  lastActual?: AmountClaim;
  lastBudget?: AmountClaim;
  lastSubject = '';
  lastCountOwner = '';
  subjectFromEarlierSentence = false;
  /** Subjects printed in this sentence (terms). */
  readonly printedTerms = new Set<string>();
  pendingPrior?: { amount: StatedAmount; token: number };
  /** The inline list being read; `parent`: the list it is an item's list of (其中A x，包括…). */
  inline?: { list: ListClaim; colon: boolean; paren: boolean; parent?: ListClaim };
  /** Figures still owed to the subjects of "收、支总计各…" (parse.ts Pair). */
  pair?: Pair;
  /** The kinds of figure read so far, in order (the shape of a list item). */
  readonly shape: string[] = [];
  prevEnd = 0;
  clauseStart = 0;
  private comparatorIndex = 0;
  private lastComparator = '';
  readonly scope: ScopeReader;

  constructor(
    readonly s: Sentence,
    readonly tokens: NumberToken[],
    readonly cmps: { pos: number; word: string }[],
    ctx: DocumentContext,
  ) {
    this.owners = tokens.map(() => undefined);
    this.scope = readScope(s.text, s.section, ctx.year, ctx.projects);
    for (const m of s.text.matchAll(/(\d{4})年/g)) this.years.push({ pos: m.index ?? 0, year: m[1] });
  }

  private readonly years: { pos: number; year: string }[] = [];
  private yearIndex = 0;
  private lastYear = '';

  /** The year printed last before `pos` ('' when none): keeps "2023年…" and "2024年…" apart. */
  yearBefore(pos: number): string {
    while (this.yearIndex < this.years.length && this.years[this.yearIndex].pos < pos) this.lastYear = this.years[this.yearIndex++].year;
    return this.lastYear;
  }

  /** The comparison printed before `pos` in this sentence ('' when none). */
  comparatorBefore(pos: number): string {
    while (this.comparatorIndex < this.cmps.length && this.cmps[this.comparatorIndex].pos < pos) this.lastComparator = this.cmps[this.comparatorIndex++].word;
    return this.lastComparator;
  }
}

/** What a paragraph carries from one sentence to the next. */
export interface ParagraphState {
  index: number;
  sentences: number;
  /** The latest 决算 figure of each subject term, and the latest figure / budget figure. */
  actualByTerm: Map<string, AmountClaim>;
  last?: AmountClaim;
  lastActual?: AmountClaim;
  lastBudget?: AmountClaim;
  /** The amounts of its latest sentence that had any (a list's lead sentence). */
  leadAmounts?: AmountClaim[];
  /** The comparison of the paragraph's latest sentence that printed one. */
  comparator: string;
  /** The paragraph's first sentence (its enumerator: 2、…). */
  firstText: string;
  /** The subject of its latest sentence (only a continuing sentence takes it up). */
  lastSubject: string;
  /** That sentence printed one subject only (so a continuing sentence can only mean it). */
  soleSubject?: boolean;
  /** The previous paragraph's last 决算 figure: the total of a list this paragraph opens with 其中. */
  previousLast?: AmountClaim;
  /** The 项 a per-项 paragraph opens with ("一般公共服务支出（类）…（项）。"): the subject of its figures. */
  topic?: string;
  /** Its latest 年初 / 全年 / bare (预算数) budget figure. */
  budgets: Map<'initial' | 'full' | 'bare', AmountClaim>;
}

/** A subject as one figure: its whole term within its scope. */
export function termKey(subject: string, scope: Scope): string {
  return `${scopeKey(scope)}|${wholeTerm(subject).term}`;
}

/** Words of a clause that narrow the subject after it ("在其他政府采购项目中，由中小企业供应商中标或成交的"). */
export function qualifierOf(clause: string): string {
  const q = clause.replace(/\d[\d,.]*(?:万元|元|%|个|批次|人次)?/g, '').replace(/[，,、：:]/g, '').replace(/其中|主要包括|包括|主要为|主要用于/g, '');
  return /中$|的$|由|面向|其他|外宾|境外|国内/.test(q) ? q : '';
}

/** A figure the sentence does not write, taken from the table cell its subject is bound to. */
export function tableFigure(b: Binding, role: FigureRole): StatedAmount {
  return { wan: b.cell, stated: b.cell, unit: '万元', role, binding: b, fromTable: true };
}
