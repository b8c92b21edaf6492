/**
 * Sentences about self-evaluated projects → project claims. Runs after the general claim builder
 * over its sentence results: in a sentence that speaks of projects (a project named, or 绩效 / 自评 /
 * 评价 / 监控 in it or its heading), the figures this reader understands — a project's 年初预算数 /
 * 全年预算数 / 执行数 / 执行率 / 得分 / 等级, a count of projects with its activity and amount, a
 * grade tally — become project claims and take the place of what the builder read for them.
 *
 * A figure of a project the names cannot tell (no table matches, or two do) is left unowned: its
 * sentence is not understood, so no finding rests on a guess.
 */
import type { Binding, Claim, ClaimBase, ListClaim, StatedAmount } from '../claim-types';
import type { SentenceResult } from '../parse';
import type { Sentence } from '../sentences';
import type { ProjectEvaluation } from '../../ledger/evaluation';
import { reading, type Reading } from '../../ledger/evidence';
import { halfWidth } from '../../text';
import { amountCells, countCell, percentCell } from '../numbers';
import { findProjects, identityContext, type ProjectMention } from './identity';
import type { ForeignScope, GradeShareClaim, GradeTallyClaim, ProjectClaim, ProjectCountClaim, ProjectCoverageClaim, ProjectField, ProjectFigureClaim } from './types';
import { activityAt, allWords, clauseStartOf, countAmountOf, coverageClauses, describedAfter, fieldOf, gradeOf, gradeRateOf, isAverageScore, isProjectCount, otherBody, PROJECT_GRADE, selectionWords, shareOfCount, tallyGrade } from './words';

const ABOUT_PROJECTS = /绩效|自评|评价|监控/;
/** Subjects a figure may have besides a project: the department, the unit, the 三公. */
const OTHER_SUBJECT = /部门|整体|本单位|我单位|全年收支|三公|公务接待|公务用车|因公出国/;

interface ParagraphMemory {
  index: number;
  /** Projects named in the paragraph so far, distinct. */
  projects: ProjectMention[];
  counts: ProjectCountClaim[];
  groups: Map<ProjectEvaluation, ProjectFigureClaim[]>;
}

export interface ProjectReadContext {
  projects: ProjectEvaluation[];
  department?: string;
  /** The document's year (2024年度): counts of another year are not this document's. */
  year?: string;
}

export function readProjectClaims(results: SentenceResult[], claims: Claim[], ctx: ProjectReadContext): void {
  const idc = identityContext(ctx.projects, ctx.department);
  let para: ParagraphMemory = { index: -1, projects: [], counts: [], groups: new Map() };
  const dropped = new Set<Claim>();
  const headings = new Map<string, ReturnType<typeof findProjects>>();
  for (const r of results) {
    const s = r.sentence;
    if (s.paragraph !== para.index) para = { index: s.paragraph, projects: [], counts: [], groups: new Map() };
    const text = halfWidth(s.text);
    const found = findProjects(text, idc);
    for (const m of found.mentions) if (!para.projects.some((p) => p.project === m.project)) para.projects.push(m);
    const headingText = halfWidth(s.section.join(' '));
    if (!found.mentions.length && !found.ambiguous.length && !ABOUT_PROJECTS.test(text) && !ABOUT_PROJECTS.test(headingText)) continue;
    let heading = headings.get(headingText);
    if (!heading) {
      heading = findProjects(headingText, idc);
      headings.set(headingText, heading);
    }
    const reader = new SentenceReader(r, text, found, heading.mentions.length === 1 && !heading.ambiguous.length ? heading.mentions[0] : undefined, para, ctx.year ? /\d{4}/.exec(ctx.year)?.[0] : undefined, headingText, ctx.projects.length > 0);
    reader.read();
    for (const [i, claim] of reader.taken) {
      const old = r.owners[i];
      r.owners[i] = claim;
      if (old && old !== claim && !r.owners.includes(old)) dropped.add(old);
    }
    for (const i of reader.doubtful) {
      const old = r.owners[i];
      r.owners[i] = undefined;
      if (old && !r.owners.includes(old)) dropped.add(old);
    }
    claims.push(...reader.claims);
  }
  if (dropped.size) {
    const kept = claims.filter((c) => !dropped.has(c));
    claims.length = 0;
    claims.push(...kept);
  }
}

class SentenceReader {
  readonly taken = new Map<number, ProjectClaim | ListClaim>();
  /** Figures of a project the names cannot tell: left unowned (not understood). */
  readonly doubtful: number[] = [];
  readonly claims: (ProjectClaim | ListClaim)[] = [];
  private readonly counts: ProjectCountClaim[] = [];
  private readonly s: Sentence;

  constructor(
    private readonly r: SentenceResult,
    private readonly text: string,
    private readonly found: ReturnType<typeof findProjects>,
    private readonly headingProject: ProjectMention | undefined,
    private readonly para: ParagraphMemory,
    private readonly year: string | undefined,
    private readonly heading: string,
    private readonly attached: boolean,
  ) {
    this.s = r.sentence;
  }

  read(): void {
    this.r.tokens.forEach((t, i) => {
      const prevEnd = i > 0 ? this.r.tokens[i - 1].unitEnd : 0;
      const clauseStart = clauseStartOf(this.text, t.start);
      // the words of this figure: after the previous figure, its clause's start and any project name
      const nameEnd = Math.max(0, ...[...this.found.mentions, ...this.found.ambiguous].map((m) => m.end).filter((e) => e <= t.start));
      const label = this.text.slice(Math.max(prevEnd, clauseStart, nameEnd), t.start);
      const unitAndAfter = this.text.slice(t.end, t.unitEnd + 24);
      const ref = this.s.at(t.start);
      if (t.kind === 'count' && /^(?:个|项)$/.test(t.unit)) {
        const tally = tallyGrade(label, unitAndAfter);
        if (tally) return this.tally(i, tally, countCell(t, ref));
        if (isProjectCount(label, unitAndAfter)) this.count(i, t.start, t.unitEnd);
        // the builder read a grade this reader does not (3个项目为中央转移支付项目): not understood
        const old = this.r.owners[i];
        if (!this.taken.has(i) && old?.type === 'count' && old.what === 'grade') this.doubtful.push(i);
        return;
      }
      if (t.kind === 'amount') {
        const lastCount = this.counts[this.counts.length - 1];
        const sum = countAmountOf(label);
        if (sum && lastCount && !lastCount.amount && !this.mentionBetween(this.countEnd.get(lastCount) ?? 0, t.start)) {
          const amount = amountCells(t, ref);
          const words = label.replace(/^[，,：:]/, '');
          lastCount.amount = {
            amount: { ...amount, role: sum.of === 'full' ? 'budget' : 'actual' },
            of: sum.of,
            label: words,
            reading: sum.strong
              ? reading('binding', sum.of === 'full' ? 'Σ 全年预算数' : 'Σ 全年执行数', 'label', words)
              : reading('binding', 'Σ 全年预算数', 'default', words, { alternative: { zh: 'Σ 全年执行数', en: 'Σ 全年执行数 (executed)' } }),
          };
          this.taken.set(i, lastCount);
          return;
        }
      }
      if (t.kind === 'count' && isAverageScore(label, t.unit)) {
        const lastCount = this.counts[this.counts.length - 1];
        if (lastCount && !lastCount.average) {
          lastCount.average = countCell(t, ref);
          this.taken.set(i, lastCount);
        }
        return;
      }
      if (t.kind === 'percent' && this.share(i, label)) return;
      const field = fieldOf(label, t.kind, t.unit);
      if (!field) return;
      // a project's figure of another year or body is not this table's: the builder's scope reads it
      if (this.foreignAt(t.start)) return;
      const who = this.projectAt(t.start);
      if (who === 'doubt') {
        this.doubtful.push(i);
        return;
      }
      if (!who) return;
      const claim = this.figure(who, field, label.replace(/^(?:项目|经费|资金)/, ''));
      // the builder already bound this figure to the same project's table: its rule checks it there
      // — unless the builder's 执行率 divides another figure than the 执行数 read here (结余0.228万元, 执行率97.72%)
      if (boundTo(this.r.owners[i], who.project) && !(field === 'rate' && otherActual(this.r.owners[i], claim.group))) claim.checkedElsewhere = true;
      if (t.kind === 'amount') claim.amount = { ...amountCells(t, ref), role: field === 'executed' ? 'actual' : 'budget', ...(field === 'initial' || field === 'full' ? { budgetKind: field } : {}) };
      else claim.value = t.kind === 'percent' ? percentCell(t, ref) : countCell(t, ref);
      if (!claim.checkedElsewhere) this.taken.set(i, claim);
    });
    this.grades();
    this.coverage();
    this.itemised();
  }

  /**
   * "网信长治10万元、专项业务费9.772万元、培训费3.973万元，合计23.745万元" (or "合计X万元，其中：A…、B…"):
   * amounts each printed right after a project's name, in a series, with a total named 合计 / 共计 /
   * 总计 — a complete list (narrative/list-sum adds it up). The builder's readings of the items (bound
   * to each project's table) stay and are checked there; the total is the list's.
   */
  private itemised(): void {
    const tokens = this.r.tokens;
    const items: { i: number; m: ProjectMention }[] = [];
    const flush = (): void => {
      if (items.length >= 2) this.listOf(items.slice());
      items.length = 0;
    };
    tokens.forEach((t, i) => {
      if (t.kind !== 'amount') return flush();
      const m = this.found.mentions.filter((x) => x.end <= t.start).sort((a, b) => b.end - a.end)[0];
      const gap = m ? this.text.slice(m.end, t.start) : '';
      if (!m || !/^(?:项目|经费|资金)?(?:（\d{4}）|\(\d{4}\))?(?:项目)?(?:为|是|支出|执行)?$/.test(gap)) return flush();
      const prev = items[items.length - 1];
      if (prev && !/^[、，,；;]$/.test(this.text.slice(tokens[prev.i].unitEnd, m.start))) flush();
      items.push({ i, m });
    });
    flush();
  }

  private listOf(items: { i: number; m: ProjectMention }[]): void {
    const tokens = this.r.tokens;
    const first = tokens[items[0].i];
    const last = tokens[items[items.length - 1].i];
    const TOTAL = /(?:合计|共计|总计|总额)(?:为|是|达)?$/;
    let totalIdx = -1;
    const next = items[items.length - 1].i + 1;
    if (next < tokens.length && tokens[next].kind === 'amount') {
      const between = this.text.slice(last.unitEnd, tokens[next].start);
      if (/^[，,；;]?[^，,。；;]{0,8}$/.test(between) && TOTAL.test(between)) totalIdx = next;
    }
    const before = items[0].i - 1;
    if (totalIdx < 0 && before >= 0 && tokens[before].kind === 'amount') {
      const label = this.text.slice(clauseStartOf(this.text, tokens[before].start), tokens[before].start);
      const between = this.text.slice(tokens[before].unitEnd, items[0].m.start);
      if (TOTAL.test(label) && /^[，,]?(?:其中|分别为|分别是|包括)?[：:]?$/.test(between)) totalIdx = before;
    }
    if (totalIdx < 0) return;
    // a list the builder already read (其中：…) is its own
    const owners = [totalIdx, ...items.map((x) => x.i)].map((k) => this.r.owners[k]);
    if (owners.some((o) => o?.type === 'list')) return;
    const t = tokens[totalIdx];
    const total: StatedAmount = amountCells(t, this.s.at(t.start));
    // the sum is the narrative's own arithmetic: the items as printed, whatever table the builder bound them to
    const amountOf = (k: number): StatedAmount => amountCells(tokens[k], this.s.at(tokens[k].start));
    const word = TOTAL.exec(this.text.slice(Math.min(first.start, t.start) - 12 < 0 ? 0 : Math.min(first.start, t.start), t.start))?.[0] ?? '合计';
    const claim: ListClaim = {
      type: 'list',
      ...this.base('项目合计'),
      total,
      exhaustive: true,
      marker: word.replace(/(?:为|是|达)$/, ''),
      completeness: reading('binding', '所列项目合计', 'label', word),
      items: items.map((x) => ({ subject: x.m.words, amount: amountOf(x.i) })),
    };
    this.claims.push(claim);
    this.taken.set(totalIdx, claim);
  }

  /**
   * "优秀率45.45%" / "优5个，占项目总数的45.45%": a grade share of the last count. Read only when it can
   * be checked — the count is stated and its tallies of those grades are, or tables are attached.
   */
  private share(i: number, label: string): boolean {
    const t = this.r.tokens[i];
    const of = this.counts[this.counts.length - 1] ?? this.para.counts[this.para.counts.length - 1];
    if (!of || !isGraded(of) || this.foreignAt(t.start)) return false;
    const rate = gradeRateOf(label);
    let grades = rate?.grades;
    let words = rate?.words;
    let tally: GradeTallyClaim | undefined;
    if (!rate) {
      words = shareOfCount(label);
      if (!words) return false;
      // the tally right before, in this sentence
      tally = [...this.claims].reverse().find((c): c is GradeTallyClaim => c.type === 'grade-tally');
      if (!tally || tally.of !== of) return false;
      grades = [tally.grade];
    }
    const tallied = grades!.every((g) => of.tallies.some((x) => x.grade === g));
    if (!tallied && !this.attached) return false;
    const claim: GradeShareClaim = { type: 'grade-share', ...this.base(words!), grades: grades!, words: words!, percent: percentCell(t, this.s.at(t.start)), of, ...(tally ? { tally } : {}) };
    this.claims.push(claim);
    this.taken.set(i, claim);
    return true;
  }

  /** "所有项目都开展了绩效自评" / "实现绩效自评全覆盖" / "覆盖率100%": an activity said to cover every project. */
  private coverage(): void {
    for (const c of coverageClauses(this.text)) {
      if (this.foreignAt(c.start)) continue;
      const claim: ProjectCoverageClaim = {
        type: 'project-coverage',
        ...this.base(`${c.activityWords}覆盖全部项目`),
        activity: c.activity,
        activityWords: c.activityWords,
        words: c.words,
        reading: c.strong ? reading('binding', '全部项目', 'label', c.words) : reading('binding', '全部项目', 'default', c.words, { alternative: { zh: '部分项目', en: 'some of the projects' } }),
      };
      // 覆盖率100%: the percentage is this claim's figure
      const i = this.r.tokens.findIndex((t) => t.kind === 'percent' && t.start >= c.start && t.start < c.end);
      if (i >= 0) {
        const t = this.r.tokens[i];
        claim.percent = percentCell(t, this.s.at(t.start));
        this.taken.set(i, claim);
      }
      this.claims.push(claim);
    }
  }

  /**
   * Whose projects the words before `offset` speak of when not this document's: another year (in the
   * sentence, else in its heading when the sentence prints no year) or another body (下属单位).
   */
  private foreignAt(offset: number): ForeignScope | undefined {
    const before = this.text.slice(0, offset);
    const body = otherBody(before) ?? otherBody(this.heading);
    if (body) return { kind: 'body', words: body };
    const y = this.otherYearBefore(before);
    if (y) return { kind: 'year', words: y };
    if (this.yearIn(before) === undefined) {
      const h = this.otherYearBefore(this.heading);
      if (h) return { kind: 'year', words: h };
    }
    return undefined;
  }

  /** The last year printed in `text` (上年 counts as one), or undefined. */
  private yearIn(text: string): string | undefined {
    const t = text.replace(/比上年|较上年|与上年|同上年/g, '');
    const m = [...t.matchAll(/上年度?|上一年度?|去年|本年度?|今年|当年|(\d{4})年/g)];
    return m.length ? m[m.length - 1][0] : undefined;
  }

  private readonly countEnd = new Map<ProjectCountClaim, number>();

  private base(subject: string): ClaimBase {
    return { sentence: this.s.text, ref: this.s.ref, section: this.s.section, subject };
  }

  private tally(i: number, g: { grade: GradeTallyClaim['grade']; text: string }, count: GradeTallyClaim['count']): void {
    // a tally divides the last count of its sentence or paragraph, unless that count already has this grade
    const last = this.counts[this.counts.length - 1] ?? this.para.counts[this.para.counts.length - 1];
    const of = last && isGraded(last) && !last.tallies.some((t) => t.grade === g.grade) ? last : undefined;
    const foreign = of?.foreign ?? this.foreignAt(this.r.tokens[i].start);
    const claim: GradeTallyClaim = { type: 'grade-tally', ...this.base(`自评等级“${g.grade}”`), grade: g.grade, gradeText: g.text, count, ...(of ? { of } : {}), ...(foreign ? { foreign } : {}) };
    of?.tallies.push(claim);
    this.claims.push(claim);
    this.taken.set(i, claim);
  }

  private count(i: number, start: number, end: number): void {
    // the activity must be printed in the sentence: a heading (…自评报告) does not say what 实施项目15个 counts
    const a = activityAt(this.text, start, end);
    if (!a) return;
    const t = this.r.tokens[i];
    // 其中3个项目… is a part of an earlier count; so are projects described after the count (5个项目自评得分在90分以上)
    // and a later count of the sentence with no activity of its own (…，其中新增项目4个，延续项目7个): not understood
    const clause = this.text.slice(clauseStartOf(this.text, start), start);
    if (/其中/.test(clause) || describedAfter(this.text.slice(t.end, t.unitEnd + 16)) || (!a.inClause && this.counts.length > 0)) {
      this.doubtful.push(i);
      return;
    }
    // 2023年 / 上年 / 下属单位: read (the sentence is understood) but never this document's count
    const foreign = this.foreignAt(start);
    const selection = selectionWords(clause, this.text.slice(t.end, t.unitEnd + 6));
    const all = allWords(clause);
    const claim: ProjectCountClaim = {
      type: 'project-count',
      ...this.base(`${a.words}项目数`),
      activity: a.activity,
      activityWords: a.words,
      count: countCell(t, this.s.at(t.start)),
      tallies: [],
      ...(foreign ? { foreign } : {}),
      ...(selection ? { selection } : {}),
      ...(all && !selection ? { all } : {}),
    };
    this.counts.push(claim);
    this.countEnd.set(claim, end);
    this.para.counts.push(claim);
    this.claims.push(claim);
    this.taken.set(i, claim);
  }

  /**
   * A year other than the document's, the last printed in `before` (上年, 2023年度): its words. A
   * later mark of this year (2024年 / 本年) ends it ("2023年自评10个项目，2024年自评13个项目").
   */
  private otherYearBefore(before: string): string | undefined {
    const last = this.yearIn(before);
    if (!last) return undefined;
    if (/^(?:上年|上一年|去年)/.test(last)) return last;
    const y = /(\d{4})年/.exec(last)?.[1];
    return y && this.year && y !== this.year ? last : undefined;
  }

  private mentionBetween(from: number, to: number): boolean {
    return [...this.found.mentions, ...this.found.ambiguous].some((m) => m.start >= from && m.start < to);
  }

  /** The project a figure at `offset` speaks of: named before it in the sentence, in the heading, or the paragraph's only one. */
  private projectAt(offset: number): { project: ProjectEvaluation; identity: Reading } | 'doubt' | undefined {
    const named = this.found.mentions.filter((m) => m.end <= offset).sort((a, b) => b.end - a.end)[0];
    const doubt = this.found.ambiguous.filter((m) => m.end <= offset).sort((a, b) => b.end - a.end)[0];
    // words of the department or the 三公 between the name and the figure: the figure is theirs
    const from = Math.max(named?.end ?? 0, doubt?.end ?? 0, clauseStartOf(this.text, offset));
    if ((named || doubt) && OTHER_SUBJECT.test(this.text.slice(from, offset))) return undefined;
    if (doubt && (!named || doubt.end > named.end)) return 'doubt';
    if (named) return { project: named.project, identity: named.reading };
    if (this.found.ambiguous.length) return 'doubt';
    if (this.found.mentions.length) return undefined;
    // a sentence about the department or the unit (部门整体年初预算数…，全年预算数…) is not about the project
    // its heading or paragraph named, in any of its clauses
    if (OTHER_SUBJECT.test(this.text.slice(0, offset))) return undefined;
    if (this.headingProject) return { project: this.headingProject.project, identity: this.headingProject.reading };
    if (this.para.projects.length === 1) {
      const m = this.para.projects[0];
      return { project: m.project, identity: reading('binding', `自评表 ${m.project.name}`, 'label', m.words, { note: { zh: '本段只提及这一个项目', en: 'the only project this paragraph names' } }) };
    }
    return this.para.projects.length > 1 ? 'doubt' : undefined;
  }

  private figure(who: { project: ProjectEvaluation; identity: Reading }, field: ProjectField, label: string): ProjectFigureClaim {
    let group = this.para.groups.get(who.project);
    if (!group) {
      group = [];
      this.para.groups.set(who.project, group);
    }
    const claim: ProjectFigureClaim = {
      type: 'project-figure',
      ...this.base(`${who.project.name} ${label}`),
      project: who.project,
      identity: who.identity,
      field,
      label,
      fieldReading: fieldReading(who.project, field, label),
      group,
    };
    group.push(claim);
    this.claims.push(claim);
    return claim;
  }

  /** "…评价等级为“中”": a project's grade in words, when no count stands between the name and it. */
  private grades(): void {
    const g = new RegExp(PROJECT_GRADE.source, 'g');
    for (let m = g.exec(this.text); m; m = g.exec(this.text)) {
      const at = m.index;
      const countBefore = this.r.tokens.some((t, i) => t.kind === 'count' && t.unitEnd <= at && this.taken.get(i)?.type !== 'project-figure' && clauseStartOf(this.text, at) <= t.start);
      if (countBefore) continue;
      const who = this.projectAt(at);
      if (!who || who === 'doubt') continue;
      const word = m[1];
      const claim = this.figure(who, 'grade', m[0].slice(0, m[0].length - word.length).replace(/[“"「]$/, ''));
      claim.grade = { grade: gradeOf(word), text: word, ref: this.s.at(at + m[0].length - word.length) };
    }
  }
}

/** A builder completion whose 执行数 is not the one the project reader read for the project (it took 结余 for it). */
function otherActual(c: Claim | undefined, group: ProjectFigureClaim[]): boolean {
  if (c?.type !== 'completion' || !c.actual) return false;
  const executed = group.find((g) => g.field === 'executed')?.amount;
  if (!executed) return false;
  const a = c.actual.stated.ref;
  const e = executed.stated.ref;
  return a.line !== e.line || a.column !== e.column;
}

/** Whether a builder claim is bound to a figure of this project's table. */
function boundTo(c: Claim | undefined, p: ProjectEvaluation): boolean {
  if (!c) return false;
  const o = c as { binding?: Binding; amount?: { binding?: Binding }; actual?: { binding?: Binding }; budget?: { binding?: Binding } };
  const bindings = [o.binding, o.amount?.binding, o.actual?.binding, o.budget?.binding];
  return bindings.some((b) => b?.table === 'evaluation' && b.cell.ref.sheet === p.source.sheet && b.cell.ref.file === p.source.file);
}

function isGraded(c: ProjectCountClaim): boolean {
  return c.activity === 'self' || c.activity === 'review';
}

/** 预算 without 年初 / 全年 names one figure only when the table prints the two alike. */
function fieldReading(p: ProjectEvaluation, field: ProjectField, label: string): Reading {
  if (field !== 'budget') return reading('binding', label, 'label', label);
  const total = p.funds.find((f) => f.kind === 'total') ?? p.funds[0];
  const same = !total?.initial || !total.full || (total.initial.value !== null && total.full.value !== null && total.initial.value.eq(total.full.value));
  return same
    ? reading('binding', '全年预算数', 'label', label, { note: { zh: '年初预算数与全年预算数相同', en: 'the initial and the full-year budget are the same' } })
    : reading('binding', '全年预算数', 'default', label, { alternative: { zh: '年初预算数', en: 'the initial budget (年初预算数)' } });
}

export { identityContext };
