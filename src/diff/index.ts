/**
 * `budget-lint diff OLD NEW`: a semantic diff keyed by (table kind, subject code / row key / row
 * name, column key) — values changed / added / removed, rows and tables added / removed, findings
 * introduced / resolved. Inserted rows do not shift anything, because no key is an A1 address.
 */
import type { LintDocument, LintResult } from '../types';
import type { DiffResult } from './types';
import { cellIndex, keyDocument } from './keys';
import { compareTables } from './values';
import { compareFindings } from './findings';

export type { DiffResult, KeyedValue, RowChange, TableChange, ValueChange } from './types';

export function diffDocuments(oldDoc: LintDocument, newDoc: LintDocument, oldResult: LintResult, newResult: LintResult): DiffResult {
  const oldT = keyDocument(oldDoc);
  const newT = keyDocument(newDoc);
  const { tables, rows, values } = compareTables(oldT, newT);
  const findings = compareFindings(oldDoc, newDoc, cellIndex(oldT), cellIndex(newT), oldResult, newResult);
  return {
    old: { id: oldDoc.id, inputs: oldDoc.inputs },
    new: { id: newDoc.id, inputs: newDoc.inputs },
    tables,
    rows,
    values,
    findings,
    newErrors: findings.introduced.filter((m) => m.severity === 2).length,
  };
}
