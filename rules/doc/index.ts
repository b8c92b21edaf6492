/** The doc/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';
import duplicateRendition from './duplicate-rendition';
import emptyTableNote from './empty-table-note';
import tableNotRead from './table-not-read';

export const docRules: Rule<string>[] = [duplicateRendition as Rule<string>, emptyTableNote as Rule<string>, tableNotRead as Rule<string>];
