/**
 * Input files are only ever read: every command leaves them byte-identical (and their mtimes
 * unchanged) — lint in every format, --annotate, diff, --cache, --write-baseline / --baseline.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, ROOT } from '../helpers/cli';

let dir: string;
let inputs: string[];

function fingerprint(): string[] {
  return inputs.map((f) => `${f} ${crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex')} ${fs.statSync(f).mtimeMs}`);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-lint-inputs-'));
  const copy = (from: string, to: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'fixtures', from), path.join(dir, to));
    return path.join(dir, to);
  };
  inputs = [
    copy('seed-000/000.xlsx', '000.xlsx'),
    copy('seed-000/000.md', '000.md'),
    copy('seed-000/000-narrative.docx', 'narrative.docx'),
    copy('prior/2023.xlsx', 'prior/2023.xlsx'),
    ...fs.readdirSync(path.join(ROOT, 'fixtures/seed-000-csv')).map((f) => copy(`seed-000-csv/${f}`, `csv/${f}`)),
  ];
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('inputs are never modified', () => {
  const at = (p: string) => path.join(dir, p);
  const commands: [string, () => string[]][] = [
    ['lint', () => [at('000.xlsx'), at('000.md')]],
    ...['stylish', 'json', 'sarif', 'junit', 'html', 'csv', 'markdown'].map((f): [string, () => string[]] => [`-f ${f}`, () => ['-f', f, at('000.xlsx'), at('000.md')]]),
    ['-o', () => ['-f', 'json', '-o', at('out/report.json'), at('000.xlsx')]],
    ['--narrative docx', () => [at('000.xlsx'), '--narrative', at('narrative.docx')]],
    ['--prior', () => [at('000.xlsx'), at('000.md'), '--prior', at('prior/2023.xlsx')]],
    ['csv folder, --jobs 2', () => ['--jobs', '2', at('csv'), at('000.xlsx')]],
    ['--annotate', () => ['--annotate', at('out/annotated.xlsx'), at('000.xlsx')]],
    ['--cache (twice)', () => ['--cache', '--cache-location', at('out/cache'), at('000.xlsx')]],
    ['--cache (hit)', () => ['--cache', '--cache-location', at('out/cache'), at('000.xlsx')]],
    ['--write-baseline', () => ['--write-baseline', at('out/baseline.json'), at('000.xlsx')]],
    ['--baseline', () => ['--baseline', at('out/baseline.json'), at('000.xlsx')]],
    ['diff', () => ['diff', at('000.xlsx'), at('prior/2023.xlsx')]],
    ['refused: -o onto an input', () => ['-f', 'json', '-o', at('000.md'), at('000.xlsx'), at('000.md')]],
    ['refused: --annotate onto an input', () => ['--annotate', at('000.xlsx'), at('000.xlsx')]],
  ];
  for (const [name, args] of commands) {
    it(`${name} leaves every input byte-identical`, async () => {
      fs.mkdirSync(at('out'), { recursive: true });
      const before = fingerprint();
      const out = await run(args(), { cwd: dir });
      expect(out.code).toBeGreaterThanOrEqual(0);
      expect(fingerprint()).toEqual(before);
    });
  }
});
