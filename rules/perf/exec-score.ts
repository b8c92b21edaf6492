/**
 * @fileoverview perf/exec-score — 执行率得分 = 分值 × 执行率, capped at 分值. A score cut off rather
 * than rounded (7.399 printed 7.39) is a tail with the truncation named, not an error.
 */
import { createRule } from '../../src/engine/rule';
import { checkRatio, checkSame, type Verdict } from '../../src/ledger/check';
import { D } from '../../src/ledger/decimal';
import { constantCell, execWeightOf, fundsOrSkip, related, scoredTables, totalFund } from './utils/scored';

export default createRule<'scoreMismatch'>({
  meta: {
    id: 'perf/exec-score',
    family: 'perf',
    description: { zh: '执行率得分应为分值 × 执行率（不超过分值）', en: 'Execution score must be weight × rate, capped at the weight' },
    defaultSeverity: 'error',
    requiresAny: ['evaluations', 'deptEvaluations'],
    schema: { execWeight: { type: 'string', description: { zh: '表上未印分值时执行率的分值', en: 'Execution weight when the table prints none' } } },
    defaultOptions: { execWeight: '10' },
    docs: {
      rationale: {
        zh: '按财预〔2020〕10号，预算执行率得分 = 分值 × 执行率，最高为分值。执行率 90% 却得满分 10 分，或得分按截尾而非四舍五入填写，都会改变总分和等次。只有模板已知按此计分（表头印有分值/执行率/得分，或年初预算数分目标申报数、预算编制数）时才报错误；表内写明分档计分或模板未知时至多为警告（请复核）。',
        en: 'Under 财预〔2020〕10号 the execution score is weight × rate, at most the weight. Full marks at 90 % execution, or a truncated score, shift the total and the grade. An error only where the template is known to score that way (its header prints 分值/执行率/得分, or splits 年初预算数 into 目标申报数/预算编制数); where the table states bands, or the template is unknown, a warning at most (please review).',
      },
      examples: {
        invalid: { zh: '执行率 90%，得分 10 → 应为 9.00', en: 'Rate 90 %, score 10 → expected 9.00' },
        valid: { zh: '执行率 68.6%，得分 6.86', en: 'Rate 68.6 %, score 6.86' },
      },
    },
    messages: {
      scoreMismatch: {
        zh: '“{{project}}”执行率得分 {{stated}} 与分值 {{weight}} × 执行率 {{rate}}% = {{computed}} 不符',
        en: '"{{project}}": execution score {{stated}} differs from weight {{weight}} × rate {{rate}}% = {{computed}}',
      },
    },
  },
  check(doc, ctx) {
    const opts = { tolerance: ctx.tolerance };
    for (const t of scoredTables(doc)) {
      if (!fundsOrSkip(t, ctx, { zh: '执行率得分', en: 'the execution score' })) continue;
      const fund = totalFund(t);
      const score = t.execScore;
      if (!fund || !score || score.value === null) continue;
      const weight = execWeightOf(t, String(ctx.options.execWeight ?? '10'));
      const w = weight.value as InstanceType<typeof D>;
      let v: Verdict | null;
      let rateText: string;
      if (fund.rate && fund.rate.value !== null) {
        rateText = fund.rate.value.toFixed(fund.rate.decimals);
        v = fund.rate.value.gte(100) ? checkSame(score, weight, opts) : checkRatio(score, fund.rate, constantCell('100', fund.rate.ref), { ...opts, factor: w.toNumber() });
      } else if (fund.executed?.value && fund.full?.value && !fund.full.value.isZero()) {
        const rate = fund.executed.value.div(fund.full.value).times(100);
        rateText = rate.toFixed(2);
        v = rate.gte(100) ? checkSame(score, weight, opts) : checkRatio(score, fund.executed, fund.full, { ...opts, factor: w.toNumber() });
      } else continue;
      if (!v || v.kind === 'equal') continue;
      // A score cut off rather than rounded is within the model's tolerance for intent: a tail, named.
      const point = score.value.minus(v.difference);
      const truncated = v.truncated || point.toDecimalPlaces(score.decimals, D.ROUND_DOWN).eq(score.value);
      const tail = v.kind === 'tail' || truncated;
      // The template's way of scoring is itself a reading: known (header) → may be an error; banded or unknown → at most a warning.
      const scoredAs = t.execScoring ? { ...weight, readings: [...(weight.readings ?? []), t.execScoring] } : weight;
      ctx.report({
        messageId: 'scoreMismatch',
        data: { project: t.label, stated: v.actual, weight: weight.raw, rate: rateText, computed: v.expected },
        at: score.ref,
        related: [...related('执行率', fund.rate), ...related('分值', t.execWeight)],
        uses: [score, fund.rate ?? fund.executed, fund.full, scoredAs],
        actual: v.actual,
        expected: v.expected,
        ...(tail ? { tail: true, truncated } : {}),
      });
    }
  },
});
