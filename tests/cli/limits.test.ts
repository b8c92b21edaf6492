/** Inputs that would exhaust memory or time: each is refused or abandoned with one clear message. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { run, SEED } from '../helpers/cli';
import type { LintResult } from '../../src/types';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bl-limits-'));

it('a 100 MB file is refused before it is read (fileTooLarge), the good file is still linted', async () => {
  const d = tmpdir();
  const big = path.join(d, 'huge.xlsx');
  const fd = fs.openSync(big, 'w');
  fs.writeSync(fd, Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  fs.ftruncateSync(fd, 100 * 1024 * 1024); // sparse: costs no disk, generated here, never committed
  fs.closeSync(fd);
  const r = await run(['-f', 'json', big, SEED]);
  expect(r.code).toBe(2);
  const results: LintResult[] = JSON.parse(r.stdout);
  const fatal = results.find((x) => x.filePath === big)!;
  expect(fatal.messages[0].message).toMatch(/100\.0 MiB.*64\.0 MiB/);
  expect(results.find((x) => x.filePath === SEED)!.fatalErrorCount).toBe(0);
  expect((await run(['-f', 'json', '--max-file-size', String(200 * 1024 * 1024), big])).stdout).toContain('已损坏');
});

it('a workbook with 500 sheets is refused with a clear message (--max-sheets raises the limit)', async () => {
  const d = tmpdir();
  const f = path.join(d, 'sheets.xlsx');
  const wb = XLSX.utils.book_new();
  for (let i = 0; i < 500; i++) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[`表${i}`], [i]]), `S${i}`);
  XLSX.writeFile(wb, f);
  const r = await run([f]);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain('500 个工作表');
  // Read with the higher limit; 500 sheets of nothing are then no disclosure at all: an error, not a pass.
  const raised = await run(['--max-sheets', '600', f]);
  expect([raised.code, raised.stdout.includes('未识别到任何公开表')]).toEqual([1, true]);
});

it('--timeout abandons a document that hangs and still lints the others', async () => {
  const d = tmpdir();
  fs.mkdirSync(path.join(d, 'rules'));
  // A custom rule that never returns when it sees the marker workbook.
  fs.writeFileSync(
    path.join(d, 'rules', 'hang.js'),
    `module.exports = { meta: { id: 'local/hang', family: 'local', description: { zh: '挂起', en: 'hang' }, defaultSeverity: 'error', docs: { rationale: { zh: '测试', en: 'test' } }, messages: { x: { zh: 'x', en: 'x' } } },
      check(doc) { if (doc.id.endsWith('hang.xlsx')) { for (;;) {} } } };`,
  );
  fs.writeFileSync(path.join(d, '.budgetlintrc.json'), JSON.stringify({ rulesDir: 'rules' }));
  fs.copyFileSync(SEED, path.join(d, 'hang.xlsx'));
  fs.copyFileSync(SEED, path.join(d, 'ok.xlsx'));
  const started = Date.now();
  const r = await run(['-f', 'json', '--timeout', '2', '--jobs', '2', 'hang.xlsx', 'ok.xlsx'], { cwd: d });
  expect(Date.now() - started).toBeLessThan(30000);
  expect(r.code).toBe(2);
  const results: LintResult[] = JSON.parse(r.stdout);
  expect(results.map((x) => [path.basename(x.filePath), x.fatalErrorCount])).toEqual([
    ['hang.xlsx', 1],
    ['ok.xlsx', 0],
  ]);
  expect(results[0].messages[0].message).toContain('超过时限 2 秒');
});
