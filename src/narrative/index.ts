/**
 * Narrative → claims. Sentences are split, their section heading kept, and each number-bearing
 * sentence parsed into typed claims bound to the document's own vocabulary.
 */
import type { Claim, LintDocument, SourceRef } from '../types';

export interface NarrativeExtraction {
  claims: Claim[];
  sentencesWithNumbers: number;
  notUnderstood: { text: string; ref: SourceRef }[];
}

/** Called once per document after recognition (tables and evaluations are available). */
export function extractNarrative(doc: LintDocument): NarrativeExtraction {
  void doc;
  return { claims: [], sentencesWithNumbers: 0, notUnderstood: [] };
}
