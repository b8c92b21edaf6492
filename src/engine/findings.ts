/** Finding[] → Finding[] steps: dedupe and a stable order (file, sheet order, row, column). */
import type { LintMessage } from '../types';

export function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = [m.ruleId, m.tailOf, m.file, m.sheet, m.cell, m.line, m.column, m.messageId, m.actual, m.expected].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortMessages(messages: LintMessage[], sheetOrder: string[]): LintMessage[] {
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  const rank = (m: LintMessage): number => (m.sheet !== undefined ? order.get(m.sheet) ?? sheetOrder.length : sheetOrder.length + 1);
  return [...messages].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      rank(a) - rank(b) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId ?? '').localeCompare(b.ruleId ?? ''),
  );
}
