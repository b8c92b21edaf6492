/**
 * Binding a subject phrase to a ledger figure. The longest dictionary name the phrase ends with
 * wins; the section heading says which table to prefer (三、支出决算 → 公开03); among equally good
 * candidates one whose value agrees with the stated figure is taken. No match → no binding: the
 * number is not guessed at.
 */
import type Decimal from 'decimal.js';
import type { Binding, FigureRole } from './claim-types';
import { normName, SubjectEntry } from './subjects';

const SECTION_TABLES: [RegExp, string[]][] = [
  [/收入支出决算总体/, ['final-01']],
  [/财政拨款收支决算总体|财政拨款收入支出决算总体/, ['final-04']],
  [/收入决算/, ['final-02', 'final-01']],
  [/一般公共预算财政拨款基本支出|基本支出决算/, ['final-06', 'final-05']],
  [/一般公共预算财政拨款支出/, ['final-05', 'final-01']],
  [/支出决算情况/, ['final-03', 'final-01']],
  [/政府性基金/, ['final-07']],
  [/国有资本经营/, ['final-08']],
  [/三公/, ['final-09']],
  [/机关运行经费|政府采购|国有资产|其他重要事项/, ['final-10']],
  [/绩效/, ['evaluation', 'final-03']],
];

/** Preferred tables for a heading path (innermost heading first). */
export function preferredTables(section: string[]): string[] {
  const out: string[] = [];
  for (const h of [...section].reverse()) {
    for (const [re, kinds] of SECTION_TABLES) if (re.test(h)) for (const k of kinds) if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** Phrase variants to try: as written, and without a trailing 支出 after 费 (公务接待费支出). */
function variants(phrase: string): string[] {
  const n = normName(phrase);
  const out = [n];
  if (/费支出$/.test(n)) out.push(n.slice(0, -2));
  if (/支出$/.test(n) && !/费支出$/.test(n)) out.push(`${n.slice(0, -2)}费`);
  // "网信长治项目支出 / 项目资金 / 项目" → the project's own name
  const project = n.replace(/项目(支出|资金|经费)?$/, '');
  if (project !== n && project.length >= 2) out.push(project);
  return out;
}

export interface BindQuery {
  phrase: string;
  role: FigureRole;
  section: string[];
  count?: boolean;
  /** The stated figure in 万元 (or the count), used to choose among equal candidates. */
  value?: Decimal;
}

export function bindSubject(dict: SubjectEntry[], q: BindQuery): Binding | undefined {
  if (!q.phrase) return undefined;
  const prefer = preferredTables(q.section);
  let best: { e: SubjectEntry; len: number; rank: number }[] = [];
  let bestLen = 0;
  for (const v of variants(q.phrase)) {
    for (const e of dict) {
      if (e.role !== q.role || !!e.count !== !!q.count) continue;
      for (const name of e.names) {
        if (!name || !v.endsWith(name)) continue;
        // the name must start at a word boundary of the phrase: 其他用车 must not match 其中其他用车…
        const len = name.length;
        const rank = prefer.indexOf(e.table);
        const r = rank < 0 ? 99 : rank;
        if (len > bestLen) {
          bestLen = len;
          best = [{ e, len, rank: r }];
        } else if (len === bestLen) best.push({ e, len, rank: r });
      }
    }
  }
  if (!best.length) return undefined;
  // a short generic name (货物, 工程) only binds inside its own section
  if (bestLen <= 2 && best.every((b) => b.rank === 99)) return undefined;
  best.sort((a, b) => a.rank - b.rank);
  const withValue = best.filter((b) => b.e.cell.value !== null);
  const pool = withValue.length ? withValue : best;
  const agree = q.value ? pool.find((b) => b.e.cell.value !== null && b.e.cell.value.eq(q.value!)) : undefined;
  const pick = agree ?? pool[0];
  return { cell: pick.e.cell, label: pick.e.label, table: pick.e.table, ...(pick.e.soft ? { soft: true } : {}) };
}
