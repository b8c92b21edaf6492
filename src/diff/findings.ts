/**
 * Findings introduced / resolved between two versions, matched by meaning: rule id + message id +
 * the semantic key of the cell (table, row key, column) — not by A1 address, so a finding that
 * merely moved down with an inserted row is neither introduced nor resolved.
 */
import type { LintDocument, LintMessage, LintResult } from '../types';

/** Narrative findings are keyed by their sentence with the figures blanked out. */
function paragraphKey(doc: LintDocument, m: LintMessage): string | null {
  if (!m.line) return null;
  const file = m.file ?? doc.id;
  const p = doc.narrative.find((x) => x.ref.line === m.line && (x.ref.file === file || !m.file));
  return p ? p.text.replace(/[-+]?\d[\d,]*(\.\d+)?/g, '#').replace(/\s+/g, '') : null;
}

export function findingKey(doc: LintDocument, index: Map<string, string>, m: LintMessage): string {
  const head = `${m.ruleId ?? ''}|${m.messageId ?? ''}|${m.tailOf ?? ''}`;
  if (m.fatal) return `fatal|${m.message}`;
  if (m.sheet !== undefined && m.cell) {
    const file = m.file ?? doc.id;
    const k = index.get(`${file}\u0000${m.sheet}\u0000${m.cell}`) ?? [...doc.inputs].map((f) => index.get(`${f}\u0000${m.sheet}\u0000${m.cell}`)).find(Boolean);
    if (k) return `${head}|${k}`;
    // A cell outside the ledger: fall back to table title + address.
    return `${head}|${m.table ?? m.sheet}|@${m.cell}`;
  }
  const p = paragraphKey(doc, m);
  return p ? `${head}|text:${p}` : `${head}|line:${m.line}:${m.message}`;
}

export function compareFindings(
  oldDoc: LintDocument,
  newDoc: LintDocument,
  oldIndex: Map<string, string>,
  newIndex: Map<string, string>,
  oldResult: LintResult,
  newResult: LintResult,
): { introduced: LintMessage[]; resolved: LintMessage[]; unchanged: number } {
  const pending = new Map<string, LintMessage[]>();
  for (const m of oldResult.messages) {
    const k = findingKey(oldDoc, oldIndex, m);
    pending.set(k, [...(pending.get(k) ?? []), m]);
  }
  const introduced: LintMessage[] = [];
  let unchanged = 0;
  for (const m of newResult.messages) {
    const k = findingKey(newDoc, newIndex, m);
    const list = pending.get(k);
    if (list?.length) {
      list.shift();
      unchanged++;
    } else introduced.push(m);
  }
  const resolved = [...pending.values()].flat();
  return { introduced, resolved, unchanged };
}
