/**
 * @fileoverview narrative/project-reception — across families: the 公务接待费 决算 the narrative
 * states for the 三公 经费 against the 全年执行数 of a 接待费 project's self-evaluation table, when the
 * document has both. Not an identity (the project may hold other funds, the 三公 figure only 财政拨款):
 * a warning that names both figures.
 */
import type { Related } from '../../src/types';
import type { ProjectEvaluation } from '../../src/ledger/evaluation';
import { createRule } from '../../src/engine/rule';
import { checkSame } from '../../src/ledger/check';
import { toWan } from '../../src/narrative/numbers';
import { wanNumber } from '../../src/narrative/arith';
import { claimsOf, usesOf } from './util';

/** A project whose name says it is 接待 money (公务接待费, 接待经费, 接待工作经费). */
const RECEPTION_PROJECT = /接待(?:费|经费|工作经费|支出)/;

function executedOf(e: ProjectEvaluation) {
  const total = e.funds.find((f) => f.kind === 'total') ?? e.funds[0];
  return total?.executed && total.executed.value !== null ? toWan(total.executed, e.unit ?? '万元') : undefined;
}

export default createRule<'receptionDiffers'>({
  meta: {
    id: 'narrative/project-reception',
    family: 'narrative',
    description: { zh: '“三公”经费中的公务接待费决算与接待费项目自评表的执行数不同时提示复核', en: 'The 三公 公务接待费 stated in the narrative differs from a reception project’s executed amount' },
    defaultSeverity: 'warn',
    requires: ['claims', 'evaluations'],
    docs: {
      rationale: {
        zh: '同一份决算中，“三公”经费说明写公务接待费决算数，所附自评表中又有公务接待费（接待经费）项目及其全年执行数。两者口径可能不同（项目可含非财政拨款资金），不是恒等式，但数字不同常是抄错，规则提示复核并列出两个数。只比较句中按“公务接待费”名称绑定到“三公”经费表（或基础数据表）的决算数，与名称写明“接待费/接待经费”的项目。',
        en: 'A 决算 states the 三公 公务接待费 in its narrative and attaches a 接待费 project’s 自评表 with its 全年执行数. The two may differ by scope (the project may hold other funds), so this is no identity, but a difference is often a copying slip: the rule asks for a review and names both figures. It compares only a 决算 figure bound by the words 公务接待费 to the 三公 table (or the 基础数据表) with a project whose name says 接待费 / 接待经费.',
      },
      examples: {
        invalid: { zh: '“公务接待费支出0.05万元”，“公务接待费”项目自评表全年执行数0.08', en: '“公务接待费支出0.05万元” while the 公务接待费 project’s table shows 0.08 executed' },
        valid: { zh: '“公务接待费支出0.05万元”，接待费项目全年执行数0.05', en: 'Both 0.05' },
      },
    },
    messages: {
      receptionDiffers: {
        zh: '说明中公务接待费决算{{stated}}，“{{project}}”项目自评表全年执行数{{executed}}万元，两者不同，请复核（口径可能不同）',
        en: 'The narrative’s 公务接待费 {{stated}} differs from the executed {{executed}} (万元) of project “{{project}}” — please review (their scopes may differ)',
      },
    },
  },
  check(doc, ctx) {
    const projects = doc.evaluations.map((e) => ({ e, executed: executedOf(e) })).filter((p) => RECEPTION_PROJECT.test(p.e.name) && p.executed);
    if (!projects.length) return;
    for (const c of claimsOf(doc, 'amount')) {
      const b = c.amount.binding;
      if (!b || c.amount.fromTable || c.scope || (c.amount.role ?? 'actual') !== 'actual') continue;
      if (!['final-09', 'basics'].includes(b.table) || !/接待/.test(b.label)) continue;
      for (const { e, executed } of projects) {
        ctx.checked();
        if (checkSame(c.amount.wan, executed!).kind === 'equal') continue;
        const related: Related[] = [{ label: `${e.name} · 全年执行数`, file: e.source.file, sheet: e.source.sheet, ...(executed!.ref.cell ? { cell: executed!.ref.cell } : {}), value: executed!.raw }];
        ctx.report({
          messageId: 'receptionDiffers',
          data: { stated: c.amount.stated.raw, project: e.name, executed: wanNumber(executed!.value!, executed!.decimals) },
          at: c.ref,
          related,
          uses: usesOf(b),
          actual: wanNumber(c.amount.wan.value!, c.amount.wan.decimals),
          expected: wanNumber(executed!.value!, executed!.decimals),
          source: 'narrative',
        });
      }
    }
  },
});
