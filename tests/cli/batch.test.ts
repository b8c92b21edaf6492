import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import * as XLSX from 'xlsx';
import { execFileSync } from 'node:child_process';
import { run, SEED } from '../helpers/cli';
import { MIN_DOCUMENTS_FOR_WORKERS } from '../../src/engine/batch';

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bl-batch-'));

function copies(n: number): string {
  const d = tmpdir();
  for (let i = 0; i < n; i++) fs.copyFileSync(SEED, path.join(d, `w${String(i).padStart(2, '0')}.xlsx`));
  return d;
}

describe('batch runs', () => {
  it('--jobs 2 gives byte-identical output to --jobs 1, in input order', async () => {
    // Both through the built CLI: worker threads run the compiled code in dist/.
    // Enough documents for --jobs to start a worker; --timeout puts every document in one.
    const d = copies(MIN_DOCUMENTS_FOR_WORKERS + 2);
    const bin = (args: string[]) => ({ stdout: execFileSync('node', [path.join(__dirname, '../../bin/budget-lint'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).toString() });
    const attempt = (args: string[]) => {
      try {
        return bin(args);
      } catch (e) {
        return { stdout: String((e as { stdout: string }).stdout) };
      }
    };
    const one = attempt(['--jobs', '1', '-f', 'json', d]);
    const two = attempt(['--jobs', '2', '-f', 'json', d]);
    const workers = attempt(['--jobs', '2', '--timeout', '120', '-f', 'json', d]);
    expect(two.stdout).toBe(one.stdout);
    expect(workers.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(Array.from({ length: MIN_DOCUMENTS_FOR_WORKERS + 2 }, (_, i) => `w${String(i).padStart(2, '0')}.xlsx`));
  });
  it('a lint that shows no sheets keeps only input names, in this thread and from workers', async () => {
    const { lintRun } = await import('../../src/index');
    const d = copies(2);
    // --timeout: the documents are linted in workers.
    for (const viaWorkers of [false, true]) {
      const lean = await lintRun([d], { cwd: d, config: {}, jobs: 2, ...(viaWorkers ? { timeoutSeconds: 120 } : {}), wantSources: false, wantDocuments: false });
      expect([...lean.sources.keys()].map((f) => path.basename(f)).sort()).toEqual(['w00.xlsx', 'w01.xlsx']);
      expect([...lean.sources.values()].every((grids) => grids.length === 0)).toBe(true);
      expect(lean.documents).toEqual([]);
    }
    const full = await lintRun([d], { cwd: d, config: {} });
    expect([...full.sources.values()].every((grids) => grids.length > 0)).toBe(true);
    expect(full.documents).toHaveLength(2);
  });

  it('an unreadable --prior file is reported once, also when workers lint the documents', () => {
    const d = copies(2);
    const bad = path.join(__dirname, '../../fixtures/bad/empty.xlsx');
    let out = '';
    try {
      out = execFileSync('node', [path.join(__dirname, '../../bin/budget-lint'), '--jobs', '2', '--timeout', '120', '-f', 'json', '--prior', bad, d], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout: string }).stdout);
    }
    const results = JSON.parse(out) as { filePath: string; fatalErrorCount: number }[];
    expect(results.filter((r) => r.fatalErrorCount === 1).map((r) => path.basename(r.filePath))).toEqual(['empty.xlsx']);
    expect(results).toHaveLength(3);
  });
  it('--cache reuses results for unchanged files and misses for a changed one', async () => {
    const d = copies(2);
    const cache = path.join(tmpdir(), 'c.json');
    const first = await run(['--cache', '--cache-location', cache, '-f', 'json', d]);
    expect(fs.existsSync(cache)).toBe(true);
    const second = await run(['--cache', '--cache-location', cache, '-f', 'json', d]);
    expect(second.stdout).toBe(first.stdout);
    // change one amount in one copy → its result changes
    const f = path.join(d, 'w01.xlsx');
    const wb = XLSX.readFile(f);
    wb.Sheets['收入决算表'].C12 = { t: 'n', v: 204.61 };
    XLSX.writeFile(wb, f);
    const third = JSON.parse((await run(['--cache', '--cache-location', cache, '-f', 'json', d])).stdout);
    expect(third[0].errorCount).toBe(JSON.parse(first.stdout)[0].errorCount);
    expect(third[1].errorCount).toBeGreaterThan(JSON.parse(first.stdout)[1].errorCount);
  });
  it('baseline: only new findings are reported; a vanished one fails until pruned', async () => {
    const d = copies(1);
    const base = path.join(tmpdir(), 'baseline.json');
    // Writing a baseline is a success of its own.
    expect((await run(['--write-baseline', base, d])).code).toBe(0);
    const clean = await run(['--baseline', base, '-f', 'json', d]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)[0].messages).toEqual([]);
    // a new error appears
    const f = path.join(d, 'w00.xlsx');
    const wb = XLSX.readFile(f);
    wb.Sheets['收入决算表'].C12 = { t: 'n', v: 204.61 };
    XLSX.writeFile(wb, f);
    const fresh = await run(['--baseline', base, '-f', 'json', d]);
    expect(fresh.code).toBe(1);
    expect(JSON.parse(fresh.stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'sum/subject-hierarchy')).toBe(true);
  });
});

describe('reviewer tools from the CLI', () => {
  it('--annotate writes a commented copy and leaves the input byte-identical', async () => {
    const out = path.join(tmpdir(), 'annotated.xlsx');
    const before = sha(SEED);
    await run(['--annotate', out, SEED]);
    expect(sha(SEED)).toBe(before);
    const wb = XLSX.readFile(out);
    const c10 = wb.Sheets['收入决算表'].C10 as XLSX.CellObject;
    expect(c10.c?.[0].t).toContain('411.01');
  });
  it('--annotate refuses to overwrite an input', async () => {
    const r = await run(['--annotate', SEED, SEED]);
    expect(r.code).toBe(2);
  });
  it('diff reports the changed cell by subject code and the findings it adds, exit 1', async () => {
    const d = tmpdir();
    const changed = path.join(d, 'new.xlsx');
    const wb = XLSX.readFile(SEED);
    wb.Sheets['收入决算表'].C12 = { t: 'n', v: 204.61 };
    XLSX.writeFile(wb, changed);
    const r = await run(['diff', '-f', 'json', SEED, changed]);
    expect(r.code).toBe(1);
    const diff = JSON.parse(r.stdout);
    expect(diff.values).toEqual([expect.objectContaining({ type: 'changed', row: 'code:2013702', column: 'total', old: '214.61', new: '204.61' })]);
    expect(diff.newErrors).toBeGreaterThan(0);
    const same = await run(['diff', SEED, SEED]);
    expect(same.code).toBe(0);
  });
  it.each(['sarif', 'junit', 'html', 'csv', 'markdown'])('-f %s writes a report', async (format) => {
    const out = path.join(tmpdir(), `r.${format}`);
    const r = await run(['-f', format, '-o', out, SEED]);
    expect(r.code).toBe(0 + (JSON.parse((await run(['-f', 'json', SEED])).stdout)[0].errorCount > 0 ? 1 : 0));
    expect(fs.statSync(out).size).toBeGreaterThan(100);
  });
});
