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
import { scopeKey, type Scope } from './scope';
import { D } from '../ledger/decimal';

const scopeOf = (s: Scope | undefined): string => (s ? scopeKey(s) : '');

export const LIST_MARK = /(其中|主要包括|主要用于(以下方面)?|具体包括|主要为|包括)[：:]?/;
export const LIST_END = /(其中|主要包括|主要用于以下方面|主要用于以下几个方面|主要用于|具体包括|包括|具体如下|分别为|分别是)[：:]?$/;
const SAYS_COMPLETE = /分别|具体如下|如下|^包括|^具体包括/;
/** A sentence that continues the item before it (its change, its reason), not a new item. */
const CONTINUES_ITEM = /^(较|比|与|同比|主要原因|原因|其中)/;
const ENUMERATOR = /^(\d{1,2}[、.．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

const markerWord = (m: string): string => m.replace(/[：:]$/, '').replace(/以下.*$/, '');
const enumStyle = (text: string): string => (ENUMERATOR.exec(text)?.[1] ?? '').replace(/\d+|[一二三四五六七八九十]+/, 'N');

/** A list opened inside a sentence; its total is the last amount before the marker. */
export function inlineList(base: ClaimBase, marker: string, total: AmountClaim, said: string): ListClaim {
  return { type: 'list', ...base, subject: total.subject, total: total.amount, exhaustive: false, marker: markerWord(marker), items: [], ...(SAYS_COMPLETE.test(said) ? { completeness: reading('binding', '列举完整', 'label', said) } : {}) };
}

/** Which figure of an item a list sums: 决算, 年初 / 全年 / bare 预算. */
const roleKey = (a: StatedAmount): string => (a.role === 'budget' ? `budget:${a.budgetKind ?? 'bare'}` : a.role ?? 'actual');

/** A list summing another figure of the same items (the lead's 年初预算 beside its 决算) → the list it follows. */
const companionOf = new WeakMap<ListClaim, ListClaim>();

interface OpenList {
  /** The list of the lead's last figure first, then one per other figure of the lead sentence. */
  lists: { key: string; list: ListClaim }[];
  /** The total's scope (scope.ts scopeKey). */
  scope: string;
  section: string;
  style: string;
  items: Set<StatedAmount>;
  /** 'points': the items are enumerated points (1、 2、 …), each one item whatever its sentences. */
  mode?: 'points' | 'sentences';
  pointStyle?: string;
  /** The current sentence (or point): a candidate item, whether it had figures, what it gave. */
  candidate: boolean;
  figures: boolean;
  given: Map<string, number>;
  added: { list: ListClaim; amount: StatedAmount }[];
  /** Points seen, and points that gave an item of the first list. */
  points: number;
  pointsGiven: number;
  /** How the first item ended: '；' (clauses of one sentence), '。' (whole sentences), 'series' (A、B in one sentence). */
  ends?: '；' | '。' | 'series';
  shape?: string;
}

/**
 * The list whose items are the sentences after its marker ("…完成年初预算的85.04%。其中：" then
 * "一般公共服务支出…。较上年…。教育支出…。"), whether those sentences are paragraphs of their own or run
 * on in one paragraph: layout never changes what the list holds.
 *
 * - Each following sentence that reads like an item gives its first figure of the total's role (and
 *   the further ones of a series "A x万元、B y万元"); a sentence that opens with 较/比 or 主要原因
 *   continues its item, and one without figures is neutral.
 * - Items ended by "；" are one sentence's clauses: the list ends with the "。" that ends them; a
 *   series in one sentence ends with it. Items that are whole sentences go on while each has the
 *   first one's shape (the same kinds of figure in the same order), so a later sentence on another
 *   topic is no item.
 * - Items that are enumerated points (1、 2、 …) are one item each, whatever their sentences; every
 *   point must give one, or the list is dropped.
 * - The lead sentence's other figures (年初预算 beside 决算) get a list of their own over the same
 *   items, kept only when every item gives one.
 * - It ends at another section, at the next point of the enumeration it was opened in (2、 → 3、),
 *   and at a sentence with figures that gives no item.
 */
export class FollowingList {
  private open?: OpenList;

  get list(): ListClaim | undefined {
    return this.open?.lists[0].list;
  }

  holds(a: StatedAmount): boolean {
    return !!this.open?.items.has(a);
  }

  close(): void {
    const o = this.open;
    this.open = undefined;
    if (!o) return;
    const main = o.lists[0].list;
    if (o.mode === 'points' && o.pointsGiven < o.points) main.items.length = 0;
    for (const { list } of o.lists.slice(1)) if (list.items.length !== main.items.length) list.items.length = 0;
  }

  /** A new sentence: outside the list's section, or the next point of its own enumeration, closes it. */
  enter(s: Sentence): void {
    const o = this.open;
    if (!o) return;
    if (s.section.join(' / ') !== o.section) return this.close();
    const style = enumStyle(s.text);
    if (o.style && style === o.style) return this.close();
    if (!o.mode && o.pointStyle === undefined) {
      if (style) {
        o.mode = 'points';
        o.pointStyle = style;
      }
    }
    if (o.mode === 'points') {
      if (!style) return; // a sentence inside the current point
      if (style !== o.pointStyle) return this.close();
      o.points++;
      o.candidate = true;
      o.given = new Map();
      return;
    }
    o.candidate = !CONTINUES_ITEM.test(s.text);
    o.given = new Map();
    o.figures = false;
    o.added = [];
  }

  /** After a sentence: decide whether the list goes on (see the class comment). */
  endSentence(s: Sentence, shape: string): void {
    const o = this.open;
    if (!o || o.mode === 'points') return;
    const mainGiven = o.given.get(o.lists[0].key) ?? 0;
    if (o.candidate && o.figures && !mainGiven) return this.close();
    if (!mainGiven) return;
    const mark = /[；;]$/.test(s.text) ? '；' : '。';
    if (!o.ends) {
      o.mode = 'sentences';
      o.ends = mainGiven > 1 ? 'series' : mark;
      o.shape = shape;
    } else if (o.ends === '。' && shape !== o.shape) {
      for (const { list, amount } of o.added) {
        const i = list.items.findIndex((it) => it.amount === amount);
        if (i >= 0) list.items.splice(i, 1);
      }
      return this.close();
    }
    if (o.ends === 'series' || (o.ends === '；' && mark === '。')) this.close();
  }

  /**
   * "其中基本支出X万元，包括…；项目支出Y万元。": a list opened inside a sentence that ends at its "；"
   * (the parser calls this only when an item's own list took that sentence's commas) goes on into the
   * clauses that follow, as items ended by "；" do (the list ends with their "。").
   */
  continueInline(list: ListClaim, s: Sentence): void {
    if (!list.total || !list.items.length || list.total.role === 'prior') return;
    this.close();
    this.open = {
      lists: [{ key: roleKey(list.total), list }],
      scope: scopeOf(list.scope),
      section: s.section.join(' / '),
      style: enumStyle(s.text),
      items: new Set(list.items.map((it) => it.amount)),
      candidate: false,
      figures: false,
      given: new Map(),
      added: [],
      points: 0,
      pointsGiven: 0,
      mode: 'sentences',
      ends: '；',
    };
  }

  /** A figure of the current sentence was read (any kind): the sentence has figures. */
  sawFigure(): void {
    if (this.open) this.open.figures = true;
  }

  /**
   * After a sentence: does it end with a marker? The total is the paragraph's last figure; the
   * lead sentence's other figures (`lead`) each get a companion list.
   */
  maybeOpen(s: Sentence, total: AmountClaim | undefined, base: ClaimBase, paragraphText: string, lead: AmountClaim[], totalReading?: ListClaim['totalReading']): ListClaim[] {
    const m = LIST_END.exec(s.text.replace(/[。.]$/, ''));
    if (!m || !total || total.amount.role === 'prior') return [];
    this.close();
    const said = m[1];
    const make = (t: AmountClaim): ListClaim => ({ ...base, type: 'list', subject: t.subject, total: t.amount, exhaustive: false, marker: markerWord(m[1]), items: [], ...(SAYS_COMPLETE.test(said) ? { completeness: reading('binding', '列举完整', 'label', said) } : {}), ...(totalReading ? { totalReading } : {}) });
    const lists = [{ key: roleKey(total.amount), list: make(total) }];
    for (let i = lead.length - 1; i >= 0; i--) {
      const a = lead[i];
      const key = roleKey(a.amount);
      if (a.amount.role === 'prior' || scopeOf(a.scope) !== scopeOf(total.scope) || lists.some((l) => l.key === key)) continue;
      const list = make(a);
      companionOf.set(list, lists[0].list);
      lists.push({ key, list });
    }
    this.open = { lists, scope: scopeOf(total.scope), section: s.section.join(' / '), style: enumStyle(paragraphText), items: new Set(), candidate: false, figures: false, given: new Map(), added: [], points: 0, pointsGiven: 0 };
    return lists.map((l) => l.list);
  }

  /**
   * An amount of the current sentence: the first of each list's figure in a candidate sentence is
   * an item if it comes early and names no other year or scope; a further one of the first list's
   * figure is an item when a series names it ("、" or "，" before its own subject, outside brackets).
   * In a point, the first of each figure anywhere in the point.
   */
  offer(claim: AmountClaim, s: Sentence, shape: string, gap: string, subjectPrinted: boolean, rolePrinted = true): void {
    const o = this.open;
    // an item speaks of its total's scope (部门整体 … as its total); one of another year or subset is no item
    if (!o || !o.candidate || scopeOf(claim.scope) !== o.scope) return;
    const key = roleKey(claim.amount);
    let at = o.lists.findIndex((l) => l.key === key);
    // an item that prints no role word is of its total's kind ("支出预算X万元。其中：基本支出Y万元；…")
    if (at < 0 && !rolePrinted && o.lists[0].key.startsWith('budget')) at = 0;
    if (at < 0) return;
    const given = o.given.get(key) ?? 0;
    if (o.mode === 'points') {
      if (given) return;
      if (at === 0) o.pointsGiven++;
      return this.add(at, claim);
    }
    if (given) {
      if (at === 0 && o.ends !== '；' && o.ends !== '。' && subjectPrinted && /[、，,]/.test(gap) && !/[（(][^）)]*$/.test(gap)) this.add(at, claim);
      return;
    }
    const offset = (claim.amount.stated.ref.column ?? 1) - (s.ref.column ?? 1);
    if (offset > 40 || /^\d{4}年/.test(s.text) || (at === 0 && o.ends === '。' && o.shape !== undefined && !o.shape.startsWith(shape))) {
      if (at === 0) this.close();
      return;
    }
    this.add(at, claim);
  }

  private add(at: number, claim: AmountClaim): void {
    const o = this.open!;
    const { key, list } = o.lists[at];
    o.given.set(key, (o.given.get(key) ?? 0) + 1);
    o.items.add(claim.amount);
    o.added.push({ list, amount: claim.amount });
    list.items.push({ subject: claim.subject, amount: claim.amount });
  }
}

/** The items name every part of the total in its table (支出合计 = 基本支出 + 项目支出). */
function allParts(list: ListClaim): boolean {
  const sets = list.total?.binding?.parts;
  if (!sets?.length) return false;
  const named = new Set<Cell>(list.items.map((it) => it.amount.binding?.cell).filter((c): c is Cell => !!c));
  return sets.some((set) => set.length > 0 && set.length === list.items.length && set.every((c) => named.has(c)));
}

/**
 * Every item states its share of the total (占7.74%) and the shares add up to 100 % within their
 * rounding (half a unit of the last printed decimal each): the items are the whole, whatever the
 * marker (主要用于以下方面) says — a reader with no table at hand can still tell.
 */
function sharesMakeWhole(list: ListClaim): boolean {
  let sum = new D(0);
  let slack = new D(0);
  for (const it of list.items) {
    const p = it.percent;
    if (!p?.value) return false;
    sum = sum.plus(p.value);
    slack = slack.plus(new D(10).pow(-Math.max(0, p.decimals)).div(2));
  }
  return sum.minus(100).abs().lte(slack);
}

/** Close lists: decide completeness with its evidence; attach each item's change; drop empty lists. */
export function finishLists(claims: Claim[]): void {
  const changeOf = new Map<StatedAmount, ChangeClaim>();
  for (const c of claims) if (c.type === 'change' && c.current && c.delta && !changeOf.has(c.current)) changeOf.set(c.current, c);
  for (const c of claims) {
    if (c.type !== 'list') continue;
    // Items that are all of the total's parts in its table make the list complete whatever its
    // marker says (主要用于以下方面 followed by every 类 of the table is the whole).
    const main = companionOf.get(c);
    if (main && main.exhaustive && main.completeness?.strength === 'strong' && main.items.length === c.items.length) {
      // the same items as a list shown complete: the lead's other figure is theirs too
      c.exhaustive = true;
      c.completeness = reading('binding', '列举完整', 'label', undefined, {
        note: { zh: '各项即同一列表中已核为完整的各项', en: 'the same items as a list found complete' },
      });
    } else if (c.items.length >= 2 && allParts(c)) {
      c.exhaustive = true;
      c.completeness = reading('binding', '列举完整', 'label', undefined, {
        note: { zh: '所列各项即表中全部组成项', en: 'the items listed are all the components in the table' },
      });
    } else if (c.items.length >= 2 && sharesMakeWhole(c)) {
      c.exhaustive = true;
      c.completeness = reading('binding', '列举完整', 'arithmetic', undefined, {
        note: { zh: '各项所占比例合计为100%', en: 'the items’ shares add up to 100 %' },
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
