/**
 * @fileoverview narrative/project-coverage — an activity the narrative says covers every project
 * (“所有项目都开展了绩效自评”, “实现绩效自评全覆盖”, “绩效监控覆盖率100%”) against the counts it gives
 * elsewhere and the attached self-evaluation tables: an activity that covers all projects cannot
 * count fewer of them than another activity does (“对本部门共有16个项目编制了绩效目标”), nor fewer than
 * the tables attached.
 */
import type { ProjectCountClaim, ProjectCoverageClaim } from '../../src/narrative/claim-types';
import { createRule } from '../../src/engine/rule';
import { claimsOf, readingUse } from './util';
import { textPlace } from '../../src/engine/regions';

type Messages = 'coverageFewer' | 'coverageTables' | 'coverageUnattached';

const n = (c: ProjectCountClaim) => c.count.value!.toNumber();

export default createRule<Messages>({
  meta: {
    id: 'narrative/project-coverage',
    family: 'narrative',
    description: { zh: '说明称某项绩效工作覆盖全部项目时，其项目个数不应少于其他工作的项目个数和所附自评表张数', en: 'An activity said to cover every project counts no fewer projects than another activity or the attached tables' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '预算绩效情况说明常写“所有项目都开展了绩效自评”“实现绩效监控全覆盖”，同一说明又写“开展绩效运行监控，涉及1个项目”，或“对本部门共有16个项目编制了绩效目标”而“共自评13个项目”。覆盖全部项目的工作，其项目个数不可能少于另一项工作涉及的项目个数，也不可能少于所附项目自评表的张数。规则以句中文字为准读出覆盖全部项目的工作（所有/全部/每个项目、全覆盖、覆盖率100%为明确说法；“各项目”只是较弱的说法，结果只作警告），与同一文件中本年度、本单位（不含其他年度、下属单位，也不含“选取/抽取”的部分项目）同一工作的项目个数比较：少于其他工作的项目个数或所附自评表张数时报错。说绩效自评全覆盖而未写自评个数时，所附自评表少于其他工作的项目个数只作警告（所附的可能只是一部分）。',
        en: 'The 预算绩效 paragraph often says “所有项目都开展了绩效自评” or “实现绩效监控全覆盖” and elsewhere “开展绩效运行监控，涉及1个项目”, or “本部门共有16个项目编制了绩效目标” beside “共自评13个项目”. An activity covering every project cannot count fewer projects than another activity does, nor fewer than the project tables attached. The rule reads the activity said to cover all projects from the words printed (所有/全部/每个项目, 全覆盖, 覆盖率100% are explicit; 各项目 is weak and gives a warning at most) and compares the count the document gives for that activity (this year’s, this body’s, never a selection) with the other activities’ counts and the attached tables: fewer is an error. A self-evaluation said to cover all with no count of its own, and fewer tables attached than another activity counts, is a warning (the attachment may be a part).',
      },
      examples: {
        invalid: { zh: '“所有项目均开展了绩效运行监控”，又称“开展绩效运行监控，涉及1个项目”，所附自评表11张', en: '“所有项目均开展了绩效运行监控” and “开展绩效运行监控，涉及1个项目” with 11 tables attached' },
        valid: { zh: '“对本部门11个项目编制了绩效目标，实现绩效自评全覆盖，共自评11个项目”', en: '“11 projects with targets, self-evaluation covers all, 11 projects evaluated”' },
      },
    },
    messages: {
      coverageFewer: {
        zh: '说明称{{activity}}覆盖全部项目（“{{words}}”），但{{activity}}项目为{{stated}}个，少于“{{otherActivity}}”项目{{expected}}个',
        en: 'The narrative says {{activity}} covers every project (“{{words}}”), yet counts {{stated}} projects for {{activity}}, fewer than the {{expected}} counted for “{{otherActivity}}”',
      },
      coverageTables: {
        zh: '说明称{{activity}}覆盖全部项目（“{{words}}”），但{{activity}}项目为{{stated}}个，少于所附项目自评表{{expected}}张',
        en: 'The narrative says {{activity}} covers every project (“{{words}}”), yet counts {{stated}} projects for {{activity}}, fewer than the {{expected}} self-evaluation tables attached',
      },
      coverageUnattached: {
        zh: '说明称绩效自评覆盖全部项目（“{{words}}”），“{{otherActivity}}”项目为{{stated}}个，所附项目自评表只有{{expected}}张；所附的可能只是一部分，请复核',
        en: 'The narrative says self-evaluation covers every project (“{{words}}”) and counts {{stated}} projects for “{{otherActivity}}”, but only {{expected}} self-evaluation tables are attached; the attachment may be a part — please review',
      },
    },
  },
  check(doc, ctx) {
    const covers = claimsOf(doc, 'project-coverage');
    if (!covers.length) return;
    // this document's counts only: never another year's or body's, never a selection
    const counts = claimsOf(doc, 'project-count').filter((c) => !c.foreign && !c.selection && c.count.value !== null);
    const tables = doc.evaluations.length;
    const relatedCount = (c: ProjectCountClaim) => [{ label: c.activityWords, file: c.ref.file, ...textPlace(c.ref), value: c.count.value!.toFixed(0) }];
    const done = new Set<string>();
    for (const cov of covers) {
      if (done.has(cov.activity)) continue;
      done.add(cov.activity);
      const own = counts.filter((c) => c.activity === cov.activity);
      const others = counts.filter((c) => c.activity !== cov.activity);
      for (const o of own) {
        ctx.checked();
        const uses = readingUse(o.count, '全部项目', cov.reading);
        const bigger = others.filter((c) => n(c) > n(o)).sort((a, b) => n(b) - n(a))[0];
        if (bigger) {
          ctx.report({
            messageId: 'coverageFewer',
            data: { activity: cov.activityWords, words: cov.words, stated: n(o), otherActivity: bigger.activityWords, expected: n(bigger) },
            at: o.count.ref,
            related: [...relatedCount(bigger), coverRelated(cov)],
            actual: String(n(o)),
            expected: String(n(bigger)),
            uses,
            source: 'narrative',
          });
          continue;
        }
        // the attached tables are projects of this document: an activity covering all has at least that many
        if (tables > n(o)) {
          ctx.report({
            messageId: 'coverageTables',
            data: { activity: cov.activityWords, words: cov.words, stated: n(o), expected: tables },
            at: o.count.ref,
            related: [coverRelated(cov), ...doc.evaluations.map((e) => ({ label: e.name, file: e.source.file, sheet: e.source.sheet, value: e.total?.raw ?? '' }))],
            actual: String(n(o)),
            expected: String(tables),
            uses,
            source: 'narrative',
          });
        }
      }
      // self-evaluation said to cover all, no count of its own: the tables against the largest other count
      if (cov.activity === 'self' && !own.length && tables > 0) {
        const bigger = others.filter((c) => n(c) > tables).sort((a, b) => n(b) - n(a))[0];
        if (!bigger) continue;
        ctx.checked();
        ctx.report({
          messageId: 'coverageUnattached',
          data: { words: cov.words, otherActivity: bigger.activityWords, stated: n(bigger), expected: tables },
          at: bigger.count.ref,
          related: [coverRelated(cov)],
          actual: String(n(bigger)),
          expected: String(tables),
          source: 'narrative',
          severity: 1,
        });
      }
    }
  },
});

function coverRelated(c: ProjectCoverageClaim) {
  return { label: c.words, file: c.ref.file, ...textPlace(c.ref), value: c.percent?.raw ?? c.words };
}
