/**
 * @fileoverview perf/full-marks-shortfall-note — an indicator that keeps full points while its own
 * 偏差原因分析 / 说明 column admits a shortfall (有待完善, 较少, 滞后, 未完成 …).
 */
import { createRule } from '../../src/engine/rule';
import { plain, related, scoredTables } from './utils/scored';

/** Words with which a self-evaluation admits the indicator was not fully achieved. */
const SHORTFALL = /有待|待(?:提高|完善|加强|改进|提升)|较少|偏少|偏低|不足|不到位|滞后|延迟|超期|未(?:完成|达到|达标|实现|到位|支付|完全)|尚未|差距|欠缺/;
/**
 * "无不足", "未发现问题", "不存在差距": a note saying there is nothing wrong; and "投诉较少",
 * "成本偏低": few of a bad thing is good news, not a shortfall.
 */
const NOTHING_WRONG = /^(?:无|没有|不存在|未发现)|(?:无|没有|不存在|未发现)(?:明显)?(?:不足|差距|偏差|问题)|(?:投诉|差错|事故|故障|失误|风险|隐患|成本|费用|支出)[数率量]?(?:较少|偏少|偏低|较低)/;

export default createRule<'fullMarksShortfall'>({
  meta: {
    id: 'perf/full-marks-shortfall-note',
    family: 'perf',
    description: { zh: '指标得满分，偏差说明却写明未完全达成', en: 'Full points although the indicator’s own note admits a shortfall' },
    defaultSeverity: 'warn',
    requiresAny: ['evaluations', 'deptEvaluations'],
    docs: {
      rationale: {
        zh: '自评表的“偏差原因分析及改进措施”写明“有待完善”“次数较少”“交付滞后”，说明该指标没有完全达到目标，按评分规则应扣分；仍给满分时，分数与表内说明自相矛盾。',
        en: 'When the 偏差原因分析 column says the indicator fell short (有待完善, 较少, 滞后), the scoring rules call for a deduction; full points contradict the table’s own note.',
      },
      examples: {
        invalid: { zh: '“网络安全水平”分值 10，得分 10，偏差原因“有待完善”', en: '网络安全水平: weight 10, score 10, note “有待完善”' },
        valid: { zh: '“工作效率提升”分值 10，得分 6，偏差原因“有待提高”；或满分且说明“无偏差”', en: 'weight 10, score 6, note “有待提高”; or full points with “无偏差”' },
      },
    },
    messages: {
      fullMarksShortfall: {
        zh: '“{{project}}”“{{indicator}}”得满分 {{score}}，偏差说明却写“{{note}}”，分数与说明不符',
        en: '"{{project}}" "{{indicator}}" scores full {{score}} although its note says "{{note}}"',
      },
    },
  },
  check(doc, ctx) {
    for (const t of scoredTables(doc)) {
      for (const ind of t.indicators) {
        const { weight, score, note } = ind;
        if (!note || !weight?.value || !score?.value || !score.value.gte(weight.value)) continue;
        const text = note.replace(/\s+/g, '');
        if (!SHORTFALL.test(text) || NOTHING_WRONG.test(text)) continue;
        ctx.report({
          messageId: 'fullMarksShortfall',
          data: { project: t.label, indicator: ind.name, score: score.raw, note: note.length > 40 ? `${note.slice(0, 40)}…` : note },
          at: score.ref,
          related: related('分值', weight),
          uses: [weight, score],
          actual: plain(score),
        });
      }
    }
  },
});
