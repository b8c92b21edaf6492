/**
 * @fileoverview narrative/list-sum — “其中：A x万元、B y万元” adds up to its total; a 主要包括 /
 * 主要用于 list (or a single 其中 item) is only a part, so only a sum above the total is wrong. When
 * every item states its own change (较上年减少…) and the total's change is stated too, their sums
 * are compared as a warning: a 类 that existed only last year would explain a difference.
 */
import type Decimal from 'decimal.js';
import { createRule } from '../../src/engine/rule';
import { checkSum, verdictFields } from '../../src/ledger/check';
import { D, fmt } from '../../src/ledger/decimal';
import { intervalOfCell, says } from '../../src/narrative/arith';
import type { ChangeClaim, ListClaim } from '../../src/narrative/claim-types';
import { normName } from '../../src/narrative/subjects';
import { claimsOf, inUnitOf, readingUse, usesOf } from './util';
import { textPlace } from '../../src/engine/regions';

type Ids = 'listNotTotal' | 'partsAboveTotal' | 'changesNotTotal';

const signed = (c: ChangeClaim): Decimal => (c.direction === 'down' ? c.delta!.wan.value!.neg() : c.delta!.wan.value!);

function totalChange(list: ListClaim, changes: ChangeClaim[]): ChangeClaim | undefined {
  const n = normName(list.subject);
  return changes.find((c) => c.delta && c.current && (c.current === list.total || (normName(c.subject) === n && c.current.wan.value?.eq(list.total!.wan.value!))));
}

export default createRule<Ids>({
  meta: {
    id: 'narrative/list-sum',
    family: 'narrative',
    description: { zh: '“其中”所列各项之和应等于合计', en: 'Itemised lists add up to their total' },
    defaultSeverity: 'error',
    requires: ['claims'],
    docs: {
      rationale: {
        zh: '“支出合计502.98万元，其中：基本支出278.49万元，项目支出224.50万元”——列举完整的“其中”列表应加总等于合计（按区间比较，差0.01报尾差）。完整与否是一种读法：文字写明“分别”“具体如下”“包括”，或所列各项正是表中该合计的全部组成项（基本支出＋项目支出、各类），或各项所写的占比合计为100%（没有表也能判断），才算有据，不符报错；只有“其中”和两项以上时可能只列了一部分，不符只作警告（请复核）。列表止于本句或本段，不延伸到下一个序号或标题。“主要包括”“主要用于”只列主要部分，之和超过合计才是错误。各项都写了同比增减额时，与合计的增减额比较（仅警告）。',
        en: 'A complete 其中 list must add up to its total (interval comparison; 0.01 off is a tail). Completeness is a reading: the text says so (分别, 具体如下, 包括) or the items are all the parts of that total in its table (基本 + 项目, every 类), or the shares the items state add up to 100 % (no table needed) — then a difference is an error; 其中 with two or more items and nothing more may list a part only, so a difference is a warning (请复核). A list ends with its sentence or paragraph, never running into the next numbered point or heading. 主要包括 / 主要用于 list only the main parts, so only a sum above the total is an error. When every item states its change, the changes are compared with the total’s change (warning only).',
      },
      examples: {
        invalid: { zh: '“基本支出278.49万元，其中：人员经费207.29万元，公用经费61.20万元”', en: '278.49 = 207.29 + 61.20?' },
        valid: { zh: '“政府采购支出总额93.24万元，其中：货物6.25万元、工程0万元、服务86.99万元”', en: '93.24 = 6.25 + 0 + 86.99' },
      },
    },
    messages: {
      listNotTotal: { zh: '“{{subject}}”{{total}}不等于“{{marker}}”所列{{count}}项之和{{sum}}', en: '{{subject}} {{total}} is not the sum of the {{count}} items after {{marker}} ({{sum}})' },
      partsAboveTotal: { zh: '“{{subject}}”{{marker}}的各项之和{{sum}}超过合计{{total}}', en: 'The items of {{subject}} ({{marker}}) add up to {{sum}}, more than the total {{total}}' },
      changesNotTotal: {
        zh: '各项同比增减额之和{{sum}}万元与“{{subject}}”的增减额{{stated}}万元不一致（上年若有本年已无的科目可解释）',
        en: 'The items’ year-on-year changes add up to {{sum}}, but {{subject}} changed by {{stated}} (a subject present only last year would explain it)',
      },
    },
  },
  check(doc, ctx) {
    const changes = claimsOf(doc, 'change');
    for (const list of claimsOf(doc, 'list')) {
      if (!list.total || !list.items.length) continue;
      ctx.checked();
      const parts = list.items.map((it) => it.amount.wan);
      const v = checkSum(list.total.wan, parts, { tolerance: ctx.tolerance });
      const data = { subject: list.subject, total: says(list.total), marker: list.marker, count: list.items.length, sum: inUnitOf(v.expected, list.total) };
      const related = list.items.map((it) => ({ label: it.subject, file: it.amount.stated.ref.file, ...textPlace(it.amount.stated.ref), value: it.amount.stated.raw }));
      // completeness is a reading too: "其中" alone says the items may be only a part (weak)
      const totalRead = readingUse(list.total.wan, `“${list.subject}”合计`, list.totalReading);
      const uses = [...usesOf(list.total, ...list.items.map((it) => it.amount)), ...readingUse(list.total.wan, `“${list.marker}”列表`, list.completeness), ...totalRead];
      // actual / expected in the unit the 说明 printed (元 stays 元)
      const shown = (x: string) => inUnitOf(x, list.total!).replace(/[^\d.]+$/, '');
      const figures = { actual: shown(v.actual), expected: shown(v.expected) };
      if (list.exhaustive && v.kind !== 'equal') {
        ctx.report({ messageId: 'listNotTotal', data, at: list.ref, related, uses, ...verdictFields(v), ...figures, source: 'narrative' });
      } else if (!list.exhaustive && v.kind === 'error' && v.difference.isNegative()) {
        ctx.report({ messageId: 'partsAboveTotal', data, at: list.ref, related, uses: [...usesOf(list.total, ...list.items.map((it) => it.amount)), ...totalRead], ...figures, source: 'narrative' });
      }
      if (list.items.length < 2 || !list.items.every((it) => it.change?.delta)) continue;
      const total = totalChange(list, changes);
      if (!total) continue;
      const sum = list.items.reduce((s, it) => s.plus(signed(it.change!)), new D(0));
      const stated = signed(total);
      const slack = list.items.reduce((s, it) => s.plus(intervalOfCell(it.change!.delta!.wan).hi.minus(it.change!.delta!.wan.value!)), new D(0)).plus(intervalOfCell(total.delta!.wan).hi.minus(total.delta!.wan.value!));
      if (sum.minus(stated).abs().lte(slack)) continue;
      const d = Math.max(0, total.delta!.wan.decimals);
      ctx.report({
        messageId: 'changesNotTotal',
        data: { subject: total.subject, sum: fmt(sum, d), stated: fmt(stated, d) },
        at: total.ref,
        related: list.items.map((it) => ({ label: it.subject, file: it.change!.ref.file, ...textPlace(it.change!.ref), value: it.change!.delta!.stated.raw })),
        actual: fmt(stated, d),
        expected: fmt(sum, d),
        source: 'narrative',
        severity: 1,
      });
    }
  },
});
