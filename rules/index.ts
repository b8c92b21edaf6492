/**
 * The built-in rules: every family's list, merged into one id → rule map sorted by id.
 * Presets are generated from meta.defaultSeverity (src/config/presets.ts), never typed by hand.
 */
import type { Rule } from '../src/engine/rule';
import { sumRules } from './sum';
import { crossRules } from './cross';
import { perfRules } from './perf';
import { narrativeRules } from './narrative';
import { docRules } from './doc';
import tail from './rounding/tail';

export const builtinRules: Map<string, Rule<string>> = new Map(
  [...sumRules, ...crossRules, ...perfRules, ...narrativeRules, ...docRules, tail as Rule<string>]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((r) => [r.meta.id, r]),
);
