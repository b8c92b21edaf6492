/** The narrative/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';

export const narrativeRules: Rule<string>[] = [];
