/**
 * Binding a subject phrase to a ledger figure — a reading with its evidence (DESIGN §3).
 *
 * 1. The phrase must name the subject as a whole term: after time and self qualifiers (本年, 全年,
 *    本部门…) it IS one of the dictionary's names — 离退休人员经费 is not 人员经费, 信息化项目支出 is
 *    not 项目支出. A funding qualifier (一般公共预算财政拨款) may be dropped only towards a table that
 *    holds 财政拨款 figures alone.
 * 2. The figure's scope (scope.ts) must be the table's: a subset of projects, 部门评价, another year
 *    bind to nothing (or to last year's column); one project only to its own 自评表.
 * 3. Among candidates the section heading decides (三、支出决算 → 公开03). Never the value: if
 *    candidates of equal rank remain, the binding is weak (basis 'order') and names the alternative.
 * 4. A subject inherited from an earlier clause, or a role (决算/预算) taken by default while the
 *    subject has figures of another role, is weak (basis 'default').
 */
import type { Binding, FigureRole } from './claim-types';
import { normName, SubjectEntry } from './subjects';
import { tablesFor, type Scope, DOCUMENT } from './scope';
import { reading } from '../ledger/evidence';

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

/** Qualifiers that do not change what a subject names. */
const NEUTRAL = /^(?:本年度|本年|当年|全年|年度|本期|本部门(?:[（(]单位[)）])?|本单位|我单位|我部门|我办|我局|部门|单位)(?:的)?/;
/** The department's own name in front of its figures (上海市普陀区规划和自然资源局收入总计). */
const ORGANISATION = /^[^，。；]{0,20}?(?:省|市|区|县|州|旗)[^，。；]{0,30}(?:委员会|办公室|局|部|委|办|厅|院|中心)/;
/** A verb phrase before the term (对绩效评价情况进行了综合评定 → 综合评定). */
const VERB_PHRASE = /^.*(?:进行了|开展了|进行|开展)/;
/** A funding qualifier: the same subject, paid from 财政拨款 only. */
const FUNDING = /^(?:使用)?(?:一般公共预算财政拨款|一般公共预算拨款|一般公共预算|财政拨款)(?:安排的?|负担的?)?/;
/** Tables whose figures are all 财政拨款 (so a funding qualifier does not narrow them). */
const FISCAL_TABLES = new Set(['final-04', 'final-05', 'final-06', 'final-09', 'basics', 'dept-evaluation']);

/** The term a phrase names, and the funding qualifier it carried ('' when none). */
export function wholeTerm(phrase: string): { term: string; funding: string } {
  let p = normName(phrase).replace(VERB_PHRASE, '').replace(ORGANISATION, '');
  for (let i = 0; i < 3; i++) p = p.replace(NEUTRAL, '');
  const f = FUNDING.exec(p);
  return { term: p, funding: f ? f[0] : '' };
}

/** Spellings of one term: as written, 公务接待费支出 → 公务接待费, 公务接待支出 → 公务接待费, a project without 项目支出. */
function spellings(term: string): string[] {
  const out = [term];
  if (/费支出$/.test(term)) out.push(term.slice(0, -2));
  if (/支出$/.test(term) && !/费支出$/.test(term)) out.push(`${term.slice(0, -2)}费`);
  const project = term.replace(/项目(支出|资金|经费)?$/, '');
  if (project !== term && project.length >= 2) out.push(project);
  return out;
}

export interface BindQuery {
  phrase: string;
  role: FigureRole;
  /** The role was printed (决算 / 预算 / 完成 …), not taken by default. */
  roleStated?: boolean;
  /** The subject was inherited from an earlier clause, not printed in front of the figure. */
  inherited?: boolean;
  section: string[];
  scope?: Scope;
  count?: boolean;
}

interface Candidate {
  e: SubjectEntry;
  name: string;
  rank: number;
}

/** The dictionary's entries by name, in dictionary order (built once per dictionary). */
const BY_NAME = new WeakMap<SubjectEntry[], Map<string, number[]>>();
function entriesNamed(dict: SubjectEntry[], names: string[]): SubjectEntry[] {
  let index = BY_NAME.get(dict);
  if (!index) {
    index = new Map();
    dict.forEach((e, i) => {
      for (const n of e.names) {
        const at = index!.get(n);
        if (!at) index!.set(n, [i]);
        else if (at[at.length - 1] !== i) at.push(i);
      }
    });
    BY_NAME.set(dict, index);
  }
  const found = new Set<number>();
  for (const n of names) for (const i of index.get(n) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b).map((i) => dict[i]);
}

function candidates(dict: SubjectEntry[], q: BindQuery, role: FigureRole, scope: Scope): Candidate[] {
  const { term, funding } = wholeTerm(q.phrase);
  const bare = funding ? term.slice(funding.length) : '';
  const prefer = preferredTables(q.section);
  const wanted = spellings(term);
  const wantedBare = bare ? spellings(bare) : [];
  const out: Candidate[] = [];
  // only entries that carry one of the wanted names can match (the same test as below, indexed)
  for (const e of entriesNamed(dict, [...wanted, ...wantedBare])) {
    if (e.role !== role || !!e.count !== !!q.count || !tablesFor(scope, e.table)) continue;
    if (scope.kind === 'project' && scope.project && e.project !== scope.project) continue;
    const name = e.names.find((n) => wanted.includes(n)) ?? (FISCAL_TABLES.has(e.table) ? e.names.find((n) => wantedBare.includes(n)) : undefined);
    if (!name) continue;
    const rank = prefer.indexOf(e.table);
    out.push({ e, name, rank: rank < 0 ? 99 : rank });
  }
  // a short generic name (货物, 工程) only binds inside its own section
  return out.filter((c) => c.name.length > 2 || c.rank !== 99);
}

export function bindSubject(dict: SubjectEntry[], q: BindQuery): Binding | undefined {
  if (!q.phrase) return undefined;
  const scope = q.scope ?? DOCUMENT;
  const role: FigureRole = scope.kind === 'year' ? 'prior' : q.role;
  const found = candidates(dict, q, role, scope);
  if (!found.length) return undefined;
  const bestRank = Math.min(...found.map((c) => c.rank));
  const ranked = found.filter((c) => c.rank === bestRank);
  // a row printed blank next to one with a figure: the one with a figure (a blank says nothing)
  const printed = ranked.filter((c) => c.e.cell.value !== null);
  const top = printed.length ? printed : ranked;
  // several rows of one name: the value never chooses. Longer names (more specific) first, then the dictionary's order.
  top.sort((a, b) => b.name.length - a.name.length);
  const pick = top[0];
  const others = top.filter((c) => c.e.cell !== pick.e.cell && c.name.length === pick.name.length);
  let r;
  if (q.inherited) r = reading('binding', pick.e.label, 'default', q.phrase, {
      note: { zh: '前文主语沿用至此，未在数字前写明', en: 'the subject carries over from earlier text; it is not written before the figure' },
    });
  else if (others.length) r = reading('binding', pick.e.label, 'order', pick.name, others.map((o) => o.e.label).join('；'));
  else if (!q.roleStated && !q.count && dict.some((e) => e.role !== role && e.names.includes(pick.name) && tablesFor(scope, e.table))) {
    r = reading('binding', pick.e.label, 'default', pick.name, {
      note:
        role === 'budget'
          ? { zh: '未写明决算数或预算数，按预算数理解', en: 'neither actual nor budget is written; read as the budget figure' }
          : { zh: '未写明决算数或预算数，按决算数理解', en: 'neither actual nor budget is written; read as the actual figure' },
    });
  } else r = reading('binding', pick.e.label, 'label', pick.name);
  const parts = [pick.e.parts, pick.e.partsAlt, pick.e.partsItems].filter((x): x is NonNullable<typeof x> => !!x?.length);
  return { cell: pick.e.cell, label: pick.e.label, table: pick.e.table, reading: r, ...(pick.e.soft ? { soft: true } : {}), ...(parts.length ? { parts } : {}) };
}
