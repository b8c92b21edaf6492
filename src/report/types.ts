/** Formatters are pure functions of results: (results, ctx) → string. They never write files. */
import type { Grid, Lang, LintResult } from '../types';
import type { RuleMeta } from '../engine/rule';

export interface FormatContext {
  lang: Lang;
  color: boolean;
  cwd: string;
  rulesMeta: Map<string, RuleMeta<string>>;
  /** The grids read from each input file (for the HTML sheet view); read-only. */
  sources?: Map<string, Grid[]>;
  /** The narrative's paragraphs per file with their line (the HTML report shows a finding's sentence). */
  texts?: Map<string, { line: number; text: string }[]>;
  /** Options such as csvEncoding: 'utf-8' | 'gbk'. */
  options?: Record<string, unknown>;
}

export type Formatter = (results: LintResult[], ctx: FormatContext) => string | Buffer;
