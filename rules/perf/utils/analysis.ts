/**
 * Figures stated in a self-evaluation's own text (项目实施和预算执行情况, 实际完成情况 …): 预算总金额,
 * 项目支出 / 实际支出, 预算执行率, 资金结余 — in 万元, 元 ("60,000.00元") or %.
 *
 * Numbers are read by the project's one prose parser (src/text scanNumbers over normaliseText), so
 * full-width digits, thousands separators and line breaks inside "3.43 万元" read as everywhere else.
 * A figure is bound to a fund figure only by the fund word written right before it (the word, then
 * at most a verb such as 为/达到/共): that is a label reading. Nothing else binds.
 */
import type { Cell, SourceRef } from '../../../src/types';
import { normaliseText, scanNumbers } from '../../../src/text';

export type AnalysisKind = 'budget' | 'spent' | 'rate' | 'balance';

export interface AnalysisFigure {
  kind: AnalysisKind;
  /** The figure as written, in its own unit. */
  stated: Cell;
  unit: '万元' | '元' | '%';
  /** The written text ("60,000.00元"). */
  text: string;
  /** The fund word that binds it ("项目支出", "预算执行率"). */
  word: string;
}

const UNIT = '(万元|元|%)';
const VERB = '(?:为|是|共|达|达到|了|:)?';
/** Fund words by kind; each must end right before the figure (after an optional verb). */
const WORDS: [AnalysisKind, string][] = [
  ['budget', '预算总金额|预算资金总额|预算总额|安排项目预算|项目预算|预算金额|预算资金'],
  ['spent', '项目总支出|项目支出|实际支出|实际支付|支出资金|资金支出|累计支出'],
  ['rate', '预算执行率|项目执行率|资金执行率|执行率'],
  ['balance', '资金结余|结余资金|资金结转|结余|结转'],
];
const LEADS: [AnalysisKind, RegExp][] = WORDS.map(([k, w]) => [k, new RegExp(`(${w})${VERB}$`)]);

/** Figures of one text bound by their fund word, in the order written. */
export function analysisFigures(text: string, ref: SourceRef): AnalysisFigure[] {
  const norm = normaliseText(text).text;
  const out: AnalysisFigure[] = [];
  let from = 0;
  for (const n of scanNumbers(norm, UNIT)) {
    // The words between the previous figure and this one: a fund word binds only the figure it precedes.
    const lead = norm.slice(from, n.start);
    from = n.unitEnd;
    const unit = n.unit as AnalysisFigure['unit'];
    for (const [kind, re] of LEADS) {
      if ((kind === 'rate') !== (unit === '%')) continue;
      const m = re.exec(lead);
      if (!m) continue;
      out.push({ kind, unit, word: m[1], text: `${n.text}${unit}`, stated: { value: n.value, raw: n.text, decimals: n.decimals, ref, ...(unit === '%' ? { percent: true } : {}) } });
      break;
    }
  }
  return out;
}

/** The same figure in 万元 (元 ÷ 10 000, keeping its printed precision). */
export function toWan(c: Cell, unit: '万元' | '元'): Cell {
  if (unit === '万元' || c.value === null) return c;
  return { ...c, value: c.value.div(10000), decimals: c.decimals + 4 };
}

/** A 万元 figure written out in 元. */
export function toYuan(c: Cell): Cell {
  if (c.value === null) return c;
  return { ...c, value: c.value.times(10000), decimals: Math.max(0, c.decimals - 4) };
}
