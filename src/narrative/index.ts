/**
 * Narrative → claims. Sentences are split, their section heading kept, and each number-bearing
 * sentence parsed into typed claims bound to the document's own vocabulary (its tables, its
 * self-evaluation tables). Numbers that cannot be bound are not guessed: they are reported as not
 * understood.
 */
import type { Claim, LintDocument, SourceRef } from '../types';
import { splitSentences } from './sentences';
import { buildDictionary } from './subjects';
import { ClaimBuilder } from './parse';
import { coverage } from './understood';

export interface NarrativeExtraction {
  claims: Claim[];
  sentencesWithNumbers: number;
  notUnderstood: { text: string; ref: SourceRef }[];
}

/** Called once per document after recognition (tables and evaluations are available). */
export function extractNarrative(doc: LintDocument): NarrativeExtraction {
  if (!doc.narrative.length) return { claims: [], sentencesWithNumbers: 0, notUnderstood: [] };
  const builder = new ClaimBuilder(buildDictionary(doc), { ...(doc.meta.year ? { year: doc.meta.year } : {}), projects: doc.evaluations });
  for (const s of splitSentences(doc.narrative)) {
    try {
      builder.add(s);
    } catch {
      // a sentence the parser trips over is reported as not understood, never fatal for the document
      builder.skip(s);
    }
  }
  builder.finish();
  const cov = coverage(builder.results, builder.claims);
  return {
    claims: builder.claims,
    sentencesWithNumbers: cov.sentencesWithNumbers,
    notUnderstood: cov.notUnderstood.map((r) => ({ text: r.sentence.text, ref: r.sentence.ref })),
  };
}

export { splitSentences } from './sentences';
export { findNumbers } from './numbers';
export type { Sentence } from './sentences';
