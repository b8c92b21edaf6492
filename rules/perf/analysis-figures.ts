/**
 * @fileoverview perf/analysis-figures — a self-evaluation's own texts (the analysis, 评价结论, the
 * 实际完成情况 of its goals, the indicators' 偏差原因) must agree with the same table: 预算总金额, 项目支出, 预算执行率, 资金结余,
 * 自评得分 and 等级; 元 / 万元 slips name both readings. A figure binds only by the word before it.
 */
import type { Cell } from '../../src/types';
import { createRule } from '../../src/engine/rule';
import { checkSame, type Verdict, verdictFields } from '../../src/ledger/check';
import { fmt } from '../../src/ledger/decimal';
import { reading, type Reading } from '../../src/ledger/evidence';
import { analysisFigures, gradeMentions, toWan, toYuan, type AnalysisFigure, type AnalysisKind, type UnboundFigure } from './utils/analysis';
import { normaliseText } from '../../src/text';
import type { SourceRef } from '../../src/types';
import type { FundRow } from '../../src/ledger/evaluation';
import { fundsOrSkip, related, scoredTables, totalFund, type Scored } from './utils/scored';

/** The table's 等次 as one of 优 / 良 / 中 / 差. */
const GRADE_ALIASES: Record<string, string> = { 优秀: '优', 良好: '良', 合格: '中', 不合格: '差', 较差: '差', 中等: '中' };
/** What may stand between an indicator's name and its figure (培训人数达85人). */
const INDICATOR_VERB = /(?:超过|达到|超|达|共|为|约)$/;
/** Words that name the project's own figure, whichever indicator's note they stand in. */
const PROJECT_WORD = /执行率|^项目|^全年/;
const COLUMN: Record<AnalysisKind, string> = { budget: '全年预算数', spent: '全年执行数', rate: '执行率', balance: '资金结（转）余', score: '总分' };

/** Agreement either way round: the less precise figure is the rounding of the other. */
function compare(stated: Cell, table: Cell, tolerance: Parameters<typeof checkSame>[2]): Verdict {
  const forward = checkSame(stated, table, tolerance);
  if (forward.kind === 'equal') return forward;
  return checkSame(table, stated, tolerance).kind === 'equal' ? { ...forward, kind: 'equal' } : forward;
}

/**
 * A score quoted against the 总分: points are assigned, not measured, so there is no rounding tail
 * between them — they agree when the finer rounds to the coarser (97.83 written 97.8), else differ.
 */
function comparePoints(stated: Cell, table: Cell): Verdict {
  const d = Math.min(stated.decimals, table.decimals);
  const actual = stated.value!.toFixed(stated.decimals);
  const difference = stated.value!.minus(table.value!);
  const same = fmt(stated.value!, d) === fmt(table.value!, d);
  return { kind: same ? 'equal' : 'error', actual, expected: table.value!.toFixed(table.decimals), difference };
}

export default createRule<'figureMismatch' | 'yuanMismatch' | 'unitSlip' | 'gradeDiffers'>({
  meta: {
    id: 'perf/analysis-figures',
    family: 'perf',
    description: { zh: '自评表分析文字、实际完成情况中的金额、执行率、自评得分应与表内数字一致', en: 'Figures in the analysis and 实际完成情况 texts (amounts, rates, the score) must match the table' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '“项目实施和预算执行情况”等分析文字、年度目标中的“实际完成情况”常由人工另写，预算总金额、项目支出、执行率与同一张表（项目或部门整体）不一致，或把元写成万元。只有文字用资金词（预算总金额、项目支出、全年执行数、预算执行率、资金结余……，项目名称加“支出”，或实际完成情况中紧接项目名称的金额）点明所指时才与表内数字比较；“自评得分”“自评总分”“综合得分”与表中总分比较，“产出指标得分”“执行率得分”等是总分的一部分，不比较；“自评等级为良”等与表中等次比较；指标的偏差原因说的是该指标，只有点明项目本身的词（预算执行率、项目支出、全年执行数……）才与表内数字比较；只写“费用”“支出”而未说明是全部支出的，至多为警告（请复核）；“其中”“上年”之后的数字不比较；预期目标中的计划数不比较。按打印精度比较，较粗的数是较细的数的四舍五入即视为一致。文字中未能对应到表内数字的金额、比率、得分（如资金到位率、未点明所指的金额）列入覆盖情况的“未理解的表内文字数字”（coverage.textsNotUnderstood），不会被悄悄略过。',
        en: 'The analysis paragraph and the 实际完成情况 of the year\'s goals are often written by hand: their budget, spending and rate drift from the same table (project or department), or 元 and 万元 get mixed. A figure is compared only where a fund word names it (预算总金额, 项目支出, 全年执行数, 预算执行率, 资金结余 …, the project\'s name before 支出, or in 实际完成情况 a sum right after the project\'s name); 自评得分 / 自评总分 / 综合得分 is compared with the table\'s 总分, while the score of a block or item (产出指标得分, 执行率得分) is a part of it and is not; a grade the text states (自评等级为良) is compared with the table\'s 等次; an indicator\'s 偏差原因 speaks of that indicator, so only words naming the project\'s own figure (预算执行率, 项目支出, 全年执行数 …) bind there; a bare 费用 / 支出 that does not say it is the whole spending gives a warning at most (please review); figures after 其中 or about 上年 and planned figures in the targets are not compared. Figures agree when the coarser is the rounding of the finer. Amounts, rates and scores that bind to nothing in the table (资金到位率, a sum no word names) are listed in coverage.textsNotUnderstood, never silently dropped.',
      },
      examples: {
        invalid: { zh: '表中执行率 73.99%，分析写“预算执行率为73.93%”；表中预算 5 万元，分析写“预算总金额60,000.00元”；表中全年执行数 5.20，实际完成情况写“项目支出8万元”', en: 'Table rate 73.99 %, text 73.93 %; table budget 5万元, text 60,000.00元; table 执行数 5.20, 实际完成情况 says 项目支出8万元' },
        valid: { zh: '表中执行数 4.915 万元，分析写“项目支出49154.00元，执行率98.3%”；实际完成情况写“项目支出9.77万元，其中印刷费支出2万元”', en: 'Table 4.915万元, text 49154.00元 and 98.3 %; 实际完成情况 says 项目支出9.77万元, of which 印刷费 2万元' },
      },
    },
    messages: {
      figureMismatch: {
        zh: '“{{project}}”表内文字{{what}} {{stated}} 与表中{{column}} {{table}} 不符',
        en: '"{{project}}": the table\'s text states {{what}} {{stated}}, the table\'s {{column}} is {{table}}',
      },
      yuanMismatch: {
        zh: '“{{project}}”表内文字{{what}} {{stated}}（即 {{statedWan}} 万元）与表中{{column}} {{table}} 万元（即 {{tableYuan}} 元）不符',
        en: '"{{project}}": the table\'s text states {{what}} {{stated}} (= {{statedWan}} 万元), the table\'s {{column}} is {{table}} 万元 (= {{tableYuan}} 元)',
      },
      gradeDiffers: {
        zh: '“{{project}}”表内文字称“{{phrase}}”，表中等次为“{{grade}}”',
        en: '"{{project}}": the table\'s text says "{{phrase}}", the table\'s grade is {{grade}}',
      },
      unitSlip: {
        zh: '“{{project}}”表内文字{{what}}写作 {{stated}}，按表中{{column}}应为 {{table}} 万元：单位疑误（{{statedWan}} 万元 ≠ {{table}} 万元）',
        en: '"{{project}}": the table\'s text writes {{what}} as {{stated}}; the table\'s {{column}} is {{table}} 万元 — a unit slip ({{statedWan}} 万元 ≠ {{table}} 万元)',
      },
    },
  },
  check(doc, ctx) {
    const opts = { tolerance: ctx.tolerance };
    for (const t of scoredTables(doc)) {
      // A 评分表 has no funds: its texts' amounts and rates cannot be checked (coverage says so), its 得分 and 等级 can.
      const fund = fundsOrSkip(t, ctx, { zh: '表内文字中的金额与执行率', en: 'the amounts and rates in its texts' }) ? totalFund(t) : undefined;
      if (!fund && t.funds.length) continue;
      // The analysis below the indicators, and what the 年度目标 block says was done (not its targets).
      const texts = [...t.analysis.map((p) => ({ p, achieved: false })), ...t.achieved.map((p) => ({ p, achieved: true }))];
      const tableGrade = t.grade ? GRADE_ALIASES[t.grade.text] ?? t.grade.text : null;
      for (const { p, achieved } of texts) {
        for (const g of tableGrade && /^[优良中差]$/.test(tableGrade) ? gradeMentions(p.text, { dept: t.kind === 'dept' }) : []) {
          ctx.checked();
          if (g.grade === tableGrade) continue;
          ctx.report({ messageId: 'gradeDiffers', data: { project: t.label, phrase: g.text, grade: t.grade!.text }, at: p.ref, related: [{ label: '等次', sheet: t.grade!.ref.sheet, cell: t.grade!.ref.cell, value: t.grade!.text }], source: 'table' });
        }
        const unbound: UnboundFigure[] = [];
        for (const f of analysisFigures(p.text, p.ref, t.kind === 'project' ? { project: t.label, achieved } : { achieved, dept: true }, unbound)) judge(t, fund, f, p.ref, p.text);
        listUnbound(t, p.text, p.ref, unbound);
      }
      // 偏差原因 of an indicator speaks of that indicator: only words that name the project's own figure bind.
      for (const ind of t.indicators) {
        if (!ind.note) continue;
        const ref = ind.ref;
        const unbound: UnboundFigure[] = [];
        for (const f of analysisFigures(ind.note, ref, t.kind === 'project' ? { project: t.label } : { dept: true }, unbound)) {
          if (f.strength === 'strong' && PROJECT_WORD.test(f.word)) judge(t, fund, f, ref, ind.note);
          else unbound.push({ text: f.text, lead: f.word, unit: f.unit });
        }
        // The note's own indicator is named by its row: a figure right after a word of its name speaks of it.
        listUnbound(t, ind.note, ref, unbound, ind.name);
      }
    }

    /**
     * Figures of a text bound to nothing checked: listed as not understood, unless an indicator's
     * name stands right before the figure (perf/output-text compares those with the indicator).
     */
    function listUnbound(t: Scored, text: string, at: SourceRef, unbound: UnboundFigure[], own?: string): void {
      const names = [...t.indicators.map((i) => i.name), ...(own ? [own] : [])].filter((n) => n.length >= 4).flatMap((n) => [normaliseText(n).text, normaliseText(n).text.slice(-4)]);
      for (const u of unbound) {
        const lead = u.lead.replace(INDICATOR_VERB, '');
        if (names.some((n) => lead.endsWith(n))) continue;
        ctx.notUnderstood?.(text, at, u.text);
      }
    }

    function judge(t: Scored, fund: FundRow | undefined, f: AnalysisFigure, at: SourceRef, text: string): void {
      if (!fund && f.kind !== 'score') {
        ctx.notUnderstood?.(text, at, f.text);
        return;
      }
      ctx.checked();
      const table = f.kind === 'score' ? t.total : f.kind === 'budget' ? fund!.full ?? fund!.initial : f.kind === 'spent' ? fund!.executed : f.kind === 'rate' ? fund!.rate : fund!.balance;
      if (!table || table.value === null) return;
      const stated: Cell = { ...f.stated, readings: [bindingOf(f)] };
      const base = { project: t.label, what: f.word, column: COLUMN[f.kind] };
      const uses = [table, stated];
      // A 预算 figure may quote the 年初 rather than the 全年 budget: either agrees.
      const alternative = f.kind === 'budget' && fund?.initial?.value != null ? fund.initial : null;
      if (f.unit === '%' || f.unit === '分' || f.unit === t.unit) {
        const v = f.kind === 'score' ? comparePoints(stated, table) : compare(stated, table, opts);
        if (v.kind === 'equal' || (alternative && compare(stated, alternative, opts).kind === 'equal')) return;
        if (f.unit === '万元' && compare(toWan(stated, '元'), table, opts).kind === 'equal') {
          // 50000万元 for a 5万元 table: the figure is in 元, the unit word says 万元.
          ctx.report({
            messageId: 'unitSlip',
            data: { ...base, stated: f.text, statedWan: stated.value!.toFixed(), table: table.value.toFixed(Math.max(2, table.decimals)) },
            at,
            related: related(COLUMN[f.kind], table),
            uses,
            actual: stated.value!.toFixed(),
            expected: table.value.toFixed(Math.max(2, table.decimals)),
            source: 'table',
          });
          return;
        }
        ctx.report({ messageId: 'figureMismatch', data: { ...base, stated: f.text, table: table.raw }, at, related: related(COLUMN[f.kind], table), uses, ...verdictFields(v), source: 'table' });
        return;
      }
      // Written in 元 against a 万元 table (or the reverse): compare in 万元, report in the written unit.
      const wan = f.unit === '元' ? toWan(stated, '元') : stated;
      const v = compare(wan, table, opts);
      if (v.kind === 'equal' || (alternative && compare(wan, alternative, opts).kind === 'equal')) return;
      const swapped = f.unit === '元' ? stated : toWan(stated, '元');
      const slip = compare(swapped, table, opts).kind === 'equal';
      const tableYuan = toYuan(table);
      ctx.report({
        messageId: slip ? 'unitSlip' : 'yuanMismatch',
        data: { ...base, stated: f.text, statedWan: wan.value!.toFixed(Math.max(2, table.decimals)), table: table.value.toFixed(Math.max(2, table.decimals)), tableYuan: tableYuan.value!.toFixed(2) },
        at,
        related: related(COLUMN[f.kind], table),
        uses,
        actual: f.unit === '元' ? stated.value!.toFixed(Math.max(2, stated.decimals)) : wan.value!.toFixed(),
        expected: f.unit === '元' ? tableYuan.value!.toFixed(2) : table.value.toFixed(),
        source: 'table',
      });
    }
  },
});

/** How a text figure was bound to its fund figure: by the fund word (strong), or loosely (weak, 请复核). */
function bindingOf(f: AnalysisFigure): Reading {
  if (f.strength === 'strong') return reading('binding', COLUMN[f.kind], 'label', f.word);
  return reading('binding', COLUMN[f.kind], 'default', f.word, {
    note: { zh: `“${f.word}”未说明是项目的全部支出，按全年执行数读`, en: `"${f.word}" does not say it is the project's whole spending; read as 全年执行数` },
    alternative: { zh: '项目中某一部分的支出，或全年预算数', en: 'the spending on a part of the project, or its budget' },
  });
}
