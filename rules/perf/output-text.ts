/**
 * @fileoverview perf/output-text — an indicator's actual figure against what the same table's text
 * says about it (产出情况: "解读网信政策法规条数10条以上" while the indicator claims ≥25条).
 */
import { createRule } from '../../src/engine/rule';
import { D } from '../../src/ledger/decimal';
import type { SourceRef } from '../../src/types';
import { normaliseText, scanNumbers, type TextNumber } from '../../src/text';
import { parseFigure } from './utils/targets';
import { scoredTables } from './utils/scored';

type Figure = { value: InstanceType<typeof D>; unit: string; text: string };

/** A text as read: normalised, with its numbers by where they start (scanned once per text). */
interface ReadText {
  p: { text: string; ref: SourceRef };
  text: string;
  numbers: Map<number, TextNumber>;
}

/** The unit of a count or measure: up to two characters, then 以上/以下 (25条以上, 100人次). */
const UNIT = '([^\\d，。,;；、以]{0,2}(?:以上|以下)?)';
const VERB = /^(?:超过?|达到?|共|为|约)?/;
/** The measure word of a unit as scanned (2次专 → 次): a classifier or a unit of measure. */
const CLASSIFIER = /^(人次|平方米|平方公里|公里|小时|[个次人名家条台项天套份篇场所批户件])/;
const VERB_BEFORE = /(?:超过|达到|超|达|共|为|约)$/;
/** A count or measure: a unit word after the number (85人, 25条, 750平方米) … */
const MEASURE = /^[^\s\d]/;
/** … but not a date, an amount, a percentage or points (perf/analysis-figures reads those), nor an ordinal. */
const NOT_A_MEASURE = /^(年|月|日|号|时|点|万元|元|亿|%|分|期|季|届|版|第|个月|[-—~～、,，.。;；:：()（）])/;

function readText(p: { text: string; ref: SourceRef }): ReadText {
  const text = normaliseText(p.text).text;
  return { p, text, numbers: new Map(scanNumbers(text, UNIT, { keepBare: true }).map((n) => [n.start, n])) };
}

/** The figure the text gives right after a name ("<name>[超|达|共|为]N<unit>"), at its first such place. */
function figureAfter(t: ReadText, name: string): Figure | null {
  for (let i = t.text.indexOf(name); i >= 0; i = t.text.indexOf(name, i + 1)) {
    const after = i + name.length;
    const verb = VERB.exec(t.text.slice(after, after + 2))![0].length;
    const n = t.numbers.get(after + verb);
    if (n) return { value: n.value, unit: n.unit, text: t.text.slice(after, n.unitEnd) };
  }
  return null;
}

export default createRule<'textDiffers'>({
  meta: {
    id: 'perf/output-text',
    family: 'perf',
    description: { zh: '指标实际完成值与表内文字说明不一致', en: 'An indicator\'s actual differs from the table\'s own text' },
    defaultSeverity: 'warn',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '同一张自评表的“产出情况”“实际完成情况”文字与指标表的实际完成值应当一致；不一致时至少有一处是照抄指标值。',
        en: 'The table\'s own text (产出情况, 实际完成情况) and the indicator\'s actual should agree; when they do not, one of them was copied from the target.',
      },
      examples: {
        invalid: { zh: '指标“解读网信政策法规条数”实际 ≥25条，产出情况写“解读网信政策法规条数10条以上”', en: 'Indicator actual ≥25条, text says 10条以上' },
        valid: { zh: '实际 ≥25条，文字“发布政务信息数量25条以上”', en: 'Actual ≥25条, text 25条以上' },
      },
    },
    messages: {
      textDiffers: {
        zh: '“{{project}}”指标“{{indicator}}”实际完成值 {{actualText}}，表内文字却写“{{phrase}}”',
        en: '"{{project}}" "{{indicator}}": actual {{actualText}}, but the table\'s text says "{{phrase}}"',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      // What was done, where a label says which goal text that is; else every goal text.
      const texts = [...t.analysis, ...(t.achieved.length ? t.achieved : t.goals)].map(readText);
      // Counts and measures in what the table says was done that follow no indicator's name: not understood.
      const names = t.indicators.filter((i) => i.name.length >= 4).flatMap((i) => [i.name, i.name.slice(-4)].map((n) => normaliseText(n).text));
      for (const x of [...t.analysis, ...t.achieved].map(readText)) {
        for (const n of x.numbers.values()) {
          if (!MEASURE.test(n.unit) || NOT_A_MEASURE.test(n.unit)) continue;
          const lead = x.text.slice(0, n.start).replace(VERB_BEFORE, '');
          if (!names.some((name) => lead.endsWith(name))) ctx.notUnderstood?.(x.p.text, x.p.ref, `${n.text}${CLASSIFIER.exec(n.unit)?.[0] ?? n.unit}`);
        }
      }
      for (const ind of t.indicators) {
        const actual = parseFigure(ind.actual);
        if (!actual || ind.name.length < 4) continue;
        // The full name, else its last four characters (参加培训人数 → 培训人数).
        for (const name of [ind.name, ind.name.slice(-4)].map((n) => normaliseText(n).text)) {
          const hit = texts.map((x) => ({ p: x.p, f: figureAfter(x, name) })).find((x) => x.f);
          if (!hit || !hit.f) continue;
          const sameUnit = !actual.unit || !hit.f.unit || actual.unit[0] === hit.f.unit[0];
          // A bound is consistent with any figure on its side (≥95% and 96%).
          const v = hit.f.value;
          const consistent = v.eq(actual.value) || (actual.op === '>=' && v.gt(actual.value)) || (actual.op === '<=' && v.lt(actual.value));
          if (sameUnit && !consistent) {
            ctx.report({
              messageId: 'textDiffers',
              data: { project: t.label, indicator: ind.name, actualText: ind.actual, phrase: `${name}${hit.f.text}` },
              at: ind.actualRef ?? ind.ref,
              related: [{ label: '文字说明', sheet: hit.p.ref.sheet, cell: hit.p.ref.cell, value: hit.p.text.slice(0, 60) }],
              uses: [ind.weight, ind.score],
              actual: actual.text,
              expected: hit.f.value.toFixed(),
            });
          }
          break;
        }
      }
    }
  },
});
