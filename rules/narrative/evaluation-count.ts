/**
 * @fileoverview narrative/evaluation-count — counts of projects and grade tallies the narrative
 * states (“绩效自评个数13个，8个项目自评等级为“优””, “对16个项目编制了绩效目标”, “其中优8个、良2个、中0个、
 * 差1个”) against the attached self-evaluation tables, against each other, and against themselves.
 */
import type { ProjectEvaluation } from '../../src/ledger/evaluation';
import type { GradeTallyClaim, ProjectCountClaim } from '../../src/narrative/projects/types';
import { createRule } from '../../src/engine/rule';
import type { Cell } from '../../src/types';
import { checkRatio, verdictFields } from '../../src/ledger/check';
import { D } from '../../src/ledger/decimal';
import { claimsOf } from './util';
import { textPlace } from '../../src/engine/regions';

type Grade = '优' | '良' | '中' | '差';

/** 等次 as printed (优 / 优秀 / 良好 / 合格 …), or from 总分 by 财预〔2020〕10号 bands when not printed. */
export function gradeOf(e: ProjectEvaluation): Grade | null {
  const t = e.grade?.text.replace(/\s/g, '') ?? '';
  if (/不合格|较差/.test(t)) return '差';
  if (/合格/.test(t)) return '中';
  const m = /优|良|中|差/.exec(t);
  if (m) return m[0] as Grade;
  const s = e.total?.value;
  if (!s) return null;
  return s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差';
}


type Messages = 'projectCount' | 'selectionCount' | 'gradeCount' | 'gradeCountUnattached' | 'tallySum' | 'tallyExceeds' | 'countsDiffer' | 'countRestated' | 'shareInternal' | 'shareTables';

export default createRule<Messages>({
  meta: {
    id: 'narrative/evaluation-count',
    family: 'narrative',
    description: { zh: '自评项目个数和等次分布应与所附自评表及说明自身一致', en: 'Project counts and grade tallies match the attached self-evaluation tables and each other' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '预算绩效情况说明常写“自评个数13个，8个项目为优”，而所附项目支出绩效自评表只有11张、其中5张为优；也常见“其中优8个、良2个、中0个、差1个”合计不等于所说的项目个数。规则读出每个项目个数说的是哪项工作（编制绩效目标、绩效监控、绩效自评、部门评价，以句中文字为准），自评个数与所附自评表张数比较（有未识别的自评表时只作警告）；各等次个数与自评表的等次（未写等次时按总分：优≥90，良80–90，中60–80，差<60）比较，所说项目多于附表时，多出的项目可能解释的差额只作警告；四个等次都写出时其和应等于项目个数，只写部分等次时其和不应超过项目个数；同一段落中不同工作的项目个数可以不同，只作警告，同一工作说了两个不同个数则报错。“选取/抽取/重点N个项目”是所选的一部分，与附表张数不同只作警告；其他年度（2023年、上年度，含标题所写年度）和下属单位、所属单位、二级单位的项目个数与等次不是本文件的，不作比较。评价结果不是优、良、中、差（一等/二等、A/B级、第一名）的不当作等次个数。“优秀率”“优良率”“占项目总数的X%”按说明所写等次个数与项目个数核对，未写等次个数时按所附自评表核对（项目个数须与附表张数相同）。未附自评表时只核对说明自身。',
        en: 'The 预算绩效 paragraph often says “13 projects, 8 rated 优” while 11 tables are attached, 5 of them 优, or lists “优8个、良2个、中0个、差1个”, which do not add up to the count it gave. The rule reads which activity each count is of (targets, monitoring, self-evaluation, departmental evaluation — by the words printed), compares the self-evaluation count with the attached tables (a warning while any self-evaluation sheet is unrecognised), each grade tally with the tables’ grades (from 总分 by the official bands when none is printed) — a difference the unattached projects could explain is a warning —, requires the four tallies to add up to the count when all four are given and never to exceed it, and warns where counts of different activities differ (they may), reporting two different counts of one activity. A selection (选取 / 抽取 / 重点 N 个项目) differing from the attached tables is a warning (they may be that selection or a part); counts of another year (2023年, 上年度, also from the heading) or of 下属单位 / 所属单位 / 二级单位 are not this document’s and are not compared; scales other than 优/良/中/差 (一等/二等, A/B级, 第一名) are no grade tallies. A 优秀率 / 优良率 / 占项目总数的 X% is checked against the stated tallies over the count, or, with no tally, against the tables’ grades (when the count is theirs). Without attached tables only the narrative’s own figures are checked.',
      },
      examples: {
        invalid: { zh: '“自评个数13个”，附表11张；“对13个项目开展绩效自评，其中优8个、良2个、中0个、差1个”', en: '“自评个数13个” with 11 tables attached; “13 projects: 优8、良2、中0、差1”' },
        valid: { zh: '“对11个项目开展了绩效自评，其中优5个、良3个、中3个”，附表11张中5张为优、3张为良、3张为中', en: '“11 projects evaluated: 优5、良3、中3” with those 11 tables attached' },
      },
    },
    messages: {
      projectCount: { zh: '说明称绩效自评项目{{stated}}个，所附自评表为{{expected}}张', en: 'The narrative counts {{stated}} evaluated projects, {{expected}} self-evaluation tables are attached' },
      selectionCount: {
        zh: '说明称“{{words}}”{{stated}}个项目开展绩效自评，所附自评表为{{expected}}张；所附的可能只是所选项目或其一部分，请复核',
        en: 'The narrative says {{stated}} projects were selected (“{{words}}”) for self-evaluation; {{expected}} tables are attached, which may be that selection or a part of it — please review',
      },
      gradeCount: { zh: '说明称{{stated}}个项目自评等级为“{{grade}}”，所附自评表中为{{expected}}个', en: 'The narrative says {{stated}} projects are graded {{grade}}; the attached tables have {{expected}}' },
      gradeCountUnattached: {
        zh: '说明称{{stated}}个项目自评等级为“{{grade}}”，所附自评表中为{{expected}}个；说明所称自评项目比附表多{{missing}}个，差额可能来自未附的自评表，请复核',
        en: 'The narrative says {{stated}} projects are graded {{grade}}; the attached tables have {{expected}}; {{missing}} evaluated projects have no attached table and may explain it — please review',
      },
      tallySum: { zh: '说明各等次个数之和为{{expected}}个（{{parts}}），与所称“{{activity}}”项目{{stated}}个不一致', en: 'The grade tallies add up to {{expected}} ({{parts}}), not the {{stated}} projects stated for “{{activity}}”' },
      tallyExceeds: { zh: '说明所列等次个数之和已达{{expected}}个（{{parts}}），超过所称“{{activity}}”项目{{stated}}个', en: 'The grade tallies listed already add up to {{expected}} ({{parts}}), more than the {{stated}} projects stated for “{{activity}}”' },
      countsDiffer: { zh: '说明称“{{activityA}}”项目{{countA}}个，“{{activityB}}”项目{{countB}}个，两者不同，请复核', en: 'The narrative counts {{countA}} projects for “{{activityA}}” and {{countB}} for “{{activityB}}” — please review' },
      shareInternal: {
        zh: '说明称{{words}}为{{stated}}%，而所称{{grades}}项目{{part}}个 ÷ “{{activity}}”项目{{count}}个 = {{expected}}%',
        en: 'The narrative gives {{words}} as {{stated}}%, but its own {{part}} projects graded {{grades}} ÷ {{count}} projects for “{{activity}}” = {{expected}}%',
      },
      shareTables: {
        zh: '说明称{{words}}为{{stated}}%，所附{{count}}张自评表中等次为{{grades}}的有{{part}}张，占{{expected}}%',
        en: 'The narrative gives {{words}} as {{stated}}%; {{part}} of the {{count}} attached tables are graded {{grades}}, i.e. {{expected}}%',
      },
      countRestated: { zh: '说明先称“{{activity}}”项目{{first}}个，又称{{stated}}个', en: 'The narrative first counts {{first}} projects for “{{activity}}”, then {{stated}}' },
    },
  },
  check(doc, ctx) {
    const evals = doc.evaluations;
    const attached = evals.length > 0;
    // a self-evaluation table the recognizer could not read would make any count look wrong
    const unread = doc.unrecognised.some((u) => /绩效|自评/.test(`${u.sheet} ${u.reason}`));
    const soft = unread ? { severity: 1 as const } : {};
    const related = (list: ProjectEvaluation[]) => list.map((e) => ({ label: e.name, file: e.source.file, sheet: e.source.sheet, ...(e.grade?.ref.cell ? { cell: e.grade.ref.cell } : {}), value: e.grade?.text ?? (e.total?.raw ?? '') }));
    const n = (c: { value: { toFixed(d: number): string } | null }) => c.value!.toFixed(0);

    const selfCount = (stated: string, at: ProjectCountClaim['ref'], selection?: string) => {
      if (!attached) return;
      ctx.checked();
      if (stated === String(evals.length)) return;
      // a selection's tables may be attached in part: a warning at most
      if (selection) {
        ctx.report({ messageId: 'selectionCount', data: { words: selection, stated, expected: evals.length }, at, related: related(evals), actual: stated, expected: String(evals.length), source: 'narrative', severity: 1 });
        return;
      }
      ctx.report({ messageId: 'projectCount', data: { stated, expected: evals.length }, at, related: related(evals), actual: stated, expected: String(evals.length), source: 'narrative', ...soft });
    };
    const gradeCount = (grade: Grade, statedValue: number, at: GradeTallyClaim['ref'], evaluated: number | undefined, selected = false) => {
      if (!attached) return;
      ctx.checked();
      const graded = evals.filter((e) => gradeOf(e) === grade);
      if (statedValue === graded.length) return;
      const stated = String(statedValue);
      // projects evaluated without an attached table may hold the grades the tables lack
      const missing = evaluated !== undefined ? evaluated - evals.length : 0;
      const explicable = statedValue > graded.length && missing > 0 && statedValue - graded.length <= missing;
      ctx.report({
        messageId: explicable ? 'gradeCountUnattached' : 'gradeCount',
        data: { stated, grade, expected: graded.length, missing },
        at,
        related: related(graded),
        actual: stated,
        expected: String(graded.length),
        source: 'narrative',
        ...(explicable || selected ? { severity: 1 as const } : soft),
      });
    };

    // the builder's own counts, where the project reader did not take them
    for (const c of claimsOf(doc, 'count')) {
      // a count of another year or of a 部门评价 is not these tables'
      if (c.scope && (c.scope.kind === 'year' || c.scope.kind === 'review')) continue;
      if (c.what === 'projects') selfCount(n(c.count), c.ref);
      else if (c.what === 'grade' && c.grade) gradeCount(c.grade, c.count.value!.toNumber(), c.ref, undefined);
    }

    // counts and tallies of another year or body are read, never compared with this document
    const counts = claimsOf(doc, 'project-count').filter((c) => !c.foreign);
    for (const c of counts) if (c.activity === 'self') selfCount(n(c.count), c.count.ref, c.selection);
    for (const t of claimsOf(doc, 'grade-tally')) {
      if (t.foreign || t.of?.foreign) continue;
      const of = t.of && t.of.activity === 'self' ? t.of.count.value!.toNumber() : undefined;
      const selected = !!t.of?.selection && !t.of.count.value!.eq(evals.length);
      if (!t.of || t.of.activity === 'self') gradeCount(t.grade, t.count.value!.toNumber(), t.count.ref, of, selected);
    }

    // the narrative's own arithmetic: the tallies of a count add up to it
    for (const c of counts) {
      if (!c.tallies.length) continue;
      ctx.checked();
      const grades = new Set(c.tallies.map((t) => t.grade));
      const sum = c.tallies.reduce((s, t) => s + t.count.value!.toNumber(), 0);
      const stated = c.count.value!.toNumber();
      const parts = c.tallies.map((t) => `${t.gradeText}${n(t.count)}`).join('、');
      const activity = c.activityWords;
      const last = c.tallies[c.tallies.length - 1];
      if (grades.size === 4 && sum !== stated) {
        ctx.report({ messageId: 'tallySum', data: { expected: sum, parts, activity, stated }, at: last.count.ref, related: [{ label: activity, file: c.ref.file, ...textPlace(c.ref), value: String(stated) }], actual: String(stated), expected: String(sum), source: 'narrative' });
      } else if (sum > stated) {
        ctx.report({ messageId: 'tallyExceeds', data: { expected: sum, parts, activity, stated }, at: last.count.ref, actual: String(stated), expected: String(sum), source: 'narrative' });
      }
    }

    // grade shares (优秀率, 占项目总数的): the stated tallies over the count, and the tables' grades
    const exact = (k: number, ref: Cell['ref']): Cell => ({ value: new D(k), raw: String(k), decimals: 20, ref });
    for (const s of claimsOf(doc, 'grade-share')) {
      const c = s.of;
      if (c.foreign) continue;
      const count = c.count.value!.toNumber();
      const grades = s.grades.join('、');
      const stated = s.percent.raw.replace(/%$/, '');
      const tallies = s.grades.map((g) => c.tallies.find((t) => t.grade === g));
      if (tallies.every(Boolean)) {
        const part = tallies.reduce((x, t) => x + t!.count.value!.toNumber(), 0);
        const v = checkRatio(s.percent, exact(part, s.ref), exact(count, s.ref), { tolerance: ctx.tolerance });
        if (v) {
          ctx.checked();
          if (v.kind !== 'equal') ctx.report({ messageId: 'shareInternal', data: { words: s.words, stated, grades, part, activity: c.activityWords, count, expected: v.expected }, at: s.percent.ref, ...verdictFields(v), source: 'narrative' });
          continue;
        }
      }
      // against the tables only where the count is theirs (another count is reported above)
      if (!attached || c.selection || count !== evals.length) continue;
      const part = evals.filter((e) => s.grades.includes(gradeOf(e) as Grade)).length;
      const v = checkRatio(s.percent, exact(part, s.ref), exact(evals.length, s.ref), { tolerance: ctx.tolerance });
      if (!v) continue;
      ctx.checked();
      if (v.kind !== 'equal') ctx.report({ messageId: 'shareTables', data: { words: s.words, stated, count: evals.length, grades, part, expected: v.expected }, at: s.percent.ref, related: related(evals.filter((e) => s.grades.includes(gradeOf(e) as Grade))), ...verdictFields(v), source: 'narrative', ...soft });
    }

    // counts against each other, within a section: one activity once, activities may differ
    const bySection = new Map<string, ProjectCountClaim[]>();
    for (const c of counts) {
      const k = c.section.join(' / ');
      bySection.set(k, [...(bySection.get(k) ?? []), c]);
    }
    for (const list of bySection.values()) {
      const first = new Map<string, ProjectCountClaim>();
      for (const c of list) {
        const seen = first.get(c.activity);
        if (!seen) {
          first.set(c.activity, c);
          continue;
        }
        ctx.checked();
        if (n(seen.count) !== n(c.count)) {
          // a selection beside the whole (全部13个…，选取3个重点项目…) may differ: a warning
          const part = !!(seen.selection || c.selection);
          ctx.report({ ...(part ? { severity: 1 as const } : {}), messageId: 'countRestated', data: { activity: c.activityWords, first: n(seen.count), stated: n(c.count) }, at: c.count.ref, related: [{ label: seen.activityWords, file: seen.ref.file, ...textPlace(seen.ref), value: n(seen.count) }], actual: n(c.count), expected: n(seen.count), source: 'narrative' });
        }
      }
      const self = first.get('self');
      for (const other of ['target', 'monitor'] as const) {
        const c = first.get(other);
        if (!c || !self) continue;
        ctx.checked();
        if (n(c.count) === n(self.count)) continue;
        ctx.report({
          messageId: 'countsDiffer',
          data: { activityA: c.activityWords, countA: n(c.count), activityB: self.activityWords, countB: n(self.count) },
          at: c.count.ref,
          related: [{ label: self.activityWords, file: self.ref.file, ...textPlace(self.ref), value: n(self.count) }],
          actual: n(c.count),
          expected: n(self.count),
          source: 'narrative',
          severity: 1,
        });
      }
    }
  },
});
