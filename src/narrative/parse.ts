/**
 * Sentences → typed claims. Each number is read with the words in front of it (phrase.ts) and the
 * claims already made in its paragraph: an amount names a subject; a 增加/减少 figure after 比上年
 * is a change of the current subject; 下降X% completes that change; 占…的X% is a share; 完成年初预算
 * 的Z% a completion; 其中 / 主要包括 open a list whose items follow (in the sentence, or in the next
 * paragraphs when the marker ends the sentence).
 */
import type { Cell, SourceRef } from '../types';
import type {
  AmountClaim,
  ClaimBase,
  Binding,
  ChangeClaim,
  Claim,
  CompletionClaim,
  CountClaim,
  FigureRole,
  ListClaim,
  ShareClaim,
  StatedAmount,
} from './claim-types';
import type { Sentence } from './sentences';
import { findNumbers, amountCells, percentCell, countCell, NumberToken, halfWidth } from './numbers';
import { analysePhrase, expandSubjects, COMPARATOR } from './phrase';
import { bindSubject } from './bind';
import { normName, SubjectEntry } from './subjects';
import { countClaim } from './counts';
import { finishLists, inlineList, LIST_MARK, ParagraphList } from './lists';

export interface SentenceResult {
  sentence: Sentence;
  tokens: NumberToken[];
  /** Which claim consumed each token (same index as tokens). */
  owners: (Claim | undefined)[];
}

const DELIMS = new Set(['，', ',', '；', ';', '：', ':', '。', '、']);
const FLAT = /与上年(度)?相同|与上年(度)?持平|同比持平|持平|(没有|无|未发生)增减变化/;

/** Start of the phrase that belongs to a number: the last delimiter or the previous number. */
function phraseStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    const ch = text[i];
    if (!DELIMS.has(ch)) continue;
    if (ch === '、' && text[i - 1] === '收' && text[i + 1] === '支') continue;
    return i + 1;
  }
  return floor;
}

export class ClaimBuilder {
  readonly claims: Claim[] = [];
  readonly results: SentenceResult[] = [];
  /** Amount claims of the current paragraph / section, newest last. */
  private paraAmounts: AmountClaim[] = [];
  private sectionAmounts: AmountClaim[] = [];
  private allAmounts: AmountClaim[] = [];
  private paragraph = -1;
  private sectionKey = '';
  private lastSubject = '';
  /** A list opened by a marker ending a sentence; items come from the next paragraphs. */
  private readonly paraList = new ParagraphList();

  constructor(private readonly dict: SubjectEntry[]) {}

  bind(phrase: string, role: FigureRole, section: string[], value?: Cell): Binding | undefined {
    return bindSubject(this.dict, { phrase, role, section, value: value?.value ?? undefined });
  }

  add(s: Sentence): void {
    const section = s.section.join(' / ');
    if (section !== this.sectionKey) {
      this.sectionKey = section;
      this.sectionAmounts = [];
      this.paraList.close();
    }
    if (s.paragraph !== this.paragraph) this.newParagraph(s);
    const text = halfWidth(s.text);
    const tokens = findNumbers(s.text);
    const owners: (Claim | undefined)[] = tokens.map(() => undefined);
    const base = (subject: string, t: NumberToken) => ({ sentence: s.text, ref: this.refAt(s, t.start), section: s.section, subject });
    const sentenceAmounts: AmountClaim[] = [];
    const changes: ChangeClaim[] = [];
    let pendingPrior: StatedAmount | undefined;
    let priorToken = -1;
    let inline: ListClaim | undefined;
    let inlineColon = false;
    let inlineParen = false;
    let prevEnd = 0;

    tokens.forEach((t, i) => {
      const prevGapStart = prevEnd;
      const gap = text.slice(prevEnd, t.start);
      const from = phraseStart(text, t.start, prevEnd);
      const ph = analysePhrase(text.slice(from, t.start));
      const after = text.slice(t.unitEnd, t.unitEnd + 40);
      prevEnd = t.unitEnd;
      if (inline && (/。/.test(gap) || (!inlineColon && /[；;]/.test(gap)) || (inlineParen && /[）)]/.test(gap)))) inline = undefined;
      const marker = LIST_MARK.exec(gap);

      if (t.kind === 'amount') {
        const cells = amountCells(t, this.refAt(s, t.start));
        if (ph.priorFigure) {
          pendingPrior = { ...cells, role: 'prior' };
          priorToken = i;
          return;
        }
        // "减少9.40万元" is a change even when 比上年 sits in an earlier sentence of the paragraph
        if (ph.direction) {
          const subjects = expandSubjects(ph.subject || this.lastSubject);
          for (const subject of subjects) {
            const c = this.change(base(subject, t), subject, ph.direction, ph.word ?? '', ph.comparator ?? this.comparatorBefore(text.slice(0, t.start)), s, sentenceAmounts);
            c.delta = { ...cells };
            if (pendingPrior) c.prior = pendingPrior;
            changes.push(c);
            owners[i] = c;
          }
          if (pendingPrior && priorToken >= 0) owners[priorToken] = changes[changes.length - 1];
          pendingPrior = undefined;
          priorToken = -1;
          return;
        }
        if (marker) {
          // a marker inside an open list (其中基本支出X，包括人员经费Y和…) starts that item's own list
          inline = this.openInline(base('', t), marker[1], sentenceAmounts);
          inlineColon = /[：:]/.test(marker[0]);
          inlineParen = /[（(][^）)]*$/.test(text.slice(0, prevGapStart + marker.index));
        }
        // "收、支总计均为1,234.56万元": one figure, two subjects
        const both = expandSubjects(ph.subject.replace(/[均各]$/, ''));
        if (both.length > 1) {
          for (const subject of both) this.amount(base(subject, t), subject, { ...cells, role: ph.role ?? 'actual' }, s, sentenceAmounts, owners, i);
          this.lastSubject = both[0];
          return;
        }
        let subject = ph.subject || this.lastSubject;
        // "二级项目绩效自评个数13个，资金224.5万元": the money of the projects evaluated
        if (/^(项目)?资金(总额)?$/.test(subject) && s.section.some((h) => /绩效/.test(h))) subject = '项目支出';
        // "网信长治项目预算20万元，项目支出20万元": 项目支出 of the project just named
        if (/^项目(支出|资金)$/.test(subject) && this.lastSubject && this.isProject(this.lastSubject, s)) subject = `${this.lastSubject.replace(/项目.*$/, '')}项目支出`;
        const amount: StatedAmount = { ...cells, role: ph.role ?? 'actual' };
        const claim = this.amount(base(subject, t), subject, amount, s, sentenceAmounts, owners, i);
        if (ph.subject) this.lastSubject = ph.subject;
        // "其中：出国费决算0万元，全年预算0万元；…" — only figures of the total's kind are its items
        if (inline && (inline.total?.role ?? 'actual') === amount.role) inline.items.push({ subject, amount });
        else this.paraList.offer(claim, s, this.results.every((r) => r.sentence.paragraph !== s.paragraph));
        return;
      }

      if (t.kind === 'percent') {
        const percent = percentCell(t, this.refAt(s, t.start));
        if (ph.share) {
          owners[i] = this.share(base(ph.subject, t), ph.subject, ph.whole, percent, sentenceAmounts, inline, s);
          return;
        }
        if (ph.completion) {
          owners[i] = this.completion(base(ph.subject, t), percent, sentenceAmounts, s);
          return;
        }
        const open = [...changes].reverse().find((c) => !c.percent);
        if (open) {
          for (const c of changes.filter((c) => !c.percent && c.delta && c.delta.stated.ref === open.delta?.stated.ref)) {
            c.percent = percent;
            if (ph.word) c.percentWord = ph.word;
            if (ph.direction && ph.direction !== c.direction) c.percentDirection = ph.direction;
          }
          owners[i] = open;
          return;
        }
        const cmp = ph.comparator ?? this.comparatorBefore(text.slice(0, t.start));
        if (ph.direction && cmp) {
          const subject = ph.subject || this.lastSubject;
          const c = this.change(base(subject, t), subject, ph.direction, ph.word ?? '', cmp, s, sentenceAmounts);
          c.percent = percent;
          changes.push(c);
          owners[i] = c;
        }
        return;
      }

      const c: CountClaim | undefined = countClaim({ ...base(ph.subject, t) }, ph, t, text, after, this.lastSubject, (phrase) =>
        bindSubject(this.dict, { phrase, role: 'actual', section: s.section, count: true, value: t.value }),
      );
      if (c) {
        c.count = countCell(t, this.refAt(s, t.start));
        this.claims.push(c);
        owners[i] = c;
      }
    });

    this.flatChange(s, text, sentenceAmounts, changes);
    for (const c of changes) this.claims.push(c);
    if (inline && inline.items.length === 0) this.claims.splice(this.claims.indexOf(inline), 1);
    if (inline) inline.exhaustive = inline.marker === '其中' && inline.items.length >= 2;
    const opened = this.paraList.maybeOpen(text, s, this.paraAmounts);
    if (opened) this.claims.push(opened);
    this.results.push({ sentence: s, tokens, owners });
  }

  // -------------------------------------------------------------------------------------------

  /** Record a sentence as read but not understood. */
  skip(s: Sentence): void {
    const tokens = findNumbers(s.text);
    this.results.push({ sentence: s, tokens, owners: tokens.map(() => undefined) });
  }

  /** An amount claim, bound to its ledger figure when the subject names one. */
  private amount(base: ClaimBase, subject: string, amount: StatedAmount, s: Sentence, inSentence: AmountClaim[], owners: (Claim | undefined)[], i: number): AmountClaim {
    const binding = this.bind(subject, amount.role ?? 'actual', s.section, amount.wan);
    const claim: AmountClaim = { type: 'amount', ...base, amount: binding ? { ...amount, binding } : amount };
    this.claims.push(claim);
    owners[i] = claim;
    inSentence.push(claim);
    this.paraAmounts.push(claim);
    this.sectionAmounts.push(claim);
    this.allAmounts.push(claim);
    return claim;
  }

  private isProject(subject: string, s: Sentence): boolean {
    const b = this.bind(subject, 'actual', s.section) ?? this.bind(subject, 'budget', s.section);
    return b?.table === 'evaluation';
  }

  /** The comparison (上年 / 2023年) in this sentence before the number, else earlier in the paragraph; '' when none. */
  private comparatorBefore(prefix: string): string {
    const own = comparatorOf(prefix);
    if (own) return own;
    for (const r of [...this.results].reverse()) {
      if (r.sentence.paragraph !== this.paragraph) break;
      const c = comparatorOf(r.sentence.text);
      if (c) return c;
    }
    return '';
  }

  private refAt(s: Sentence, offset: number): SourceRef {
    return { ...s.ref, column: (s.ref.column ?? 1) + offset };
  }

  private newParagraph(s: Sentence): void {
    this.paragraph = s.paragraph;
    // a subject is inherited inside its paragraph only: never guessed across paragraphs
    this.lastSubject = '';
    this.paraAmounts = [];
    this.paraList.enter(s);
  }

  /** The current figure a change is about: stated earlier in the paragraph/section, else the table. */
  private currentFor(subject: string, s: Sentence): StatedAmount | undefined {
    const n = normName(subject);
    const same = (a: AmountClaim): boolean => {
      const m = normName(a.subject);
      return !!m && (m === n || m.endsWith(n) || n.endsWith(m)) && a.amount.role === 'actual';
    };
    const found = [...this.paraAmounts].reverse().find(same) ?? [...this.sectionAmounts].reverse().find(same);
    if (found) return found.amount;
    const b = this.bind(subject, 'actual', s.section);
    return b ? tableFigure(b, 'actual') : undefined;
  }

  private change(base: Omit<ChangeClaim, 'type' | 'direction' | 'word' | 'comparator'>, subject: string, direction: 'up' | 'down' | 'flat', word: string, comparator: string, s: Sentence, inSentence: AmountClaim[] = []): ChangeClaim {
    const c: ChangeClaim = { type: 'change', ...base, subject, direction, word, comparator };
    // a change right after a budget figure of the same subject is about that budget figure
    const n = normName(subject);
    const last = inSentence[inSentence.length - 1];
    const near = last && last.amount.role === 'budget' && normName(last.subject) === n ? last.amount : undefined;
    const current = near ?? this.currentFor(subject, s);
    if (current) c.current = current;
    const b = current?.binding ?? this.bind(subject, 'actual', s.section);
    if (b) c.subjectBinding = b;
    const p = this.bind(subject, 'prior', s.section);
    if (p) c.priorBinding = p;
    return c;
  }

  private flatChange(s: Sentence, text: string, amounts: AmountClaim[], changes: ChangeClaim[]): void {
    const m = FLAT.exec(text);
    if (!m || changes.length) return;
    const last = amounts[amounts.length - 1];
    if (!last) return;
    const c: ChangeClaim = { type: 'change', sentence: s.text, ref: this.refAt(s, m.index), section: s.section, subject: last.subject, direction: 'flat', word: m[0], comparator: '上年', current: last.amount };
    if (last.amount.binding) c.subjectBinding = last.amount.binding;
    changes.push(c);
  }

  private wholeFor(name: string, s: Sentence): StatedAmount | undefined {
    const n = normName(name);
    const same = (a: AmountClaim): boolean => {
      const m = normName(a.subject);
      return !!m && (m === n || n.endsWith(m) || m.endsWith(n)) && a.amount.role === 'actual';
    };
    const inPara = [...this.paraAmounts].reverse().find(same);
    if (inPara) return inPara.amount;
    const b = this.bind(name, 'actual', s.section);
    if (b) return tableFigure(b, 'actual');
    const anywhere = [...this.allAmounts].reverse().find(same);
    return anywhere?.amount;
  }

  private share(base: Omit<ShareClaim, 'type' | 'percent'>, subject: string, whole: string | undefined, percent: Cell, amounts: AmountClaim[], inline: ListClaim | undefined, s: Sentence): ShareClaim {
    const claim: ShareClaim = { type: 'share', ...base, percent };
    const last = amounts[amounts.length - 1];
    if (!subject && last) {
      claim.part = last.amount;
      claim.subject = last.subject;
    } else if (subject) {
      const b = this.bind(subject, 'actual', s.section);
      if (b) claim.part = tableFigure(b, 'actual');
    }
    if (whole) {
      claim.whole = whole;
      const w = this.wholeFor(whole, s);
      if (w) claim.wholeAmount = w;
    } else {
      const open = this.paraList.list;
      const list = inline ?? (open && open.items.some((it) => it.amount === claim.part) ? open : undefined);
      if (list?.total) {
        claim.whole = list.subject;
        claim.wholeAmount = list.total;
        const item = list.items.find((it) => it.amount === claim.part);
        if (item) item.percent = percent;
      }
    }
    this.claims.push(claim);
    return claim;
  }

  private completion(base: Omit<CompletionClaim, 'type' | 'percent'>, percent: Cell, amounts: AmountClaim[], s: Sentence): CompletionClaim {
    const claim: CompletionClaim = { type: 'completion', ...base, percent };
    const actual = [...amounts].reverse().find((a) => a.amount.role === 'actual');
    const budget = [...amounts, ...this.paraAmounts].reverse().find((a) => a.amount.role === 'budget');
    const subject = base.subject || actual?.subject || budget?.subject || this.lastSubject;
    claim.subject = subject;
    if (actual) claim.actual = actual.amount;
    else {
      const b = this.bind(subject, 'actual', s.section);
      if (b) claim.actual = tableFigure(b, 'actual');
    }
    if (budget) claim.budget = budget.amount;
    else {
      const b = this.bind(subject, 'budget', s.section);
      if (b) claim.budget = tableFigure(b, 'budget');
    }
    this.claims.push(claim);
    return claim;
  }

  private openInline(base: ClaimBase, marker: string, amounts: AmountClaim[]): ListClaim | undefined {
    // the total: the last figure before the marker; for a paragraph opening with 其中, the section's last 决算 figure
    const total =
      [...amounts].reverse().find((a) => a.amount.role !== 'prior') ??
      [...this.paraAmounts].reverse()[0] ??
      (amounts.length === 0 && this.paraAmounts.length === 0 ? [...this.sectionAmounts].reverse().find((a) => a.amount.role === 'actual') : undefined);
    if (!total) return undefined;
    const list = inlineList(base, marker, total);
    this.claims.push(list);
    return list;
  }

  finish(): void {
    finishLists(this.claims);
  }
}

/** A figure the sentence does not write, taken from the table cell its subject is bound to. */
function tableFigure(b: Binding, role: FigureRole): StatedAmount {
  return { wan: b.cell, stated: b.cell, unit: '万元', role, binding: b, fromTable: true };
}

function comparatorOf(text: string): string | undefined {
  const m = COMPARATOR.exec(text);
  return m ? (m[1] || m[4] || '上年').replace(/度$/, '') : undefined;
}
