/** The sum/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';
import budgetAssets from './budget-assets';
import budgetColumnIdentity from './budget-column-identity';
import budgetEconomicClasses from './budget-economic-classes';
import budgetSangong from './budget-sangong';
import budgetSubjectHierarchy from './budget-subject-hierarchy';
import budgetSummaryBalance from './budget-summary-balance';
import columnIdentity from './column-identity';
import economicClasses from './economic-classes';
import infoStats from './info-stats';
import sangong from './sangong';
import subjectHierarchy from './subject-hierarchy';
import summaryBalance from './summary-balance';

export const sumRules: Rule<string>[] = [
  budgetAssets as Rule<string>,
  budgetColumnIdentity as Rule<string>,
  budgetEconomicClasses as Rule<string>,
  budgetSangong as Rule<string>,
  budgetSubjectHierarchy as Rule<string>,
  budgetSummaryBalance as Rule<string>,
  columnIdentity as Rule<string>,
  economicClasses as Rule<string>,
  infoStats as Rule<string>,
  sangong as Rule<string>,
  subjectHierarchy as Rule<string>,
  summaryBalance as Rule<string>,
];
