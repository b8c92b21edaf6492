/** The sum/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';
import columnIdentity from './column-identity';
import economicClasses from './economic-classes';
import infoStats from './info-stats';
import sangong from './sangong';
import subjectHierarchy from './subject-hierarchy';
import summaryBalance from './summary-balance';

export const sumRules: Rule<string>[] = [
  columnIdentity as Rule<string>,
  economicClasses as Rule<string>,
  infoStats as Rule<string>,
  sangong as Rule<string>,
  subjectHierarchy as Rule<string>,
  summaryBalance as Rule<string>,
];
