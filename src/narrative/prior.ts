/**
 * Last year's figure for a change claim: from the document's own prior-year column (基础数据表
 * 上年决算数), or — with --prior — from last year's document, bound through the same dictionary and
 * the same section heading.
 */
import type { LintDocument } from '../types';
import type { Binding, ChangeClaim } from './claim-types';
import { buildDictionary, SubjectEntry } from './subjects';
import { bindSubject } from './bind';

const cache = new WeakMap<LintDocument, SubjectEntry[]>();

function dictionaryOf(doc: LintDocument): SubjectEntry[] {
  let d = cache.get(doc);
  if (!d) {
    d = buildDictionary(doc);
    cache.set(doc, d);
  }
  return d;
}

export function priorBinding(doc: LintDocument, c: ChangeClaim): (Binding & { fromPriorDocument: boolean }) | undefined {
  if (c.priorBinding) return { ...c.priorBinding, fromPriorDocument: false };
  if (!doc.prior) return undefined;
  const year = /^(\d{4})年$/.exec(c.comparator)?.[1];
  if (c.comparator !== '上年' && !year) return undefined;
  // "比2022年" in a 2024 report is not last year's document
  const priorYear = /\d{4}/.exec(doc.prior.meta.year ?? '')?.[0];
  if (year && priorYear && year !== priorYear) return undefined;
  const b = bindSubject(dictionaryOf(doc.prior), { phrase: c.subject, role: 'actual', section: c.section });
  return b ? { ...b, label: `上年 ${b.label}`, fromPriorDocument: true } : undefined;
}
