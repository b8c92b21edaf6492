/**
 * Line wrapping for CJK terminals (a no-break space U+00A0 binds a label to its figure): widths by string-width (a Han character is two columns), breaks
 * between Han characters or at spaces, never inside a number or a Latin word, and no line starting
 * with closing punctuation (，。）」 …) or ending with opening punctuation (（「“ …).
 */
import stringWidth from 'string-width';

const WIDE = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’「」『』【】《》…—';
const ATOM = new RegExp(`[ \\t\\r\\n]+|[${WIDE}]|[^ \\t\\r\\n${WIDE}]+`, 'gu');
const SPACE = /^[ \t\r\n]/;
const CLOSING = /^[，。；：、！？）」』”’》】%％,.;:!?)\]…]/u;
const OPENING = /[（「『“‘《【(\[]$/u;

/** The text cut into unbreakable pieces; whitespace pieces are break points. */
export function atoms(text: string): string[] {
  const raw = text.match(ATOM) ?? [];
  const out: string[] = [];
  for (const a of raw) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !SPACE.test(a) && !SPACE.test(prev) && (CLOSING.test(a) || OPENING.test(prev))) out[out.length - 1] = prev + a;
    else out.push(a);
  }
  return out;
}

/**
 * Greedy wrap to `width` columns. The first line has `first` columns less room taken by what
 * precedes it; every line after it is indented by `indent` spaces (a hanging indent). A piece
 * wider than a line is put on a line of its own, never split.
 */
export function wrap(text: string, width: number, indent: number, first = indent): string[] {
  if (!(width > 0)) return [text];
  const lines: string[] = [];
  let line = '';
  let room = Math.max(10, width - first);
  for (const a of atoms(text)) {
    if (SPACE.test(a)) {
      if (line) line += ' ';
      continue;
    }
    if (line && stringWidth(line + a) > room) {
      lines.push(line.trimEnd());
      line = '';
      room = Math.max(10, width - indent);
    }
    line += a;
  }
  if (line || !lines.length) lines.push(line.trimEnd());
  return lines;
}

export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
