export { createRule } from './rule';
export type { Rule, RuleMeta, RuleContext, ReportDescriptor } from './rule';
