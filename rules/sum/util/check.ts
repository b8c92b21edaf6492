/**
 * @fileoverview Shared plumbing of the sum/* and cross/* rules: run one rounding-model check
 * (checkSum / checkSame) and turn its verdict into a report — nothing for 'equal', a tail for
 * 'tail', a finding for 'error' — with `at` on the stated figure and the parts as `related`.
 * (Candidate for src/ledger/ as `reportVerdict`; see the sum/cross report.)
 */
import type { Cell, LedgerRow, LedgerTable, Related, SourceRef } from '../../../src/types';
import type { RuleContext } from '../../../src/engine/rule';
import { checkSum, isBlank, type Verdict } from '../../../src/ledger/check';
import { BUDGET_KINDS } from '../../../src/ledger/budget-kinds';
import { fmt } from '../../../src/ledger/decimal';
import {
  FINAL_02_COLUMNS,
  FINAL_03_COLUMNS,
  FINAL_04_EXPENSE_COLUMNS,
  FINAL_05_COLUMNS,
  FINAL_07_COLUMNS,
  FINAL_09_COLUMNS,
  FINAL_KINDS,
} from '../../../src/ledger/table-kinds';
import { rowLabel } from '../../../src/ledger/lookup';

/** One addend of an identity. A blank or missing cell counts as 0. */
export interface Part {
  label: string;
  cell: Cell | undefined;
  sign?: 1 | -1;
}

export interface SumCheck<M extends string> {
  messageId: M;
  /** Placeholders other than actual / expected (those are filled from the verdict). */
  data: Record<string, string | number>;
  /** The stated figure. */
  total: Cell | undefined;
  /** Where the stated figure sits (used when the cell itself is missing). */
  at: SourceRef;
  parts: Part[];
  /** Severity override for soft checks. */
  severity?: 1 | 2;
  /**
   * Report only when the verdict's difference (stated − computed) has this sign; used for
   * one-sided checks (a ≤ b). Omitted: any difference.
   */
  onlyIf?: 'statedLess' | 'statedGreater';
  /**
   * Report a blank stated total as "0" (a blank 资产总额 over non-zero items is a wrong figure, not
   * a missing one) instead of 0 at the parts' precision.
   */
  blankAsZero?: boolean;
}

/** Human name of a table for messages: its printed title, else the canonical 决算 / 预算 name. */
export function tableName(t: LedgerTable): string {
  const canonical = (FINAL_KINDS as Record<string, string>)[t.kind] ?? (BUDGET_KINDS as Record<string, string>)[t.kind];
  return t.title && t.title !== t.kind ? t.title : canonical ?? t.kind;
}

const AMOUNT = { amount: '金额' };

const CANONICAL_COLUMNS: Record<string, Record<string, string>> = {
  'final-01': AMOUNT,
  'final-02': FINAL_02_COLUMNS,
  'final-03': FINAL_03_COLUMNS,
  'final-04': { ...FINAL_04_EXPENSE_COLUMNS, ...AMOUNT },
  'final-05': FINAL_05_COLUMNS,
  'final-07': FINAL_07_COLUMNS,
  'final-08': FINAL_05_COLUMNS,
  'final-06': AMOUNT,
  'final-09': FINAL_09_COLUMNS,
  'final-10': AMOUNT,
};

/** Printed label of a column, else its canonical name for the table kind ('basic' → 基本支出). */
export function colName(t: LedgerTable, key: string): string {
  const printed = t.columns.find((c) => c.key === key)?.label;
  if (printed && printed !== key) return printed;
  return CANONICAL_COLUMNS[t.kind]?.[key] ?? key;
}

export function hasColumn(t: LedgerTable, key: string): boolean {
  return t.columns.some((c) => c.key === key);
}

/** The cell's own address, or the row's when the cell does not exist. */
export function refOf(row: LedgerRow, col: string): SourceRef {
  return row.cells.get(col)?.ref ?? row.ref;
}

/** A part taken from a table cell, labelled "201 一般公共服务支出「基本支出」". */
export function cellPart(t: LedgerTable, row: LedgerRow, col: string, label?: string): Part {
  return { label: label ?? `${rowLabel(row)}「${colName(t, col)}」`, cell: row.cells.get(col) };
}

export function relatedOf(parts: Part[]): Related[] {
  return parts
    .filter((p) => p.cell)
    .map((p) => {
      const c = p.cell as Cell;
      return {
        label: p.sign === -1 ? `−${p.label}` : p.label,
        ...(c.ref.file ? { file: c.ref.file } : {}),
        ...(c.ref.sheet !== undefined ? { sheet: c.ref.sheet } : {}),
        ...(c.ref.cell !== undefined ? { cell: c.ref.cell } : {}),
        value: c.value === null ? '0' : fmt(c.value, c.decimals),
      };
    });
}

/** Check stated = Σ parts under the rounding model and report per the verdict. */
export function reportSum<M extends string>(ctx: RuleContext<M>, c: SumCheck<M>): Verdict {
  const v = checkSum(
    c.total,
    c.parts.map((p) => ({ cell: p.cell, sign: p.sign ?? 1 })),
    { tolerance: ctx.tolerance },
  );
  ctx.identity(c.total?.ref ?? c.at);
  if (v.kind === 'equal') return v;
  if (c.onlyIf === 'statedLess' && !v.difference.isNegative()) return v;
  if (c.onlyIf === 'statedGreater' && !v.difference.isPositive()) return v;
  const blank = c.blankAsZero === true && isBlank(c.total);
  const actual = blank ? '0' : v.actual;
  ctx.report({
    messageId: c.messageId,
    data: { ...c.data, actual: blank ? '（空白）0' : actual, expected: v.expected },
    at: c.total?.ref ?? c.at,
    related: relatedOf(c.parts),
    uses: [c.total, ...c.parts.map((p) => p.cell)],
    actual,
    expected: v.expected,
    ...(v.kind === 'tail' ? { tail: true, truncated: v.truncated } : {}),
    ...(c.severity && v.kind === 'error' ? { severity: c.severity } : {}),
  });
  return v;
}

/** Class name without its printed ordinal and spacing: "一、一般公共服务支出" → "一般公共服务支出". */
export function normName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/^(?:[一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十百零〇]+[)）])/, '')
    .replace(/^\d+[、．.]/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/**
 * Cross-table checks compare figures of two tables: when both state a unit and the units differ
 * (三公 in 元, the rest in 万元), the check is skipped with a reason rather than misread.
 */
export function unitsDiffer<M extends string>(ctx: RuleContext<M>, a: LedgerTable, b: LedgerTable): boolean {
  if (!a.unit || !b.unit || a.unit === b.unit) return false;
  ctx.skip(`${tableName(a)}（${a.unit}）与${tableName(b)}（${b.unit}）金额单位不同，未核对`);
  return true;
}
