/** "Did you mean": the closest known name by edit distance (fastest-levenshtein), when close enough. */
import { distance } from 'fastest-levenshtein';

export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  // Close enough: a third of the name's length (at least 2 edits), like most CLIs' suggestions.
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export function didYouMean(name: string, known: Iterable<string>, lang: 'zh' | 'en'): string {
  const s = closest(name, known);
  if (!s) return '';
  return lang === 'en' ? ` (did you mean ${s}?)` : `（是不是 ${s}？）`;
}
