import type { Lang } from '../types';
import type { BudgetLintError } from '../errors';
import { zh } from './zh';
import { en } from './en';

/** Replace {{name}} placeholders; unknown placeholders are left visible so tests catch them. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : m));
}

export function renderError(e: BudgetLintError, lang: Lang, override: Record<string, string> = {}): string {
  const table = lang === 'en' ? en : zh;
  return interpolate(table[e.messageId], { ...e.data, ...override });
}
