/**
 * @fileoverview narrative/project-figures — what the narrative says about one project (“培训费项目
 * 年初预算数5.37万元，全年执行数3.97万元，预算执行率73.99%，自评得分78.4分，评价等级为“中””) equals that
 * project's self-evaluation table, and its own figures agree (执行数 / 预算数 = 执行率).
 */
import type { Cell, Related } from '../../src/types';
import type { ProjectEvaluation } from '../../src/ledger/evaluation';
import type { ProjectFigureClaim } from '../../src/narrative/projects/types';
import { createRule } from '../../src/engine/rule';
import { checkRatio, checkSame, verdictFields } from '../../src/ledger/check';
import { toWan } from '../../src/narrative/numbers';
import { wanNumber } from '../../src/narrative/arith';
import { claimsOf, readingUse } from './util';
import { gradeOf } from './evaluation-count';

const FIELD_ZH: Record<ProjectFigureClaim['field'], string> = { initial: '年初预算数', full: '全年预算数', budget: '全年预算数', executed: '全年执行数', rate: '执行率', score: '总分', grade: '等次' };

function tableFigure(e: ProjectEvaluation, field: ProjectFigureClaim['field']): Cell | undefined {
  const total = e.funds.find((f) => f.kind === 'total') ?? e.funds[0];
  const wan = (c: Cell | undefined) => (c ? toWan(c, e.unit ?? '万元') : undefined);
  switch (field) {
    case 'initial':
      return wan(total?.initial);
    case 'full':
    case 'budget':
      return wan(total?.full);
    case 'executed':
      return wan(total?.executed);
    case 'rate':
      return total?.rate;
    case 'score':
      return e.total ?? undefined;
    default:
      return undefined;
  }
}

function relatedCell(e: ProjectEvaluation, label: string, c: Cell): Related {
  return { label: `${e.name} · ${label}`, file: c.ref.file, ...(c.ref.sheet ? { sheet: c.ref.sheet } : {}), ...(c.ref.cell ? { cell: c.ref.cell } : {}), value: c.raw };
}

type Messages = 'figureMismatch' | 'rateIsScore' | 'scoreIsRate' | 'gradeMismatch' | 'rateInternal';

export default createRule<Messages>({
  meta: {
    id: 'narrative/project-figures',
    family: 'narrative',
    description: { zh: '说明中单个项目的预算、执行数、执行率、得分和等次应与该项目自评表一致', en: 'A project’s budget, execution, rate, score and grade in the narrative match its self-evaluation table' },
    defaultSeverity: 'error',
    requires: ['claims', 'evaluations'],
    docs: {
      rationale: {
        zh: '项目绩效自评结果段落逐个复述项目自评表：年初预算数、全年预算数、全年执行数、预算执行率、自评得分和等级。复述时抄错、把自评得分当成执行率（“经费执行率98.73%”，98.73是得分）都很常见。规则按项目名称（可省略“项目”“经费”、年份，可简写，但须只与一张自评表相符；不按主管部门或单位名称）找到该项目的自评表，逐项比较；同一句（段）写出执行数和预算数时，还核对执行率是否等于二者之比。名称对应不上或同名自评表不止一张时，该句列为未理解，不报错；只写“预算”而自评表年初与全年预算不同时，只作警告。',
        en: 'Per-project paragraphs restate each project’s 自评表: initial and full-year budget, execution, execution rate, score and grade — with copying slips, and the score quoted as the rate (“经费执行率98.73%” where 98.73 is the score). The rule finds the project’s table by its name as written (without 项目 / 经费 / the year, abbreviated, but matching one table only — never by the department’s name), compares each figure, and where the same sentence or paragraph gives execution and budget, checks the rate against their ratio. A name that matches no table or two tables leaves the sentence not understood (no finding); a bare 预算 where the table’s initial and full-year budgets differ gives a warning at most.',
      },
      examples: {
        invalid: { zh: '“网信长治项目全年执行数9万元”，自评表全年执行数10；“全年预算数30万元，全年执行数3万元，预算执行率100.00%”', en: '“网信长治项目全年执行数9万元” while its table shows 10; “30万元 … 3万元 … 执行率100.00%”' },
        valid: { zh: '“培训费项目全年预算数5.37万元，全年执行数3.973万元，预算执行率73.99%，自评得分78.4分”', en: '“培训费项目全年预算数5.37万元，全年执行数3.973万元，预算执行率73.99%，自评得分78.4分” as its table says' },
      },
    },
    messages: {
      figureMismatch: { zh: '说明称“{{project}}”{{field}}为{{stated}}，该项目自评表为{{expected}}', en: 'The narrative gives {{field}} of “{{project}}” as {{stated}}; its self-evaluation table shows {{expected}}' },
      rateIsScore: {
        zh: '说明称“{{project}}”执行率为{{stated}}%，该项目自评表执行率为{{expected}}%，而{{stated}}是其自评得分（总分{{score}}）',
        en: 'The narrative gives the execution rate of “{{project}}” as {{stated}}%; its table shows {{expected}}%, and {{stated}} is its score (总分 {{score}})',
      },
      scoreIsRate: {
        zh: '说明称“{{project}}”自评得分为{{stated}}分，该项目自评表总分为{{expected}}，而{{stated}}是其执行率（{{rate}}%）',
        en: 'The narrative gives the score of “{{project}}” as {{stated}}; its table shows {{expected}}, and {{stated}} is its execution rate ({{rate}}%)',
      },
      gradeMismatch: { zh: '说明称“{{project}}”自评等级为“{{stated}}”，该项目自评表为“{{expected}}”', en: 'The narrative grades “{{project}}” {{stated}}; its self-evaluation table gives {{expected}}' },
      rateInternal: {
        zh: '说明称“{{project}}”执行率为{{stated}}%，而同处所写执行数{{executed}}万元 ÷ 预算数{{budget}}万元 = {{expected}}%',
        en: 'The narrative gives the execution rate of “{{project}}” as {{stated}}%, but its own figures give {{executed}} ÷ {{budget}} = {{expected}}%',
      },
    },
  },
  check(doc, ctx) {
    const internalDone = new Set<ProjectFigureClaim[]>();
    for (const c of claimsOf(doc, 'project-figure')) {
      // a rate the builder bound to this table is checked by narrative/completion, its own arithmetic too
      if (c.checkedElsewhere) continue;
      if (c.field === 'rate' && !internalDone.has(c.group)) internalRate(c);
      const e = c.project;
      const uses = (cell: Cell) => [...readingUse(cell, `自评表 ${e.name}`, c.identity), ...readingUse(cell, c.label, c.fieldReading)];
      if (c.field === 'grade') {
        const expected = gradeOf(e);
        if (!expected || !c.grade) continue;
        ctx.checked();
        if (expected === c.grade.grade) continue;
        const at = e.grade?.ref ?? e.total?.ref;
        ctx.report({
          messageId: 'gradeMismatch',
          data: { project: e.name, stated: c.grade.text, expected },
          at: c.ref,
          related: at ? [{ label: `${e.name} · 等次`, file: at.file, ...(at.sheet ? { sheet: at.sheet } : {}), ...(at.cell ? { cell: at.cell } : {}), value: e.grade?.text ?? e.total?.raw ?? '' }] : [],
          uses: e.total ? uses(e.total) : [],
          source: 'narrative',
        });
        continue;
      }
      const stated = c.amount?.wan ?? c.value;
      const reference = tableFigure(e, c.field);
      if (!stated || stated.value === null || !reference || reference.value === null) continue;
      ctx.checked();
      const v = checkSame(stated, reference, { tolerance: ctx.tolerance });
      if (v.kind !== 'equal') {
        const other = c.field === 'rate' ? e.total : c.field === 'score' ? tableFigure(e, 'rate') : undefined;
        const isOther = other && other.value !== null && checkSame(stated, other).kind === 'equal';
        const messageId: Messages = isOther ? (c.field === 'rate' ? 'rateIsScore' : 'scoreIsRate') : 'figureMismatch';
        const statedText = c.amount ? c.amount.stated.raw : c.value!.raw.replace(/%$/, '');
        ctx.report({
          messageId,
          data: { project: e.name, field: FIELD_ZH[c.field], stated: messageId === 'figureMismatch' ? (c.amount?.stated.raw ?? c.value!.raw) : statedText, expected: v.expected, score: e.total?.raw ?? '', rate: tableFigure(e, 'rate')?.raw ?? '' },
          at: c.ref,
          related: [relatedCell(e, FIELD_ZH[c.field], reference), ...(isOther && other ? [relatedCell(e, c.field === 'rate' ? '总分' : '执行率', other)] : [])],
          uses: uses(reference),
          ...verdictFields(v),
          source: 'narrative',
        });
      }
    }

    function internalRate(c: ProjectFigureClaim): void {
      internalDone.add(c.group);
      const executed = c.group.find((g) => g.field === 'executed')?.amount?.wan;
      const budgetClaim = c.group.find((g) => g.field === 'full') ?? c.group.find((g) => g.field === 'budget');
      const budget = budgetClaim?.amount?.wan;
      if (!executed || !budget || !c.value) return;
      const v = checkRatio(c.value, executed, budget, { tolerance: ctx.tolerance });
      ctx.checked();
      if (!v || v.kind === 'equal') return;
      ctx.report({
        messageId: 'rateInternal',
        data: { project: c.project.name, stated: c.value.raw.replace(/%$/, ''), executed: wanNumber(executed.value!, executed.decimals), budget: wanNumber(budget.value!, budget.decimals), expected: v.expected },
        at: c.ref,
        uses: [...readingUse(c.value, `自评表 ${c.project.name}`, c.identity), ...readingUse(budget, budgetClaim!.label, budgetClaim!.fieldReading)],
        ...verdictFields(v),
        source: 'narrative',
      });
    }
  },
});
