/**
 * Figures stated in a self-evaluation's own analysis text (项目实施和预算执行情况 …): 预算总金额,
 * 项目支出 / 实际支出, 预算执行率, 资金结余 — in 万元, 元 ("60,000.00元") or %.
 */
import type { Cell, SourceRef } from '../../../src/types';
import { parseNumber } from '../../../src/ledger/decimal';

export type AnalysisKind = 'budget' | 'spent' | 'rate' | 'balance';

export interface AnalysisFigure {
  kind: AnalysisKind;
  /** The figure as written, in its own unit. */
  stated: Cell;
  unit: '万元' | '元' | '%';
  /** The written text ("60,000.00元"). */
  text: string;
}

const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const VERB = '(?:为|是|共|达|达到|了|:|：)?';
const PATTERNS: [AnalysisKind, RegExp][] = [
  ['budget', new RegExp(`(?:预算总金额|预算资金总额|预算总额|安排项目预算|项目预算|预算金额|预算资金)${VERB}\\s*${NUM}\\s*(万元|元)`)],
  ['spent', new RegExp(`(?:项目总支出|项目支出|实际支出|实际支付|支出资金|资金支出|累计支出)${VERB}\\s*${NUM}\\s*(万元|元)`)],
  ['rate', new RegExp(`(?:预算执行率|项目执行率|资金执行率|执行率)${VERB}\\s*${NUM}\\s*(%|％)`)],
  ['balance', new RegExp(`(?:资金结余|结余资金|资金结转|结余|结转)${VERB}\\s*${NUM}\\s*(万元|元)`)],
];

export function analysisFigures(text: string, ref: SourceRef): AnalysisFigure[] {
  const out: AnalysisFigure[] = [];
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parsed = parseNumber(m[1]);
    if (!parsed) continue;
    const unit = m[2] === '％' ? '%' : (m[2] as AnalysisFigure['unit']);
    out.push({ kind, unit, text: `${m[1]}${m[2]}`, stated: { value: parsed.value, raw: m[1], decimals: parsed.decimals, ref, ...(unit === '%' ? { percent: true } : {}) } });
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
