/**
 * @fileoverview perf/grade — 等次 follows 总分: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (财预〔2020〕10号).
 */
import { createRule } from '../../src/engine/rule';
import { scoredTables } from './utils/scored';

export function gradeOf(total: { gte(n: number): boolean }): '优' | '良' | '中' | '差' {
  if (total.gte(90)) return '优';
  if (total.gte(80)) return '良';
  if (total.gte(60)) return '中';
  return '差';
}

const ALIASES: Record<string, string> = { 优秀: '优', 良好: '良', 合格: '中', 不合格: '差' };

export default createRule<'gradeMismatch'>({
  meta: {
    id: 'perf/grade',
    family: 'perf',
    description: { zh: '等次应与总分相符', en: 'The grade must match the total' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '财预〔2020〕10号：90（含）以上为优，80（含）–90 为良，60（含）–80 为中，60 以下为差。',
        en: '财预〔2020〕10号: ≥ 90 优, 80–<90 良, 60–<80 中, < 60 差.',
      },
      examples: {
        invalid: { zh: '总分 79.93，等次“良” → 应为“中”', en: 'Total 79.93 graded 良 → expected 中' },
        valid: { zh: '总分 81，等次“良”', en: 'Total 81 graded 良' },
      },
    },
    messages: {
      gradeMismatch: {
        zh: '“{{project}}”总分 {{total}} 对应等次“{{expectedGrade}}”，表中为“{{grade}}”',
        en: '"{{project}}": total {{total}} means grade {{expectedGrade}}, the table says {{grade}}',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      if (!t.grade || !t.total || t.total.value === null) continue;
      const stated = ALIASES[t.grade.text] ?? t.grade.text;
      const expected = gradeOf(t.total.value);
      if (stated === expected) continue;
      ctx.report({
        messageId: 'gradeMismatch',
        data: { project: t.label, total: t.total.raw, grade: t.grade.text, expectedGrade: expected },
        at: t.grade.ref,
        related: [{ label: '总分', sheet: t.total.ref.sheet, cell: t.total.ref.cell, value: t.total.raw }],
        uses: [t.total],
      });
    }
  },
});
