/**
 * Lists: "其中：A x万元、B y万元", "主要包括 / 主要用于 / 主要为" (a part). An inline list follows its
 * marker inside the sentence and ends with it; a marker that ends a paragraph ("支出合计502.98万元，
 * 其中：") takes the first amount of each following paragraph as an item while those paragraphs read
 * like items, and ends at a heading, at the next item of the list's own enumeration (2、 → 3、), or
 * at a paragraph that gives no item.
 *
 * Completeness is a reading with its evidence: the items are all the total's parts in its table
 * (whatever the marker: 主要用于 then every 类), or the text says so (分别 / 具体如下 / 包括) — strong; 其中 with two or more items and nothing
 * more — weak (basis 'default'), so a sum that does not add up is a warning to review.
 */
import type { AmountClaim, ChangeClaim, Claim, ClaimBase, ListClaim, StatedAmount } from './claim-types';
import type { Sentence } from './sentences';
import type { Cell } from '../types';
import { reading } from '../ledger/evidence';

export const LIST_MARK = /(其中|主要包括|主要用于(以下方面)?|具体包括|主要为|包括)[：:]?/;
const LIST_END = /(其中|主要包括|主要用于以下方面|主要用于以下几个方面|主要用于|具体包括|包括|具体如下|分别为|分别是)[：:]?$/;
const SAYS_COMPLETE = /分别|具体如下|如下|^包括|^具体包括/;
const ENUMERATOR = /^(\d{1,2}[、.．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

const markerWord = (m: string): string => m.replace(/[：:]$/, '').replace(/以下.*$/, '');
const enumStyle = (text: string): string => (ENUMERATOR.exec(text)?.[1] ?? '').replace(/\d+|[一二三四五六七八九十]+/, 'N');

/** A list opened inside a sentence; its total is the last amount before the marker. */
export function inlineList(base: ClaimBase, marker: string, total: AmountClaim, said: string): ListClaim {
  return { type: 'list', ...base, subject: total.subject, total: total.amount, exhaustive: false, marker: markerWord(marker), items: [], ...(SAYS_COMPLETE.test(said) ? { completeness: reading('binding', '列举完整', 'label', said) } : {}) };
}

/** The list whose items are the following paragraphs. */
export class ParagraphList {
  private open?: { list: ListClaim; paragraph: number; section: string; style: string; lastItemParagraph: number; lastParagraph: number; items: Set<StatedAmount> };

  get list(): ListClaim | undefined {
    return this.open?.list;
  }

  holds(a: StatedAmount): boolean {
    return !!this.open?.items.has(a);
  }

  close(): void {
    this.open = undefined;
  }

  /** A new paragraph: outside the list's section, after a paragraph that gave no item, or the list's next enumerated point, closes it. */
  enter(s: Sentence): void {
    const o = this.open;
    if (!o) return;
    if (s.section.join(' / ') !== o.section) return this.close();
    if (o.lastParagraph !== o.paragraph && o.lastItemParagraph !== o.lastParagraph) return this.close();
    if (o.style && enumStyle(s.text) === o.style) return this.close();
    o.lastParagraph = s.paragraph;
  }

  /** After a sentence: does it end with a marker? The total is the paragraph's last figure. */
  maybeOpen(s: Sentence, total: AmountClaim | undefined, base: ClaimBase, paragraphText: string): ListClaim | undefined {
    const m = LIST_END.exec(s.text.replace(/[。.]$/, ''));
    if (!m || !total || total.amount.role === 'prior') return undefined;
    const said = m[1];
    const list: ListClaim = { ...base, type: 'list', subject: total.subject, total: total.amount, exhaustive: false, marker: markerWord(m[1]), items: [], ...(SAYS_COMPLETE.test(said) ? { completeness: reading('binding', '列举完整', 'label', said) } : {}) };
    this.open = { list, paragraph: s.paragraph, section: s.section.join(' / '), style: enumStyle(paragraphText), lastItemParagraph: -1, lastParagraph: s.paragraph, items: new Set() };
    return list;
  }

  /** The first amount of each paragraph after the marker is an item, if the paragraph reads like one. */
  offer(claim: AmountClaim, s: Sentence, firstSentence: boolean): void {
    const open = this.open;
    if (!open || s.paragraph === open.paragraph || open.lastItemParagraph === s.paragraph) return;
    if (claim.amount.role !== (open.list.total?.role ?? 'actual')) return;
    const offset = (claim.amount.stated.ref.column ?? 1) - (s.ref.column ?? 1);
    if (!firstSentence || offset > 40 || /^\d{4}年/.test(s.text) || claim.scope) {
      this.open = undefined;
      return;
    }
    open.lastItemParagraph = s.paragraph;
    open.items.add(claim.amount);
    open.list.items.push({ subject: claim.subject, amount: claim.amount });
  }
}

/** The items name every part of the total in its table (支出合计 = 基本支出 + 项目支出). */
function allParts(list: ListClaim): boolean {
  const sets = list.total?.binding?.parts;
  if (!sets?.length) return false;
  const named = new Set<Cell>(list.items.map((it) => it.amount.binding?.cell).filter((c): c is Cell => !!c));
  return sets.some((set) => set.length > 0 && set.length === list.items.length && set.every((c) => named.has(c)));
}

/** Close lists: decide completeness with its evidence; attach each item's change; drop empty lists. */
export function finishLists(claims: Claim[]): void {
  const changeOf = new Map<StatedAmount, ChangeClaim>();
  for (const c of claims) if (c.type === 'change' && c.current && c.delta && !changeOf.has(c.current)) changeOf.set(c.current, c);
  for (const c of claims) {
    if (c.type !== 'list') continue;
    // Items that are all of the total's parts in its table make the list complete whatever its
    // marker says (主要用于以下方面 followed by every 类 of the table is the whole).
    if (c.items.length >= 2 && allParts(c)) {
      c.exhaustive = true;
      c.completeness = reading('binding', '列举完整', 'label', undefined, {
        note: { zh: '所列各项即表中全部组成项', en: 'the items listed are all the components in the table' },
      });
    } else if (/^主要/.test(c.marker)) c.exhaustive = false;
    else if (c.completeness && c.items.length >= 2) c.exhaustive = true;
    else if (c.marker === '其中' && c.items.length >= 2) {
      c.exhaustive = true;
      c.completeness = reading('binding', '列举完整', 'default', '其中', {
        alternative: { zh: '“其中”所列可能只是部分', en: 'what “其中” lists may be only some of the items' },
      });
    } else c.exhaustive = false;
    for (const it of c.items) {
      const ch = changeOf.get(it.amount);
      if (ch) it.change = ch;
    }
  }
  let w = 0;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.type === 'list' && c.items.length === 0) continue;
    claims[w++] = c;
  }
  claims.length = w;
}
