/**
 * Lists: "其中：A x万元、B y万元" (exhaustive with two or more items), "主要包括 / 主要用于 / 主要为"
 * (a part). Inline lists follow their marker inside the sentence; a marker that ends a sentence
 * ("支出合计502.98万元，其中：") takes the first amount of each following paragraph as an item, while
 * those paragraphs read like items (the amount near the start, no new 20XX年 statement).
 */
import type { AmountClaim, ChangeClaim, Claim, ClaimBase, ListClaim } from './claim-types';
import type { Sentence } from './sentences';

export const LIST_MARK = /(其中|主要包括|主要用于(以下方面)?|具体包括|主要为|包括)[：:]?/;
const LIST_END = /(其中|主要包括|主要用于以下方面|主要用于以下几个方面|主要用于|具体包括|包括)[：:]?$/;

const markerWord = (m: string): string => m.replace(/[：:]$/, '').replace(/以下.*$/, '');

/** A list opened inside a sentence; its total is the last amount before the marker. */
export function inlineList(base: ClaimBase, marker: string, total: AmountClaim): ListClaim {
  return { type: 'list', ...base, subject: total.subject, ref: total.ref, total: total.amount, exhaustive: false, marker: markerWord(marker), items: [] };
}

/** The list whose items are the following paragraphs. */
export class ParagraphList {
  private open?: { list: ListClaim; paragraph: number; section: string; itemParagraph: number };

  get list(): ListClaim | undefined {
    return this.open?.list;
  }

  close(): void {
    this.open = undefined;
  }

  /** A new paragraph outside the list's section closes it. */
  enter(s: Sentence): void {
    if (this.open && s.section.join(' / ') !== this.open.section) this.open = undefined;
  }

  /** After a sentence: does it end with a marker? The total is the paragraph's last 决算 figure. */
  maybeOpen(text: string, s: Sentence, paraAmounts: AmountClaim[]): ListClaim | undefined {
    const m = LIST_END.exec(text.replace(/[。.]$/, ''));
    if (!m) return undefined;
    const total = [...paraAmounts].reverse().find((a) => a.amount.role === 'actual');
    if (!total) return undefined;
    const list: ListClaim = { type: 'list', sentence: s.text, ref: total.ref, section: s.section, subject: total.subject, total: total.amount, exhaustive: false, marker: markerWord(m[1]), items: [] };
    this.open = { list, paragraph: s.paragraph, section: s.section.join(' / '), itemParagraph: -1 };
    return list;
  }

  /** The first amount of each paragraph after the marker is an item, if the paragraph reads like one. */
  offer(claim: AmountClaim, s: Sentence, firstSentence: boolean): void {
    const open = this.open;
    if (!open || s.paragraph === open.paragraph || open.itemParagraph === s.paragraph) return;
    if (claim.amount.role !== (open.list.total?.role ?? 'actual')) return;
    const offset = (claim.ref.column ?? 1) - (s.ref.column ?? 1);
    if (!firstSentence || offset > 40 || /^\d{4}年/.test(s.text)) {
      this.open = undefined;
      return;
    }
    open.itemParagraph = s.paragraph;
    open.list.items.push({ subject: claim.subject, amount: claim.amount });
  }
}

/** Close lists: exhaustive when 其中 has two or more items; attach each item's change; drop empty lists. */
export function finishLists(claims: Claim[]): void {
  for (const c of claims) {
    if (c.type !== 'list') continue;
    if (c.marker === '其中' && c.items.length >= 2) c.exhaustive = true;
    for (const it of c.items) {
      const ch = claims.find((x): x is ChangeClaim => x.type === 'change' && x.current === it.amount && !!x.delta);
      if (ch) it.change = ch;
    }
  }
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i];
    if (c.type === 'list' && c.items.length === 0) claims.splice(i, 1);
  }
}
