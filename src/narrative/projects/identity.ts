/**
 * Which self-evaluation table a narrative's project is: by its name as people write it — with or
 * without 项目 / 经费 / 资金 / （2024）, abbreviated ("态势感知系统项目" for 全市网络安全态势感知系统年度服务费),
 * inside a list. Never by 主管部门 or the department's own name, and never by a figure.
 *
 * A mention is the longest run of a project's (core) name found in the text. It identifies the
 * project with confidence only when the run is long enough to be a name (the whole core name, or at
 * least MIN_RUN characters and most of the core), and no other table's name holds the same run —
 * two tables of one name (应急指挥举报配套项目 printed twice) identify neither.
 */
import type { ProjectEvaluation } from '../../ledger/evaluation';
import { reading, type Reading } from '../../ledger/evidence';
import { foldName } from '../../text';

export interface ProjectMention {
  project: ProjectEvaluation;
  /** Offsets of the matched run in the text. */
  start: number;
  end: number;
  /** The words matched, as printed. */
  words: string;
  reading: Reading;
}

/** A run of a name shorter than this is a word (网络安全, 培训), not a name. */
const MIN_RUN = 4;
/** Share of the core name an abbreviation must keep. */
const MIN_SHARE = 0.5;

/** The name without year tags, 项目 and fund words: what people keep when they write it. */
export function coreName(name: string): string {
  let n = foldName(name).replace(/\(\d{4}年?度?\)/g, '').replace(/^\d{4}年度?/, '');
  n = n.replace(/(项目)?(支出)?(绩效自评表|自评表|绩效)?$/, '');
  const stripped = n.replace(/(项目)?(经费|资金|费用|专项资金)?$/, '').replace(/项目$/, '');
  return stripped.length >= MIN_RUN ? stripped : n;
}

/** Every run of MIN_RUN characters of each core name, with where it sits in that name. */
function gramIndex(cores: string[]): Map<string, { p: number; at: number }[]> {
  const index = new Map<string, { p: number; at: number }[]>();
  cores.forEach((core, p) => {
    for (let at = 0; at + MIN_RUN <= core.length; at++) {
      const g = core.slice(at, at + MIN_RUN);
      const list = index.get(g);
      if (list) list.push({ p, at });
      else index.set(g, [{ p, at }]);
    }
  });
  return index;
}

/**
 * The longest run of each core name inside `text`: one pass over the text's MIN_RUN-character
 * windows, extending only where a window is a piece of some name (linear in the text for names
 * that do not repeat themselves).
 */
function longestRuns(text: string, cores: string[], index: Map<string, { p: number; at: number }[]>): Map<number, { start: number; len: number }> {
  const best = new Map<number, { start: number; len: number }>();
  for (let i = 0; i + MIN_RUN <= text.length; i++) {
    const hits = index.get(text.slice(i, i + MIN_RUN));
    if (!hits) continue;
    for (const { p, at } of hits) {
      // a run already counted from an earlier window of the same alignment
      if (at > 0 && i > 0 && text[i - 1] === cores[p][at - 1]) continue;
      let len = MIN_RUN;
      while (i + len < text.length && at + len < cores[p].length && text[i + len] === cores[p][at + len]) len++;
      const b = best.get(p);
      if (!b || len > b.len) best.set(p, { start: i, len });
    }
  }
  return best;
}

export interface IdentityContext {
  projects: ProjectEvaluation[];
  /** Each project's names as people shorten them: from its name and from its table's title. */
  cores: string[];
  /** Which project each core names. */
  owner: number[];
  index: Map<string, { p: number; at: number }[]>;
  /** For names shorter than MIN_RUN: the name printed whole as the subject of what follows. */
  shortNames: Map<number, RegExp>;
  /** The department's own name (and 主管部门 names): runs inside them identify no project. */
  departments: string[];
}

/**
 * What follows a project's name where people write one: 项目 / 经费, a figure's words (年初预算,
 * 执行率, 得分), punctuation. A run followed by other words is part of another noun: 公务接待 in
 * 公务接待费支出 (the 三公 item) is no mention of 公务接待工作经费.
 */
const FOLLOWS_NAME = /^(?:项目|经费|资金|专项|的|年初|全年|调整|预算|执行|自评|得分|绩效|评价|[，,：:、；;。（(“"”）)\s]|$)/;
const FUND_TAIL = /^费用?/;

export function identityContext(projects: ProjectEvaluation[], department?: string): IdentityContext {
  const departments = new Set<string>();
  if (department) departments.add(foldName(department));
  for (const p of projects) if (p.department?.name) departments.add(foldName(p.department.name.replace(/^\d+[-－]/, '')));
  const cores: string[] = [];
  const owner: number[] = [];
  projects.forEach((p, i) => {
    const names = new Set([coreName(p.name), ...(p.title ? [coreName(p.title)] : [])]);
    for (const n of names) if (n) {
      cores.push(n);
      owner.push(i);
    }
  });
  const shortNames = new Map<number, RegExp>();
  cores.forEach((core, k) => {
    if (core.length < MIN_RUN) shortNames.set(k, new RegExp(`${core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=项目|经费|资金|年初|全年|预算|执行|自评|得分)`));
  });
  return { projects, cores, owner, index: gramIndex(cores), shortNames, departments: [...departments].filter((d) => d.length >= MIN_RUN) };
}

/**
 * Project mentions in `text`, in text order, each a confident identity; runs that name two tables
 * are returned in `ambiguous` (the sentence speaks of a project the linter cannot tell).
 */
export function findProjects(text: string, ctx: IdentityContext): { mentions: ProjectMention[]; ambiguous: { start: number; end: number; words: string }[] } {
  const cores = ctx.cores;
  if (!cores.length) return { mentions: [], ambiguous: [] };
  const runs: { k: number; start: number; len: number }[] = [];
  const long = longestRuns(text, cores, ctx.index);
  cores.forEach((core, k) => {
    if (core.length < MIN_RUN) {
      // a short name (培训费, also an economic item) is a mention only printed whole before 项目 / 经费 / a figure's words
      const m = ctx.shortNames.get(k)!.exec(text);
      if (m) runs.push({ k, start: m.index, len: core.length });
      return;
    }
    const r = long.get(k);
    if (!r || (r.len !== core.length && r.len < core.length * MIN_SHARE)) return;
    const next = text.slice(r.start + r.len, r.start + r.len + 2);
    // a whole name may be followed by 费 or, in a list of amounts (网信长治10万元、…), by its figure
    if (FOLLOWS_NAME.test(next) || (r.len === core.length && (FUND_TAIL.test(next) || /^\d/.test(next)))) runs.push({ k, ...r });
  });
  // the longest run first: a name read whole wins over a shorter piece of it
  runs.sort((a, b) => b.len - a.len);
  const mentions: ProjectMention[] = [];
  const ambiguous: { start: number; end: number; words: string }[] = [];
  const seen = new Set<number>();
  for (const r of runs) {
    if (seen.has(ctx.owner[r.k])) continue;
    const words = text.slice(r.start, r.start + r.len);
    if (ctx.departments.some((d) => d.includes(words))) continue;
    // every table whose names hold this run: one is an identity, two are a doubt
    const holders = [...new Set(cores.map((c, i) => (c.includes(words) ? ctx.owner[i] : -1)).filter((i) => i >= 0))];
    holders.forEach((i) => seen.add(i));
    if (holders.length !== 1) {
      ambiguous.push({ start: r.start, end: r.start + r.len, words });
      continue;
    }
    const project = ctx.projects[holders[0]];
    mentions.push({
      project,
      start: r.start,
      end: r.start + r.len,
      words,
      reading: reading('binding', `自评表 ${project.name}`, 'label', words),
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, ambiguous };
}
