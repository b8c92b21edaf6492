/**
 * @fileoverview narrative/reception-persons — a project cannot have received more official visitors
 * than the whole unit: a self-evaluation indicator “公务接待人次 ≥30人次” against the 三公 narrative's
 * “共接待2批次，6人次”. The indicator may count differently (non-财政拨款 funds), so a warning.
 */
import { createRule } from '../../src/engine/rule';
import { D } from '../../src/ledger/decimal';
import { claimsOf } from './util';
import { textPlace } from '../../src/engine/regions';

export default createRule<'morePersons'>({
  meta: {
    id: 'narrative/reception-persons',
    family: 'narrative',
    description: { zh: '项目绩效指标中的公务接待人次不应超过全单位公务接待人次', en: 'A project’s 公务接待人次 does not exceed the unit’s' },
    defaultSeverity: 'warn',
    requires: ['claims', 'evaluations'],
    docs: {
      rationale: {
        zh: '“三公”经费情况说明给出全单位的公务接待批次和人次；某个项目的绩效指标若称公务接待人次更多，两处至少一处不实。口径可能不同（项目资金非财政拨款），只作警告。',
        en: 'The 三公 narrative gives the unit’s reception visits; a project indicator claiming more visitors than the whole unit contradicts it. Funding scopes may differ, so a warning.',
      },
      examples: {
        invalid: { zh: '专项业务费指标“公务接待人次 ≥30人次”，说明“共接待2批次，6人次”', en: 'indicator ≥30人次 vs 6人次 in the narrative' },
        valid: { zh: '指标“公务接待人次 ≥5人次”，说明“6人次”', en: 'indicator ≥5人次 vs 6人次' },
      },
    },
    messages: {
      morePersons: {
        zh: '“{{project}}”绩效指标“{{indicator}}”为{{value}}人次，超过情况说明中全单位公务接待{{stated}}人次',
        en: '“{{project}}” indicator “{{indicator}}” claims {{value}} visitors, more than the unit’s {{stated}} in the narrative',
      },
    },
  },
  check(doc, ctx) {
    const unit = claimsOf(doc, 'count').find((c) => c.what === 'persons' && c.unitWord === '人次' && /^公务接待/.test(c.subject));
    if (!unit?.count.value) return;
    for (const e of doc.evaluations) {
      for (const ind of e.indicators) {
        if (!/接待人次|接待人数/.test(ind.name)) continue;
        const m = /(\d+(?:\.\d+)?)\s*人/.exec(ind.actual) ?? /(\d+(?:\.\d+)?)/.exec(ind.actual);
        if (!m) continue;
        ctx.checked();
        const value = new D(m[1]);
        if (value.lte(unit.count.value)) continue;
        const stated = unit.count.value.toFixed(0);
        ctx.report({
          messageId: 'morePersons',
          data: { project: e.name, indicator: ind.name, value: m[1], stated },
          at: ind.actualRef ?? ind.ref,
          related: [{ label: unit.subject, file: unit.ref.file, ...textPlace(unit.ref), value: unit.count.raw }],
          actual: m[1],
          expected: stated,
          source: 'table',
        });
      }
    }
  },
});
