/** The perf/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';

export const perfRules: Rule<string>[] = [];
