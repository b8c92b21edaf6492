/** The doc/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';
import emptyTableNote from './empty-table-note';

export const docRules: Rule<string>[] = [emptyTableNote as Rule<string>];
