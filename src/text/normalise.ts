/**
 * The project's one text normaliser: text as people type it → text the parsers read, keeping for
 * every character where it came from (so a finding still points at the printed column).
 *
 * - full-width digits and number punctuation (０-９ ． ， ％) become ASCII;
 * - whitespace is dropped (line breaks inside a sentence, "万 元", "12.50 万元"), except one space
 *   between two ASCII letters or digits ("PPP 项目" keeps nothing to lose; "12 34" stays two numbers).
 *
 * Names (table labels, subjects) are folded by `foldName`, one way for the whole project:
 * brackets to ASCII, quotes and spaces removed.
 */

const FULLWIDTH = /[０-９．％]|(?<=[0-9０-９])，(?=[0-9０-９]{3}(?![0-9０-９]))/g;

/**
 * Same-length normalisation of full-width digits, ． and ％; a full-width ， only as a thousands
 * separator (１，２３４) — elsewhere it is the sentence's comma and stays.
 */
export function halfWidth(s: string): string {
  return s.replace(FULLWIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export interface NormalisedText {
  text: string;
  /** origin[i] = index in the source of text[i]; origin[text.length] = source length. */
  origin: number[];
}

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u3000' || ch === '\u00a0';
const isAsciiWord = (ch: string | undefined): boolean => !!ch && /[A-Za-z0-9]/.test(ch);

/** Linear in the text's length. */
export function normaliseText(source: string): NormalisedText {
  const half = halfWidth(source);
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < half.length; i++) {
    const ch = half[i];
    if (isSpace(ch)) {
      let j = i;
      while (j + 1 < half.length && isSpace(half[j + 1])) j++;
      if (isAsciiWord(text[text.length - 1]) && isAsciiWord(half[j + 1]) && !/\d/.test(text[text.length - 1] + half[j + 1])) {
        text += ' ';
        origin.push(i);
      }
      i = j;
      continue;
    }
    text += ch;
    origin.push(i);
  }
  origin.push(half.length);
  return { text, origin };
}

/**
 * A label for matching (a table header, a row label, a form field): no whitespace or quotes, ASCII
 * brackets and colons, half-width digits. Unlike `foldName` it keeps every word (其中, 决算数,
 * enumerators), since recognizers read those.
 */
export function foldLabel(s: string): string {
  return halfWidth(s).replace(/[“”"‘’'「」『』\s\u3000]/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':');
}

/**
 * A name for lookup: no quotes, no spaces, ASCII brackets, no (类)/(款)/(项) tags, no leading
 * enumerator (一、 （一） 1.), no 决算 / 决算数, no leading 其中.
 */
export function foldName(s: string): string {
  return halfWidth(s)
    .replace(/[“”"‘’'「」\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\((类|款|项)\)/g, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^\([一二三四五六七八九十]+\)/, '')
    .replace(/^\d+[.、]/, '')
    .replace(/决算数?/g, '')
    .replace(/^其中[:：]?/, '');
}
