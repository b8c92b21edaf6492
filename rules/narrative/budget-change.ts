/**
 * @fileoverview narrative/budget-change — 比上年增减: “较2023年预算减少249.73万元，其中：基本支出减少
 * 240.33万元 … 项目支出减少9.40万元”: the signed parts (基本 + 项目) add up to the total change.
 */
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkSum } from '../../src/ledger/check';
import { figureCell, NUMBER, readParagraph } from './budget-util';
import { relatedCell } from '../perf/utils/budget-targets';

type M = 'partsNotTotal';

const TOTAL = new RegExp(`(?:较|比)(?:\\d{4}年|上年)(?:预算|年初预算)?(?:数)?(减少|增加|下降|增长)${NUMBER}`);
const PART = (label: string): RegExp => new RegExp(`${label}(?:预算)?(减少|增加|下降|增长)${NUMBER}`);

const signed = (c: Cell, dir: string): { cell: Cell; sign: 1 | -1 } => ({ cell: c, sign: /减少|下降/.test(dir) ? -1 : 1 });

export default createRule<M>({
  meta: {
    id: 'narrative/budget-change',
    family: 'narrative',
    description: { zh: '比上年增减：基本支出与项目支出的增减额之和等于总增减额', en: 'Year-on-year change: the basic and project changes add up to the total change' },
    defaultSeverity: 'error',
    requires: ['narrative'],
    docs: {
      rationale: {
        zh: '预算支出由基本支出和项目支出构成，说明中“比上年增减”的总额必须等于两部分增减额（按方向取正负）之和。',
        en: 'Budget expense is basic plus project expense; the stated total change must equal the sum of the two parts’ changes (signed by direction).',
      },
      examples: {
        invalid: { zh: '较2023年减少249.73万元，其中基本支出减少240.33万元、项目支出减少8.40万元', en: 'total −249.73, basic −240.33, project −8.40' },
        valid: { zh: '较2023年减少249.73万元，其中基本支出减少240.33万元、项目支出减少9.40万元', en: 'total −249.73 = −240.33 − 9.40' },
      },
    },
    messages: {
      partsNotTotal: { zh: '情况说明比上年{{direction}} {{actual}}万元，与基本支出、项目支出增减额之和 {{expected}}万元不一致', en: 'Narrative change {{direction}} {{actual}} 万元 differs from the basic + project changes {{expected}} 万元' },
    },
  },
  check(doc, ctx) {
    for (const p of doc.narrative) {
      const text = readParagraph(p).text;
      const t = TOTAL.exec(text);
      if (!t) continue;
      const after = text.slice(t.index + t[0].length);
      const offset = t.index + t[0].length;
      const parts = [PART('基本支出'), PART('项目支出')].map((re) => {
        const m = re.exec(after);
        return m ? { dir: m[1], cell: figureCell(m[2], m[3], p, offset + m.index + m[0].lastIndexOf(m[2])) } : null;
      });
      if (parts.some((x) => !x)) continue;
      ctx.checked();
      const total = figureCell(t[2], t[3], p, t.index + t[0].lastIndexOf(t[2]));
      const signedParts = parts.map((x) => signed(x!.cell, x!.dir));
      // The total's sign: compare magnitudes with the parts' sum in the total's direction.
      const dirSign = /减少|下降/.test(t[1]) ? -1 : 1;
      const v = checkSum(total, signedParts.map((s) => ({ cell: s.cell, sign: (s.sign * dirSign) as 1 | -1 })), { tolerance: ctx.tolerance });
      if (v.kind === 'equal') continue;
      ctx.report({
        messageId: 'partsNotTotal',
        data: { direction: t[1], actual: v.actual, expected: v.expected },
        at: total.ref,
        source: 'narrative',
        actual: v.actual,
        expected: v.expected,
        related: parts.map((x, i) => relatedCell(i === 0 ? `基本支出${x!.dir}` : `项目支出${x!.dir}`, x!.cell.ref, x!.cell.raw)),
        ...(v.kind === 'tail' ? { tail: true } : {}),
      });
    }
  },
});
