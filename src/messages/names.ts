/**
 * User-facing names for the internal vocabulary (table kinds, requirements): a reader sees
 * 公开10 / "Table 10" and 项目绩效自评表 / "project self-evaluations", never final-10 or
 * deptEvaluations.
 */
import type { Lang } from '../types';
import { FINAL_KINDS } from '../ledger/table-kinds';
import { BUDGET_KINDS } from '../ledger/budget-kinds';

const FINAL_EN: Record<string, string> = {
  'final-01': 'Table 01 (income and expenditure summary)',
  'final-02': 'Table 02 (income)',
  'final-03': 'Table 03 (expenditure)',
  'final-04': 'Table 04 (fiscal appropriation summary)',
  'final-05': 'Table 05 (general public budget expenditure)',
  'final-06': 'Table 06 (general public budget basic expenditure by economic class)',
  'final-07': 'Table 07 (government fund budget)',
  'final-08': 'Table 08 (state capital budget)',
  'final-09': 'Table 09 ("three public" expenses)',
  'final-10': 'Table 10 (disclosure statistics)',
};

const BUDGET_EN: Record<string, string> = {
  'budget-summary': 'budget summary table',
  'budget-income': 'budget income table',
  'budget-expense': 'budget expenditure table',
  'budget-fiscal-summary': 'fiscal appropriation budget summary',
  'budget-gpb-expense': 'general public budget expenditure table',
  'budget-gpb-basic': 'general public budget basic expenditure table',
  'budget-fund': 'government fund budget table',
  'budget-soe': 'state capital budget table',
  'budget-sangong': '"three public" expenses budget table',
  'budget-procurement': 'government procurement budget table',
  'budget-assets': 'fixed assets table',
  'budget-project-expense': 'project expenditure table',
  'budget-perf-target': 'project performance targets table',
};

const OTHER: Record<string, Record<Lang, string>> = {
  evaluations: { zh: '项目绩效自评表', en: 'project self-evaluations' },
  deptEvaluations: { zh: '部门整体绩效自评表', en: 'department self-evaluation' },
  narrative: { zh: '情况说明', en: 'narrative' },
  claims: { zh: '情况说明中可核对的数字', en: 'checkable figures in the narrative' },
  prior: { zh: '上年文件（--prior）', en: "last year's document (--prior)" },
};

/** A table kind or a rule requirement as a reader should see it. */
export function kindName(kind: string, lang: Lang): string {
  const m = /^final-(\d\d)$/.exec(kind);
  if (m) return lang === 'en' ? FINAL_EN[kind] ?? `Table ${m[1]}` : `公开${m[1]} ${FINAL_KINDS[kind as keyof typeof FINAL_KINDS] ?? ''}`.trim();
  if (kind in BUDGET_KINDS) return lang === 'en' ? BUDGET_EN[kind] ?? kind : BUDGET_KINDS[kind as keyof typeof BUDGET_KINDS];
  return OTHER[kind]?.[lang] ?? kind;
}

/** "缺少 公开10、情况说明" / "needs Table 10, narrative". */
export function missingText(kinds: string[], lang: Lang, any = false): string {
  const names = kinds.map((k) => kindName(k, lang));
  if (lang === 'en') return any ? `needs one of ${names.join(' / ')}` : `needs ${names.join(', ')}`;
  return any ? `缺少 ${names.join(' / ')} 中任何一个` : `缺少 ${names.join('、')}`;
}
