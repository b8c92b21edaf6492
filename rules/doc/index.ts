/** The doc/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';

export const docRules: Rule<string>[] = [];
