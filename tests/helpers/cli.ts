/** Runs execute() with captured stdout / stderr. */
import path from 'node:path';
import { execute } from '../../src/cli/execute';

export const ROOT = path.join(__dirname, '../..');
export const SEED = path.join(ROOT, 'fixtures/seed-000/000.xlsx');
export const SEED_MD = path.join(ROOT, 'fixtures/seed-000/000.md');

export async function run(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await execute(args, {
    stdout: (s) => {
      stdout += s.toString();
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
    cwd: opts.cwd ?? ROOT,
  });
  return { code, stdout, stderr };
}
