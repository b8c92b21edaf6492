/** The perf/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';
import actualOverSpent from './actual-over-spent';
import analysisFigures from './analysis-figures';
import costCeiling from './cost-ceiling';
import deptBasics from './dept-basics';
import deptComposition from './dept-composition';
import deviation from './deviation';
import execRate from './exec-rate';
import execScore from './exec-score';
import fullMarksShortfallNote from './full-marks-shortfall-note';
import fundRows from './fund-rows';
import grade from './grade';
import metButDeducted from './met-but-deducted';
import missedFullMarks from './missed-full-marks';
import outputText from './output-text';
import scoreCap from './score-cap';
import scoreTotal from './score-total';
import targetCostCeiling from './target-cost-ceiling';
import targetEmptyValue from './target-empty-value';
import targetFunds from './target-funds';
import targetPlan from './target-plan';
import weightTotal from './weight-total';

export const perfRules: Rule<string>[] = [
  actualOverSpent,
  analysisFigures,
  costCeiling,
  deptBasics,
  deptComposition,
  deviation,
  execRate,
  execScore,
  fullMarksShortfallNote,
  fundRows,
  grade,
  metButDeducted,
  missedFullMarks,
  outputText,
  scoreCap,
  scoreTotal,
  targetCostCeiling,
  targetEmptyValue,
  targetFunds,
  targetPlan,
  weightTotal,
].map((r) => r as Rule<string>).sort((a, b) => a.meta.id.localeCompare(b.meta.id));
