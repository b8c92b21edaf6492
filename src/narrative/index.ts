/**
 * Narrative → claims. Sentences are split, their section heading kept (sentences.ts), and each
 * number-bearing sentence read figure by figure into typed claims (parse.ts) whose subjects are bound
 * to the document's own figures — its tables, its self-evaluation tables — as readings with their
 * evidence (bind.ts, subjects.ts, scope.ts). Numbers that cannot be bound are not guessed: their
 * sentences are listed as not understood, and the engine withholds findings on them. README.md here
 * "How a sentence is read" walks one sentence through these steps.
 */
import type { Claim, LintDocument, SourceRef } from '../types';
import { splitSentences } from './sentences';
import { buildDictionary } from './subjects';
import { ClaimBuilder } from './parse';
import { coverage } from './understood';
import { procurementClaims } from './procurement';
import { readProjectClaims } from './projects/read';

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
  builder.claims.push(...procurementClaims(builder.claims, doc.meta.year));
  readProjectClaims(builder.results, builder.claims, { projects: doc.evaluations, ...(doc.meta.department ? { department: doc.meta.department } : {}), ...(doc.meta.year ? { year: doc.meta.year } : {}) });
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
