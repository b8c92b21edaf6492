/** Atomic writes: a temp file in the same directory, then rename, so a reader never sees half a file. */
import fs from 'node:fs';
import path from 'node:path';

export function writeAtomicFile(file: string, data: string | Buffer): void {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, abs);
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
  }
}
