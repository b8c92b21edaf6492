/**
 * V8 tiering for a short-lived, wide linter. A lint run executes hundreds of distinct functions
 * (recognizers, rules, decimal arithmetic) a few times per document. With V8's default budget each
 * becomes "hot" after a few dozen documents and is optimized by TurboFan, at 30–130 ms of compile
 * time apiece, in every worker thread again — bench/ measured about 3 s of compilation per thread
 * on 200 workbooks, more than the linting itself. A larger interrupt budget leaves warm code to
 * the baseline tiers and optimizes only the loops that really run long (a 50,000-row table).
 * Flags are process-wide, so worker threads started later inherit them.
 */
import v8 from 'node:v8';

/** Bytes of bytecode a function runs before V8 considers optimizing it (V8 11's default: 67,584). */
export const INTERRUPT_BUDGET = 700_000;

/** Sets the budget unless the user chose one (NODE_OPTIONS or node's own arguments). */
export function tuneJit(env: NodeJS.ProcessEnv = process.env, execArgv: string[] = process.execArgv, setFlags: (flags: string) => void = v8.setFlagsFromString): boolean {
  const chosen = [...execArgv, env.NODE_OPTIONS ?? ''].some((a) => /interrupt[-_]budget/.test(a));
  if (chosen) return false;
  setFlags(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}
