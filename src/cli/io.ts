/** Output writing: stdout, or a file written atomically (temp file + rename) that is never an input. */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';

export interface CliIO {
  stdout: (text: string | Buffer) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function writeAtomic(file: string, data: string | Buffer, inputs: string[] = []): void {
  const abs = path.resolve(file);
  if (inputs.some((i) => path.resolve(i) === abs)) throw new UsageError('outputInput', { file });
  const dir = path.dirname(abs);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, abs);
}

export function useColor(io: CliIO, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (flag === true) return true;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}
