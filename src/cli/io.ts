/** Output writing: stdout, or a file written atomically (temp file + rename) that is never an input. */
import path from 'node:path';
import { UsageError } from '../errors';
import { writeAtomicFile } from '../engine/atomic';

export interface CliIO {
  stdout: (text: string | Buffer) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** stderr is a terminal (progress bar). */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input, read whole (for `-`). */
  readStdin?: () => Promise<Buffer>;
  /** Terminal width, when stdout is a terminal. */
  columns?: number;
}

export function writeAtomic(file: string, data: string | Buffer, inputs: string[] = []): void {
  const abs = path.resolve(file);
  if (inputs.some((i) => path.resolve(i) === abs)) throw new UsageError('outputInput', { file });
  writeAtomicFile(abs, data);
}

export function useColor(io: CliIO, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (flag === true) return true;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}
