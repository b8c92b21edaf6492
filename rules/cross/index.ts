/** The cross/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';
import adminCost from './admin-cost';
import basicExpenseDetail from './basic-expense-detail';
import budgetBasicExpense from './budget-basic-expense';
import budgetFiscalGpb from './budget-fiscal-gpb';
import budgetSummaryTables from './budget-summary-tables';
import fiscalFunds from './fiscal-funds';
import fiscalSummary from './fiscal-summary';
import gpbShare from './gpb-share';
import sangongDetail from './sangong-detail';
import summaryExpense from './summary-expense';
import summaryIncome from './summary-income';

export const crossRules: Rule<string>[] = [
  adminCost as Rule<string>,
  basicExpenseDetail as Rule<string>,
  budgetBasicExpense as Rule<string>,
  budgetFiscalGpb as Rule<string>,
  budgetSummaryTables as Rule<string>,
  fiscalFunds as Rule<string>,
  fiscalSummary as Rule<string>,
  gpbShare as Rule<string>,
  sangongDetail as Rule<string>,
  summaryExpense as Rule<string>,
  summaryIncome as Rule<string>,
];
