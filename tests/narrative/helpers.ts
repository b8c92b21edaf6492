import fs from 'node:fs';
import path from 'node:path';
/** Documents with a narrative, parsed by the real claim extractor (for parser and rule tests). */
import type { LintDocument } from '../../src/types';
import { extractNarrative } from '../../src/narrative';
import { doc, paragraphs } from '../helpers/ledger';
import { seed000Doc } from './seed000';

/** Paragraph lines (line i+1) under the given headings, claims extracted against `base`. */
export function withNarrative(base: LintDocument, lines: string[]): LintDocument {
  const d: LintDocument = { ...base, narrative: paragraphs(lines) };
  const x = extractNarrative(d);
  d.claims = x.claims;
  d.narrativeStats = { sentencesWithNumbers: x.sentencesWithNumbers, notUnderstood: x.notUnderstood };
  return d;
}

/** Seed 000's ledger (optionally with some figures overridden) plus the given narrative lines. */
export function seed000With(lines: string[], over: Record<string, string> = {}, parts: Partial<LintDocument> = {}): LintDocument {
  return withNarrative(seed000Doc(parts, over), lines);
}

/** A document without tables: only the narrative's own arithmetic can be checked. */
export function bare(lines: string[], parts: Partial<LintDocument> = {}): LintDocument {
  return withNarrative(doc(parts), lines);
}

/** The paragraphs of a fixtures/narrative-arith file (scripts/fixtures/narrative-arith.js, from seed 000 and sh-plan). */
export function arithFixture(name: string): string[] {
  return fs
    .readFileSync(path.join(__dirname, '../../fixtures/narrative-arith', name), 'utf8')
    .split(/\n+/)
    .filter((l) => l.trim());
}
