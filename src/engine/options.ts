/**
 * The library's options (src/index.ts lint / lintRun). They live in the engine so the engine never
 * imports the public API that wraps it.
 */
import type { Lang } from '../types';
import type { BudgetLintConfig, RuleSettingInput } from '../config/schema';

export interface ApiOptions {
  cwd?: string;
  configFile?: string;
  config?: BudgetLintConfig;
  lang?: Lang;
  narrative?: string;
  prior?: string[];
  maxFileSize?: number;
  maxSheets?: number;
  /** Worker threads for many documents (1 = in this thread). Results are the same either way. */
  jobs?: number;
  /** Cache file for --cache (results keyed by input content and configuration). */
  cacheFile?: string;
  /**
   * Keep the grids of every input (HTML report, --annotate); the default. false keeps only the
   * input names, so a long run's memory stays that of one document, and lets --cache serve it.
   */
  wantSources?: boolean;
  /** Keep each document's ledger in the run (diff needs it; the lint command does not). Default true. */
  wantDocuments?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Abandon a document after this many seconds (it is then linted in a worker thread). */
  timeoutSeconds?: number;
  /** Use no config file at all (--no-config): every rule at its default severity. */
  noConfig?: boolean;
  /** Rule settings on top of the config (--rule), validated like the config's. */
  ruleOverrides?: Record<string, RuleSettingInput>;
  /** Ignore patterns on top of .budgetlintignore (--ignore-pattern), .gitignore syntax. */
  ignorePatterns?: string[];
  /** Do not read .budgetlintignore (--no-ignore). */
  noIgnore?: boolean;
}
