/** The doc/* rules, sorted by id. */
import type { Rule } from '../../src/engine/rule';
import duplicateRendition from './duplicate-rendition';
import emptyTableNote from './empty-table-note';
import missingTable from './missing-table';
import otherBody from './other-body';
import placeholder from './placeholder';
import tableNotRead from './table-not-read';
import year from './year';

export const docRules: Rule<string>[] = [duplicateRendition, emptyTableNote, missingTable, otherBody, placeholder, tableNotRead, year] as Rule<string>[];
