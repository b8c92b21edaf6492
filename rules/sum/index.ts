/** The sum/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';

export const sumRules: Rule<string>[] = [];
