/** The narrative/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';
import actualVsBudget from './actual-vs-budget';
import amount from './amount';
import budgetAmounts from './budget-amounts';
import budgetChange from './budget-change';
import budgetProjects from './budget-projects';
import carryOver from './carry-over';
import change from './change';
import completion from './completion';
import count from './count';
import evaluationCount from './evaluation-count';
import listSum from './list-sum';
import priorYear from './prior-year';
import procurementParts from './procurement-parts';
import projectCoverage from './project-coverage';
import projectFigures from './project-figures';
import projectReception from './project-reception';
import projectSum from './project-sum';
import receptionPersons from './reception-persons';
import repeatedFigure from './repeated-figure';
import sangongParts from './sangong-parts';
import share from './share';
import totalsBalance from './totals-balance';
import unitSlip from './unit-slip';

export const narrativeRules: Rule<string>[] = [actualVsBudget, amount, budgetAmounts, budgetChange, budgetProjects, carryOver, change, completion, count, evaluationCount, listSum, priorYear, procurementParts, projectCoverage, projectFigures, projectReception, projectSum, receptionPersons, repeatedFigure, sangongParts, share, totalsBalance, unitSlip]
  .map((r) => r as Rule<string>)
  .sort((a, b) => a.meta.id.localeCompare(b.meta.id));
