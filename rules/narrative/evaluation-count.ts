/**
 * @fileoverview narrative/evaluation-count — “绩效自评个数13个，8个项目自评等级为“优”” equals the
 * self-evaluation tables attached to the document: how many there are, and how many carry each grade.
 */
import type { ProjectEvaluation } from '../../src/ledger/evaluation';
import { createRule } from '../../src/engine/rule';
import { claimsOf } from './util';

type Grade = '优' | '良' | '中' | '差';

/** 等次 as printed (优 / 优秀 / 良好 …), or from 总分 by 财预〔2020〕10号 bands when not printed. */
export function gradeOf(e: ProjectEvaluation): Grade | null {
  const t = e.grade?.text.replace(/\s/g, '') ?? '';
  const m = /优|良|中|差/.exec(t);
  if (m) return m[0] as Grade;
  const s = e.total?.value;
  if (!s) return null;
  return s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差';
}

export default createRule<'projectCount' | 'gradeCount'>({
  meta: {
    id: 'narrative/evaluation-count',
    family: 'narrative',
    description: { zh: '自评项目个数和等次分布应与所附自评表一致', en: 'Project counts and grade tallies match the attached self-evaluation tables' },
    defaultSeverity: 'error',
    requires: ['claims', 'evaluations'],
    docs: {
      rationale: {
        zh: '预算绩效情况说明常写“自评个数13个，8个项目为优”，而所附项目支出绩效自评表只有11张、其中5张为优。规则数所附自评表的张数和等次（未写等次时按总分：优≥90，良80–90，中60–80，差<60），与说明中的数字比较。',
        en: 'The 预算绩效 paragraph often says “13 projects, 8 rated 优” while 11 tables are attached, 5 of them 优. The rule counts the attached tables and their grades (from 总分 by the official bands when no grade is printed) and compares.',
      },
      examples: {
        invalid: { zh: '“自评个数13个”，附表11张', en: '“自评个数13个” with 11 tables attached' },
        valid: { zh: '“3个项目自评等级为“中””，附表中3张为中', en: '“3 projects 中” with three 中 tables' },
      },
    },
    messages: {
      projectCount: { zh: '说明称绩效自评项目{{stated}}个，所附自评表为{{expected}}张', en: 'The narrative counts {{stated}} evaluated projects, {{expected}} self-evaluation tables are attached' },
      gradeCount: { zh: '说明称{{stated}}个项目自评等级为“{{grade}}”，所附自评表中为{{expected}}个', en: 'The narrative says {{stated}} projects are graded {{grade}}; the attached tables have {{expected}}' },
    },
  },
  check(doc, ctx) {
    const evals = doc.evaluations;
    // a self-evaluation table the recognizer could not read would make any count look wrong
    const unread = doc.unrecognised.some((u) => /绩效|自评/.test(`${u.sheet} ${u.reason}`));
    const soft = unread ? { severity: 1 as const } : {};
    const related = (list: ProjectEvaluation[]) => list.map((e) => ({ label: e.name, file: e.source.file, sheet: e.source.sheet, ...(e.grade?.ref.cell ? { cell: e.grade.ref.cell } : {}), value: e.grade?.text ?? (e.total?.raw ?? '') }));
    for (const c of claimsOf(doc, 'count')) {
      if (c.what === 'projects') {
        ctx.checked();
        const stated = c.count.value!.toFixed(0);
        if (c.count.value!.eq(evals.length)) continue;
        ctx.report({ messageId: 'projectCount', data: { stated, expected: evals.length }, at: c.ref, related: related(evals), actual: stated, expected: String(evals.length), source: 'narrative', ...soft });
      } else if (c.what === 'grade' && c.grade) {
        ctx.checked();
        const graded = evals.filter((e) => gradeOf(e) === c.grade);
        const stated = c.count.value!.toFixed(0);
        if (c.count.value!.eq(graded.length)) continue;
        ctx.report({ messageId: 'gradeCount', data: { stated, grade: c.grade, expected: graded.length }, at: c.ref, related: related(graded), actual: stated, expected: String(graded.length), source: 'narrative', ...soft });
      }
    }
  },
});
