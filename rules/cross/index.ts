/** The cross/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';

export const crossRules: Rule<string>[] = [];
