/**
 * Sentences → typed claims. A sentence is read figure by figure, in order; each figure is read
 * with the words in front of it (phrase.ts) and the scope its sentence speaks of (scope.ts):
 *
 *   readFigure ─┬─ amount  → priorFigure (较2023年决算X) | changeAmount (减少X) | listTotal/listItem | amountClaim
 *               ├─ percent → share (占…的X%) | completion (完成预算的X%) | changePercent (下降X%)
 *               └─ count   → countClaim (counts.ts)
 *
 * and each claim's subject is bound to a ledger figure by bind.ts (a reading with its evidence).
 * What a sentence carries between figures lives in one SentenceState; what a paragraph carries
 * (its figures, an open list) in ParagraphState. Nothing crosses a paragraph except a list whose
 * marker ends its paragraph (lists.ts), and no subject crosses a sentence.
 */
import type { Cell } from '../types';
import type {
  AmountClaim,
  ClaimBase,
  Binding,
  ChangeClaim,
  Claim,
  CompletionClaim,
  CountClaim,
  FigureRole,
  RelationClaim,
  ShareClaim,
  StatedAmount,
} from './claim-types';
import type { Sentence } from './sentences';
import { findNumbers, amountCells, percentCell, countCell, NumberToken } from './numbers';
import { analysePhrase, expandSubjects } from './phrase';
import { bindSubject, wholeTerm } from './bind';
import type { SubjectEntry } from './subjects';
import { countClaim } from './counts';
import { finishLists, inlineList, LIST_MARK, FollowingList } from './lists';
import type { Scope } from './scope';
import { reading } from '../ledger/evidence';

export interface SentenceResult {
  sentence: Sentence;
  tokens: NumberToken[];
  /** Which claim consumed each token (same index as tokens). */
  owners: (Claim | undefined)[];
}

import {
  type DocumentContext,
  CONTINUES,
  ITEM_PATH,
  RELATION,
  QUALIFIER_REACH,
  FLAT,
  CLAUSE_END,
  phraseStart,
  comparators,
  SentenceState,
  qualifierOf,
  tableFigure,
  termKey,
  type Figure,
  type ParagraphState,
  type Pair,
} from './reading-state';

export type { DocumentContext };

/**
 * Two figures of one run where several subjects were named ("收、支总计各是A、B万元", "各下降E%，F%",
 * "A,B万元" where A took B's unit): only a separator between them.
 */
function joinsRun(gap: string): boolean {
  return /^[、和及与,，]$/.test(gap);
}

/** The figure after `f` is of its kind and joined to it by a separator alone ("502.98万元、502.98万元"). */
function pairedWithNext(st: SentenceState, f: Figure): boolean {
  const n = st.tokens[f.i + 1];
  return !!n && n.kind === f.t.kind && joinsRun(st.s.text.slice(f.t.unitEnd, n.start));
}

/**
 * "财政拨款收入总计502.98万元，支出总计502.98万元": the second total shares the first one's words in
 * front (财政拨款) — the parallel of 收入/支出 总计/合计 in one sentence.
 */
function parallelSubject(subject: string, previous: string | undefined): string {
  const m = /^(收入|支出)(总计|合计)$/.exec(subject);
  if (!m || !previous) return subject;
  const other = m[1] === '收入' ? '支出' : '收入';
  const p = new RegExp(`^(.+?)${other}${m[2]}$`).exec(previous);
  return p ? `${p[1]}${subject}` : subject;
}


export class ClaimBuilder {
  readonly claims: Claim[] = [];
  readonly results: SentenceResult[] = [];
  private para: ParagraphState = { index: -1, sentences: 0, actualByTerm: new Map(), comparator: '', firstText: '', lastSubject: '', budgets: new Map() };
  private sectionActualByTerm = new Map<string, AmountClaim>();
  /** The first 决算 figure the narrative states of each term (a share's whole stated in another section). */
  private readonly documentActualByTerm = new Map<string, AmountClaim>();
  private sectionKey = '';
  /** A list opened by a marker ending a sentence; items come from the sentences after it. */
  private readonly paraList = new FollowingList();

  constructor(
    private readonly dict: SubjectEntry[],
    private readonly ctx: DocumentContext = { projects: [] },
  ) {}

  // ---- the steps, in the order a sentence goes through them ----------------------------------

  add(s: Sentence): void {
    this.enterSentence(s);
    const tokens = findNumbers(s.text);
    // "1、一般公共服务支出（类）…行政运行（项）。全年预算为…，支出决算为…": the paragraph's printed topic
    const topic = this.para.sentences === 0 && !tokens.length ? ITEM_PATH.exec(s.text) : null;
    if (topic) this.para.topic = topic[1];
    const st = new SentenceState(s, tokens, comparators(s.text), this.ctx);
    if (this.para.topic && this.para.sentences > 0) st.lastSubject = this.para.topic;
    // "教育支出…。较上年决算减少0.20万元": a sentence that opens with the comparison continues the
    // previous sentence's subject (inherited, so a weak reading); no other subject crosses a 。
    if (CONTINUES.test(s.text) && this.para.lastSubject) {
      st.lastSubject = this.para.lastSubject;
      // the previous sentence spoke of one subject only: the continuation can mean nothing else
      st.subjectFromEarlierSentence = !this.para.soleSubject;
    }
    tokens.forEach((t, i) => this.readFigure(st, this.figureAt(st, t, i)));
    this.finishSentence(st);
  }

  /** Record a sentence as read but not understood. */
  skip(s: Sentence): void {
    const tokens = findNumbers(s.text);
    this.results.push({ sentence: s, tokens, owners: tokens.map(() => undefined) });
  }

  finish(): void {
    this.paraList.close();
    finishLists(this.claims);
  }

  private enterSentence(s: Sentence): void {
    const section = s.section.join(' / ');
    if (section !== this.sectionKey) {
      this.sectionKey = section;
      this.sectionActualByTerm = new Map();
      this.paraList.close();
    }
    if (s.paragraph !== this.para.index) {
      const previousLast = this.para.lastActual;
      this.para = { index: s.paragraph, sentences: 0, actualByTerm: new Map(), comparator: '', firstText: s.text, lastSubject: '', budgets: new Map(), ...(previousLast ? { previousLast } : {}) };
    }
    this.paraList.enter(s);
  }

  /** The words in front of figure `t`, its scope and its clause. */
  private figureAt(st: SentenceState, t: NumberToken, i: number): Figure {
    const text = st.s.text;
    const gapStart = st.prevEnd;
    const gap = text.slice(gapStart, t.start);
    for (let k = gap.length - 1; k >= 0; k--) {
      if (CLAUSE_END.has(gap[k])) {
        st.clauseStart = gapStart + k + 1;
        break;
      }
    }
    const from = phraseStart(text, t.start, st.prevEnd);
    const ph = analysePhrase(text.slice(from, t.start));
    st.prevEnd = t.unitEnd;
    return { t, i, ph, gap, gapStart, scope: st.scope.at(t.start), clause: text.slice(Math.max(st.clauseStart, from - QUALIFIER_REACH), Math.max(st.clauseStart, from)) };
  }

  private readFigure(st: SentenceState, f: Figure): void {
    const inline = st.inline;
    // a list ends with its sentence; at a ；unless its marker took a colon and it lists figures
    // ("主要包括：基本工资、津贴补贴…；公用经费X" listed names, and the ；ends them)
    if (inline && (/。/.test(f.gap) || ((!inline.colon || inline.list.items.length === 0) && /[；;]/.test(f.gap)) || (inline.paren && /[）)]/.test(f.gap)))) st.inline = undefined;
    if (st.pair && !(st.pair.kind === f.t.kind && joinsRun(f.gap))) st.pair = undefined;
    if (st.pair) {
      this.paraList.sawFigure();
      return this.readPaired(st, f, st.pair);
    }
    st.shape.push(`${f.t.kind}:${f.ph.role ?? ''}:${f.ph.budgetKind ?? ''}:${f.ph.completion ? 'c' : ''}${f.ph.share ? 's' : ''}${f.ph.direction ? 'd' : ''}`);
    this.paraList.sawFigure();
    if (f.t.kind === 'amount') this.readAmount(st, f);
    else if (f.t.kind === 'percent') this.readPercent(st, f);
    else this.readCount(st, f);
  }

  // ---- amounts --------------------------------------------------------------------------------

  private readAmount(st: SentenceState, f: Figure): void {
    const cells = amountCells(f.t, st.s.at(f.t.start));
    if (f.ph.priorFigure) {
      st.pendingPrior = { amount: { ...cells, role: 'prior' }, token: f.i };
      return;
    }
    // "减少9.40万元" is a change even when 比上年 sits earlier in the sentence or paragraph
    if (f.ph.direction) return this.changeAmount(st, f, cells);
    // a marker whose clause ended before this figure ("主要包括：基本工资、…；公用经费X") opened no list of it
    const marker = LIST_MARK.exec(f.gap);
    if (marker && !/[；;。]/.test(f.gap.slice(marker.index))) this.listTotal(st, f, marker);
    // "收、支总计均为1,234.56万元": one figure, two subjects
    const joint = f.ph.subject.replace(/[均各]$/, '');
    const both = expandSubjects(joint);
    if (both.length > 1) {
      // "收、支总计各是A、B万元": one figure each, in order; "均为A万元": one figure for both
      const paired = pairedWithNext(st, f);
      for (const subject of paired ? both.slice(0, 1) : both) this.amountClaim(st, f, subject, false, { ...cells, role: f.ph.role ?? 'actual' });
      if (paired) st.pair = { kind: 'amount', subjects: both, next: 1, role: f.ph.role ?? 'actual' };
      // one subject was printed ("收、支总计"), so a continuing "各减少…" can mean nothing else
      for (const x of both) st.printedTerms.delete(wholeTerm(x).term);
      st.printedTerms.add(wholeTerm(joint).term);
      // a later "各减少C、D万元" speaks of both again
      st.lastSubject = joint;
      return;
    }
    const inherited = !f.ph.subject && !!st.lastSubject;
    const subject = parallelSubject(f.ph.subject, st.lastAmount?.subject) || st.lastSubject;
    const amount: StatedAmount = { ...cells, role: f.ph.role ?? 'actual', ...(f.ph.budgetKind ? { budgetKind: f.ph.budgetKind } : {}) };
    const claim = this.amountClaim(st, f, subject, inherited, amount);
    if (f.ph.subject) {
      st.lastSubject = f.ph.subject;
      st.subjectFromEarlierSentence = false;
    }
    this.listItem(st, claim, f);
  }

  /** An amount claim, bound to its ledger figure when the subject names one in the same scope. */
  private amountClaim(st: SentenceState, f: Figure, subject: string, inherited: boolean, amount: StatedAmount): AmountClaim {
    // the sentence's topic carried to "…，支出决算X万元" is grammar; a subject carried over a 。 from a
    // sentence of several subjects is a guess (weak)
    const binding = this.bind(subject, amount.role ?? 'actual', st.s, f.scope, { roleStated: !!f.ph.role, inherited: inherited && st.subjectFromEarlierSentence });
    const qualifier = qualifierOf(f.clause);
    const claim: AmountClaim = {
      type: 'amount',
      ...this.base(st, subject, f.scope),
      amount: binding ? { ...amount, binding } : amount,
      ...(inherited ? { inherited } : {}),
      ...(qualifier ? { qualifier } : {}),
      ...(st.yearBefore(f.t.start) ? { year: st.yearBefore(f.t.start) } : {}),
    };
    this.claims.push(claim);
    st.owners[f.i] = claim;
    st.amounts.push(claim);
    st.lastAmount = claim;
    if (amount.role === 'actual') st.lastActual = claim;
    if (amount.role === 'budget') st.lastBudget = claim;
    this.para.last = claim;
    if (amount.role === 'budget') {
      this.para.lastBudget = claim;
      this.para.budgets.set(amount.budgetKind ?? 'bare', claim);
    }
    if (amount.role === 'actual') this.para.lastActual = claim;
    if (!inherited && subject) st.printedTerms.add(wholeTerm(subject).term);
    if (amount.role === 'actual') {
      const key = termKey(subject, f.scope);
      this.para.actualByTerm.set(key, claim);
      this.sectionActualByTerm.set(key, claim);
      if (!inherited && !amount.fromTable && !this.documentActualByTerm.has(key)) this.documentActualByTerm.set(key, claim);
    }
    return claim;
  }

  /** "其中" / "主要包括" before a figure opens a list whose total is the sentence's (or paragraph's) last figure. */
  private listTotal(st: SentenceState, f: Figure, marker: RegExpExecArray): void {
    // a marker inside an open list (其中基本支出X，包括人员经费Y和…) starts that item's own list
    // a paragraph opening with 其中 continues the previous paragraph: its last 决算 figure, by position only (weak)
    const opensParagraph = !st.lastAmount && !this.para.last && this.para.sentences === 0 && f.gapStart + marker.index === 0;
    const total = st.lastAmount ?? this.para.last ?? (opensParagraph ? this.para.previousLast : undefined);
    if (!total) {
      st.inline = undefined;
      return;
    }
    const list = inlineList(this.base(st, total.subject, total.scope), marker[1], total, st.s.text.slice(f.gapStart + marker.index, f.gapStart + marker.index + 12));
    if (total === this.para.previousLast) list.totalReading = reading('binding', `合计 ${total.subject}`, 'order', undefined, {
        note: { zh: '上一段最后一个决算数', en: 'the last actual figure of the previous paragraph' },
        alternative: { zh: '“其中”之前的其他合计数', en: 'another total before “其中”' },
      });
    this.claims.push(list);
    const before = st.s.text.slice(0, f.gapStart + marker.index);
    // a marker inside an open list starts its item's own list; the outer list is what a "；" continues
    const parent = st.inline ? st.inline.parent ?? st.inline.list : undefined;
    st.inline = { ...(parent ? { parent } : {}), list, colon: /[：:]/.test(marker[0]), paren: before.lastIndexOf('（') > before.lastIndexOf('）') || before.lastIndexOf('(') > before.lastIndexOf(')') };
  }

  /** "其中：出国费决算0万元，全年预算0万元；…" — only figures of the total's kind are its items. */
  private listItem(st: SentenceState, claim: AmountClaim, f: Figure): void {
    const inline = st.inline?.list;
    // an item that prints no role word is of its total's kind ("支出预算116.76万元，其中基本支出73.32万元")
    const sameKind = (inline?.total?.role ?? 'actual') === claim.amount.role || (!f.ph.role && inline?.total?.role === 'budget');
    if (inline && sameKind) {
      inline.items.push({ subject: claim.subject, amount: claim.amount });
      return;
    }
    if (!inline) this.paraList.offer(claim, st.s, st.shape.join(' '), f.gap, !!f.ph.subject, !!f.ph.role);
  }

  private changeAmount(st: SentenceState, f: Figure, cells: ReturnType<typeof amountCells>): void {
    // "公用经费完成104.29万元，比上年增加14.99万元": the comparison continues its clause's subject
    // (grammar, not a guess); a subject carried over a 。 or without a printed comparison is weak
    const inherited = !f.ph.subject && st.subjectFromEarlierSentence;
    const group: ChangeClaim[] = [];
    const subjects = expandSubjects(f.ph.subject || st.lastSubject);
    // "各减少C、D万元": C is the first subject's change, D the second's (readPaired)
    const paired = subjects.length > 1 && pairedWithNext(st, f);
    const comparator = f.ph.comparator ?? (st.comparatorBefore(f.t.start) || this.para.comparator);
    // "总预算A，其中：B b，C c，同比增加D": D follows the list's last item, and may be the total's
    const list = st.inline?.list ?? this.paraList.list;
    const lastItem = list?.items[list.items.length - 1];
    const ofList = !f.ph.subject && !paired && list?.total && lastItem && lastItem.subject === st.lastSubject ? list : undefined;
    for (const subject of paired ? subjects.slice(0, 1) : subjects) {
      const c = this.change(st, f, subject, f.ph.direction!, f.ph.word ?? '', comparator, inherited);
      c.delta = { ...cells };
      // both readings failing is an error whichever was meant; the rules try the other before reporting
      if (ofList) c.otherSubject = { subject: ofList.subject, current: ofList.total! };
      if (st.pendingPrior) c.prior = st.pendingPrior.amount;
      group.push(c);
      st.changes.push(c);
      st.owners[f.i] = c;
    }
    if (paired) st.pair = { kind: 'amount', subjects, next: 1, change: { group, direction: f.ph.direction!, word: f.ph.word ?? '', comparator, inherited } };
    if (st.pendingPrior) st.owners[st.pendingPrior.token] = group[group.length - 1];
    st.pendingPrior = undefined;
    st.awaitingPercent.push(group);
  }

  /** The next figure of "各是A、B" / "各减少C、D" / "各下降E%、F%": the next subject's. */
  private readPaired(st: SentenceState, f: Figure, pair: Pair): void {
    const subject = pair.subjects[pair.next];
    if (pair.kind === 'percent' && f.t.kind === 'percent') {
      const c = pair.group![pair.next];
      this.setPercent(c, f, percentCell(f.t, st.s.at(f.t.start)));
      st.owners[f.i] = c;
    } else if (pair.change) {
      const ch = pair.change;
      const c = this.change(st, f, subject, ch.direction, ch.word, ch.comparator, ch.inherited);
      c.delta = { ...amountCells(f.t, st.s.at(f.t.start)) };
      ch.group.push(c);
      st.changes.push(c);
      st.owners[f.i] = c;
    } else {
      this.amountClaim(st, f, subject, false, { ...amountCells(f.t, st.s.at(f.t.start)), role: pair.role ?? 'actual' });
      st.printedTerms.delete(wholeTerm(subject).term); // printed once, as the joint subject
    }
    st.prevEnd = f.t.unitEnd;
    pair.next++;
    if (pair.next >= pair.subjects.length) st.pair = undefined;
  }

  private setPercent(c: ChangeClaim, f: Figure, percent: Cell): void {
    c.percent = percent;
    if (f.ph.word) c.percentWord = f.ph.word;
    if (f.ph.direction && f.ph.direction !== c.direction) c.percentDirection = f.ph.direction;
  }

  // ---- percentages ----------------------------------------------------------------------------

  private readPercent(st: SentenceState, f: Figure): void {
    const percent = percentCell(f.t, st.s.at(f.t.start));
    if (f.ph.share) {
      st.owners[f.i] = this.share(st, f, percent);
      return;
    }
    if (f.ph.completion) {
      st.owners[f.i] = this.completion(st, f, percent);
      return;
    }
    const group = st.awaitingPercent.pop();
    if (group && group.length > 1 && pairedWithNext(st, f)) {
      // "各下降E%、F%": E is the first change's, F the second's
      this.setPercent(group[0], f, percent);
      st.owners[f.i] = group[0];
      st.pair = { kind: 'percent', subjects: group.map((c) => c.subject), next: 1, group };
      return;
    }
    if (group) {
      for (const c of group) {
        c.percent = percent;
        if (f.ph.word) c.percentWord = f.ph.word;
        if (f.ph.direction && f.ph.direction !== c.direction) c.percentDirection = f.ph.direction;
      }
      st.owners[f.i] = group[group.length - 1];
      return;
    }
    const cmp = f.ph.comparator ?? (st.comparatorBefore(f.t.start) || this.para.comparator);
    if (f.ph.direction && cmp) {
      const c = this.change(st, f, f.ph.subject || st.lastSubject, f.ph.direction, f.ph.word ?? '', cmp, !f.ph.subject && st.subjectFromEarlierSentence);
      c.percent = percent;
      st.changes.push(c);
      st.owners[f.i] = c;
    }
  }

  private share(st: SentenceState, f: Figure, percent: Cell): ShareClaim {
    const claim: ShareClaim = { type: 'share', ...this.base(st, f.ph.subject, f.scope), percent };
    const last = st.lastAmount;
    if (!f.ph.subject && last) {
      claim.part = last.amount;
      claim.subject = last.subject;
    } else if (f.ph.subject) {
      const b = this.bind(f.ph.subject, 'actual', st.s, f.scope, {});
      if (b) claim.part = tableFigure(b, 'actual');
    }
    if (f.ph.whole) {
      claim.whole = f.ph.whole;
      const w = this.wholeFor(f.ph.whole, st.s, f.scope);
      if (w) claim.wholeAmount = w;
    } else {
      const list = st.inline?.list ?? (claim.part && this.paraList.holds(claim.part) ? this.paraList.list : undefined);
      if (list?.total) {
        claim.whole = list.subject;
        claim.wholeAmount = list.total;
        const item = list.items[list.items.length - 1];
        if (item && item.amount === claim.part) item.percent = percent;
      }
    }
    this.claims.push(claim);
    return claim;
  }

  /**
   * The whole of a share: stated earlier in the paragraph, else the table figure it names, else the
   * same term stated earlier in the narrative (same scope). Never any earlier figure of another name.
   */
  private wholeFor(name: string, s: Sentence, scope: Scope): StatedAmount | undefined {
    const inPara = this.para.actualByTerm.get(termKey(name, scope));
    if (inPara) return inPara.amount;
    const b = this.bind(name, 'actual', s, scope, {});
    if (b) return tableFigure(b, 'actual');
    // no table names it: the same term the narrative stated before (占本年支出合计的 → 三、's 本年支出合计),
    // outside this paragraph — so a weak reading: a finding on it is a warning to review
    const earlier = this.documentActualByTerm.get(termKey(name, scope));
    if (!earlier) return undefined;
    const r = reading('binding', `${earlier.subject} ${earlier.amount.stated.raw}`, 'default', name, {
      note: { zh: `同名数字取自前文第${earlier.ref.line ?? '?'}行`, en: `the figure of that name stated earlier (line ${earlier.ref.line ?? '?'})` },
      alternative: { zh: '本句所说的合计可能另有口径', en: 'the total this sentence means may be another one' },
    });
    return { ...earlier.amount, binding: { cell: earlier.amount.wan, label: `${earlier.subject}（前文）`, table: 'narrative', reading: r } };
  }

  private completion(st: SentenceState, f: Figure, percent: Cell): CompletionClaim {
    const claim: CompletionClaim = { type: 'completion', ...this.base(st, f.ph.subject, f.scope), percent };
    const actual = st.lastActual;
    // 完成年初预算的 / 完成全年预算的: the budget figure the words name; else the latest one
    const kind = f.ph.budgetKind;
    const budget = kind ? (this.para.budgets.get(kind) ?? this.para.budgets.get('bare')) : (st.lastBudget ?? this.para.lastBudget);
    const subject = f.ph.subject || actual?.subject || budget?.subject || st.lastSubject;
    claim.subject = subject;
    if (actual) claim.actual = actual.amount;
    else {
      const b = this.bind(subject, 'actual', st.s, f.scope, {});
      if (b) claim.actual = tableFigure(b, 'actual');
    }
    if (kind) claim.budgetKind = kind;
    const other = kind ? this.para.budgets.get(kind === 'initial' ? 'full' : 'initial') : undefined;
    if (other && other !== budget) claim.otherBudget = other.amount;
    if (budget) claim.budget = budget.amount;
    else {
      const b = this.bind(subject, 'budget', st.s, f.scope, { roleStated: true });
      if (b) claim.budget = tableFigure(b, 'budget');
    }
    this.claims.push(claim);
    return claim;
  }

  // ---- counts ---------------------------------------------------------------------------------

  private readCount(st: SentenceState, f: Figure): void {
    const text = st.s.text;
    const after = text.slice(f.t.unitEnd, f.t.unitEnd + 40);
    // "共接待2批次，6人次": a count without words of its own is the previous count's (批次 then 人次)
    const inheritedFrom = !f.ph.subject && st.lastCountOwner ? st.lastCountOwner : st.lastSubject;
    const c: CountClaim | undefined = countClaim(this.base(st, f.ph.subject, f.scope), f.ph, f.t, text, after, inheritedFrom, (phrase) =>
      bindSubject(this.dict, { phrase, role: 'actual', section: st.s.section, count: true, scope: f.scope }),
    );
    if (c) st.lastCountOwner = c.subject;
    if (!c) return;
    c.count = countCell(f.t, st.s.at(f.t.start));
    this.claims.push(c);
    st.owners[f.i] = c;
  }

  // ---- the end of a sentence ------------------------------------------------------------------

  private finishSentence(st: SentenceState): void {
    this.flatChange(st);
    this.relation(st);
    for (const c of st.changes) this.claims.push(c);
    if (st.inline) st.inline.list.exhaustive = false; // decided in finishLists, with evidence
    this.paraList.endSentence(st.s, st.shape.join(' '));
    // "其中基本支出X，包括人员经费Y和公用经费Z；项目支出W。": the item's own list took the commas, so the
    // "；" separates the outer list's items and it goes on. Without such a nested list a clause after
    // "；" may be the total's sibling ("国内接待费X，其中外事接待费0；国（境）外接待费0"): no item.
    const outer = st.inline?.parent;
    if (outer && /[；;]$/.test(st.s.text) && !this.paraList.list) this.paraList.continueInline(outer, st.s);
    if (st.amounts.length) this.para.leadAmounts = st.amounts;
    // "其中：" opening a paragraph of its own continues the previous paragraph: its last 决算 figure, by position only (weak)
    const lead = this.para.last ?? (this.para.sentences === 0 ? this.para.previousLast : undefined);
    const leadReading = lead && lead === this.para.previousLast ? reading('binding', `合计 ${lead.subject}`, 'order', undefined, {
        note: { zh: '上一段最后一个决算数', en: 'the last actual figure of the previous paragraph' },
        alternative: { zh: '“其中”之前的其他合计数', en: 'another total before “其中”' },
      }) : undefined;
    const opened = this.paraList.maybeOpen(st.s, lead, this.base(st, '', undefined), this.para.firstText, lead === this.para.last ? this.para.leadAmounts ?? [] : [], leadReading);
    this.claims.push(...opened);
    const cmps = st.cmps;
    if (cmps.length) this.para.comparator = cmps[cmps.length - 1].word;
    this.para.lastSubject = st.lastSubject;
    this.para.soleSubject = st.printedTerms.size === 1;
    this.para.sentences++;
    this.results.push({ sentence: st.s, tokens: st.tokens, owners: st.owners });
  }

  /**
   * "决算数小于预算数的主要原因…": the paragraph's latest 决算 figure against its budget figure — the one
   * the words name (年初 / 全年), else the only one stated; two that differ make the choice weak.
   */
  private relation(st: SentenceState): void {
    const m = RELATION.exec(st.s.text);
    if (!m) return;
    const relation = /小于|低于/.test(m[1]) ? 'less' : /大于|高于|超过/.test(m[1]) ? 'greater' : 'equal';
    const kind = /年初/.test(m[0]) ? 'initial' : /全年|调整后/.test(m[0]) ? 'full' : undefined;
    const actual = this.para.lastActual;
    const byKind = this.para.budgets;
    const named = kind ? byKind.get(kind) : undefined;
    const stated = [...byKind.values()];
    const budget = named ?? byKind.get('bare') ?? (kind ? undefined : stated[stated.length - 1]);
    const c: RelationClaim = { type: 'relation', ...this.base(st, actual?.subject ?? '', undefined), relation, word: m[0] };
    if (actual) c.actual = actual.amount;
    if (budget) c.budget = budget.amount;
    const others = stated.filter((b) => b !== budget && b.amount.wan.value !== null && budget?.amount.wan.value !== null && !b.amount.wan.value.eq(budget!.amount.wan.value!));
    if (!kind && others.length) c.budgetReading = reading('binding', `${budget?.subject ?? ''}预算数`, 'order', undefined, {
        note: { zh: '段中最后写出的预算数', en: 'the last budget figure written in the paragraph' },
        alternative: others.map((o) => o.amount.stated.raw).join('、'),
      });
    this.claims.push(c);
  }

  /** "与上年相同": a change of nothing, about the sentence's last figure. */
  private flatChange(st: SentenceState): void {
    const m = FLAT.exec(st.s.text);
    const last = st.amounts[st.amounts.length - 1];
    if (!m || st.changes.length || !last) return;
    const c: ChangeClaim = { type: 'change', ...this.base(st, last.subject, last.scope), direction: 'flat', word: m[0], comparator: '上年', current: last.amount };
    if (last.amount.binding) c.subjectBinding = last.amount.binding;
    st.changes.push(c);
  }

  // ---- shared helpers -------------------------------------------------------------------------

  private base(st: SentenceState, subject: string, scope: Scope | undefined): ClaimBase {
    // a claim points at its sentence: the engine withholds findings on sentences not understood
    return { sentence: st.s.text, ref: st.s.ref, section: st.s.section, subject, ...(scope && scope.kind !== 'document' ? { scope } : {}) };
  }

  private bind(phrase: string, role: FigureRole, s: Sentence, scope: Scope, how: { roleStated?: boolean; inherited?: boolean }): Binding | undefined {
    return bindSubject(this.dict, { phrase, role, section: s.section, scope, ...how });
  }

  /** The current figure a change is about: stated earlier in the paragraph/section, else the table. */
  private currentFor(subject: string, s: Sentence, scope: Scope): StatedAmount | undefined {
    const key = termKey(subject, scope);
    const found = this.para.actualByTerm.get(key) ?? this.sectionActualByTerm.get(key);
    if (found) return found.amount;
    // 比上年增加 compares this year's 决算 with last year's: the change names the role
    const b = this.bind(subject, 'actual', s, scope, { roleStated: true });
    return b ? tableFigure(b, 'actual') : undefined;
  }

  private change(st: SentenceState, f: Figure, subject: string, direction: 'up' | 'down' | 'flat', word: string, comparator: string, inherited: boolean): ChangeClaim {
    const c: ChangeClaim = { type: 'change', ...this.base(st, subject, f.scope), direction, word, comparator };
    if (inherited) c.subjectReading = reading('binding', subject, 'default', undefined, {
      note: { zh: '上一句的主语', en: 'the subject of the previous sentence' },
      alternative: { zh: '前文其他主语', en: 'another subject of earlier text' },
    });
    // a change right after a budget figure of the same subject is about that budget figure
    const last = st.lastAmount;
    const near = last && last.amount.role === 'budget' && wholeTerm(last.subject).term === wholeTerm(subject).term ? last.amount : undefined;
    const current = near ?? this.currentFor(subject, st.s, f.scope);
    if (current) c.current = current;
    const b = current?.binding ?? this.bind(subject, 'actual', st.s, f.scope, { inherited });
    if (b) c.subjectBinding = b;
    const p = this.bind(subject, 'prior', st.s, f.scope, { roleStated: true, inherited });
    if (p) c.priorBinding = p;
    return c;
  }
}
