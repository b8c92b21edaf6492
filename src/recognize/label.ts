/**
 * Label text for matching, for every recognizer: src/text's foldLabel (ASCII brackets and colons,
 * no spaces or quotes, half-width digits), cached because workbooks repeat the same labels on every
 * page and table. Patterns matched against it write ( ) : in ASCII.
 */
import { foldLabel } from '../text';

const NORMED = new Map<string, string>();
const NORMED_MAX = 20000;
/** Long texts (paragraphs in a cell) seldom repeat: not kept. */
const NORMED_LONGEST = 200;

export function norm(text: string): string {
  const known = NORMED.get(text);
  if (known !== undefined) return known;
  const out = foldLabel(text);
  if (text.length <= NORMED_LONGEST) {
    if (NORMED.size >= NORMED_MAX) NORMED.clear();
    NORMED.set(text, out);
  }
  return out;
}
