/**
 * @fileoverview perf/output-text — an indicator's actual figure against what the same table's text
 * says about it (产出情况: "解读网信政策法规条数10条以上" while the indicator claims ≥25条).
 */
import { createRule } from '../../src/engine/rule';
import { D } from '../../src/ledger/decimal';
import { parseFigure } from './utils/targets';
import { scoredTables } from './utils/scored';

type Figure = { value: InstanceType<typeof D>; unit: string; text: string };

/** Patterns by name: indicator names recur across a department's self-evaluations. */
const PATTERNS = new Map<string, RegExp>();

/** The pattern "<name>[超|达|共|为]N<unit>" for one name (built once per name, not once per text). */
function figurePattern(name: string): RegExp {
  let re = PATTERNS.get(name);
  if (!re) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Not global: exec() keeps no state between texts.
    re = new RegExp(`${esc}(?:超过?|达到?|共|为|约)?(\\d+(?:\\.\\d+)?)([^\\d，。,;；、\\s以]{0,2}(?:以上|以下)?)`);
    if (PATTERNS.size >= 5000) PATTERNS.clear();
    PATTERNS.set(name, re);
  }
  return re;
}

/** The figure the text gives for a name; texts that do not contain the name are not searched. */
function figureAfter(text: string, name: string, pattern: RegExp): Figure | null {
  if (!text.includes(name)) return null;
  const m = pattern.exec(text);
  return m ? { value: new D(m[1]), unit: m[2], text: m[0].slice(name.length) } : null;
}

export default createRule<'textDiffers'>({
  meta: {
    id: 'perf/output-text',
    family: 'perf',
    description: { zh: '指标实际完成值与表内文字说明不一致', en: 'An indicator\'s actual differs from the table\'s own text' },
    defaultSeverity: 'warn',
    requires: ['evaluations'],
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
      const ev = doc.evaluations.find((e) => e.source.sheet === t.sheet && e.name === t.label);
      const texts = [...t.analysis, ...(ev?.goals ?? [])];
      for (const ind of t.indicators) {
        const actual = parseFigure(ind.actual);
        if (!actual || ind.name.length < 4) continue;
        // The full name, else its last four characters (参加培训人数 → 培训人数).
        for (const name of [ind.name, ind.name.slice(-4)]) {
          const pattern = figurePattern(name);
          const hit = texts.map((p) => ({ p, f: figureAfter(p.text, name, pattern) })).find((x) => x.f);
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
