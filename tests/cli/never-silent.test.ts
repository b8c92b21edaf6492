/**
 * Never pass silently: what cannot be read is fatal (exit 2) and says which types are read; the
 * other workbook formats SheetJS reads are read; standard input is read; a document in which
 * nothing is recognised is an error, not "✔".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as XLSX from 'xlsx';
import { execute } from '../../src/cli/execute';
import { run, ROOT, SEED, SEED_MD } from '../helpers/cli';
import type { LintResult } from '../../src/types';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-silent-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const json = (stdout: string): LintResult[] => JSON.parse(stdout);

it('a file no reader takes (package.json) is fatal, naming the file and the types read', async () => {
  const r = await run(['package.json', SEED]);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain('无法检查 package.json：budget-lint 不读取 .json 文件');
  for (const ext of ['.xlsx', '.xls', '.ods', '.et', '.xlsb', '.csv', '.md', '.txt', '.docx']) expect(r.stdout).toContain(ext);
  // The other file is still linted.
  expect(r.stdout).toContain('000.xlsx');
});

it('a PDF that cannot be read is a clear fatal result, not a pass', async () => {
  const pdf = path.join(dir, '决算.pdf');
  fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const r = await run(['-f', 'json', pdf]);
  expect(r.code).toBe(2);
  const [res] = json(r.stdout);
  expect(res.fatalErrorCount).toBe(1);
  expect(res.messages[0].message).toContain('决算.pdf');
  expect(res.messages[0].message).toContain('无法读取');
  expect(r.stderr).toContain('无法检查');
});

describe('the workbook formats SheetJS reads', () => {
  const wb = (): XLSX.WorkBook => XLSX.readFile(SEED);
  const cases: [string, XLSX.BookType][] = [['.ods', 'ods'], ['.xlsb', 'xlsb'], ['.et', 'biff8']];
  it.each(cases)('%s is read and its tables recognised like the .xlsx', async (ext, bookType) => {
    const file = path.join(dir, `000${ext}`);
    XLSX.writeFile(wb(), file, { bookType });
    const [original] = json((await run(['-f', 'json', SEED])).stdout);
    const r = await run(['-f', 'json', file]);
    expect(r.code).not.toBe(2);
    const [res] = json(r.stdout);
    expect(res.fatalErrorCount).toBe(0);
    expect(res.coverage.tables.map((t) => t.kind).sort()).toEqual(original.coverage.tables.map((t) => t.kind).sort());
    expect(res.coverage.evaluations).toBe(original.coverage.evaluations);
  });
});

describe('standard input', () => {
  const viaStdin = async (args: string[], bytes: Buffer) => {
    let stdout = '';
    let stderr = '';
    const code = await execute(args, { stdout: (s) => (stdout += s.toString()), stderr: (s) => (stderr += s), isTTY: false, env: {}, cwd: ROOT, readStdin: async () => bytes });
    return { code, stdout, stderr };
  };

  it('- with --stdin-filename: linted as that file, reported under that name', async () => {
    const fromFile = json((await run(['-f', 'json', SEED])).stdout)[0];
    const r = await viaStdin(['-f', 'json', '-', '--stdin-filename', 'fixtures/seed-000/000.xlsx'], fs.readFileSync(SEED));
    expect(r.code).toBe(1);
    const [res] = json(r.stdout);
    expect(res.filePath).toBe(SEED);
    expect(res.messages.map((m) => [m.ruleId, m.sheet, m.cell, m.actual])).toEqual(fromFile.messages.map((m) => [m.ruleId, m.sheet, m.cell, m.actual]));
    expect(JSON.stringify(res)).not.toContain('budget-lint-stdin-');
  });

  it('- without a name: a workbook is recognised by its bytes', async () => {
    const r = await viaStdin(['-f', 'json', '-'], fs.readFileSync(SEED));
    const [res] = json(r.stdout);
    expect([path.basename(res.filePath), res.coverage.tables.length]).toEqual(['stdin.xlsx', 10]);
  });

  it('a narrative on stdin joins the workbook named on the command line', async () => {
    const r = await viaStdin(['-f', 'json', SEED, '-', '--stdin-filename', 'fixtures/seed-000/000.md'], fs.readFileSync(SEED_MD));
    const results = json(r.stdout);
    expect(results.map((x) => [path.basename(x.filePath), x.document && path.basename(x.document)])).toEqual([['000.xlsx', undefined], ['000.md', '000.xlsx']]);
    expect(results[1].messages.length).toBeGreaterThan(0);
  });

  it('through a real pipe', () => {
    const p = spawnSync(process.execPath, [path.join(ROOT, 'bin/budget-lint'), '-f', 'compact', '-', '--stdin-filename', '000.xlsx'], { cwd: ROOT, input: fs.readFileSync(SEED), encoding: 'utf8' });
    expect(p.status).toBe(1);
    expect(p.stdout.split('\n')[0]).toMatch(/^000\.xlsx:\S+!\w+\d+: 错误 /);
  });
});

describe('nothing recognised is an error', () => {
  it('a workbook with no disclosure table (a phone list)', async () => {
    const file = path.join(dir, '通讯录.xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['姓名', '电话'], ['张三', '13800000000'], ['李四', '13900000000']]), 'Sheet1');
    XLSX.writeFile(wb, file);
    const r = await run([file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('未识别到任何公开表');
    expect(r.stdout).not.toContain('✔');
  });

  it('a text with no figure (a README) is an error of its own document', async () => {
    const readme = path.join(dir, 'README.md');
    fs.writeFileSync(readme, '# 说明\n\n本目录存放部门决算公开文件。\n');
    const r = await run(['-f', 'json', readme]);
    const [res] = json(r.stdout);
    expect(r.code).toBe(1);
    expect(res.messages.map((m) => m.messageId)).toEqual(['nothingRecognised']);
  });

  it('a narrative alone with figures is a narrative-only document, not a fatal error', async () => {
    const r = await run(['-f', 'json', SEED_MD]);
    const [res] = json(r.stdout);
    expect(res.fatalErrorCount).toBe(0);
    expect(res.coverage.sentencesWithNumbers).toBeGreaterThan(0);
    expect(res.messages.some((m) => m.messageId === 'nothingRecognised')).toBe(false);
  });
});

describe('renditions of one document', () => {
  it('001.xlsx + 001.docx + 001.md: tables once (no doubled sums), the Word file named in one warning', async () => {
    const FX = path.join(ROOT, 'fixtures/seed-001');
    const alone = json((await run(['-f', 'json', path.join(FX, '001.xlsx'), path.join(FX, '001.md')])).stdout);
    const r = await run(['-f', 'json', path.join(FX, '001.xlsx'), path.join(FX, '001.docx'), path.join(FX, '001.md')]);
    const results = json(r.stdout);
    const dup = results.flatMap((x) => x.messages).filter((m) => m.ruleId === 'doc/duplicate-rendition');
    expect(dup).toHaveLength(1);
    expect(dup[0].message).toContain('001.docx');
    expect(results[0].coverage.tables.length).toBe(alone[0].coverage.tables.length);
    const errors = (rs: LintResult[]) => rs.flatMap((x) => x.messages).filter((m) => m.severity === 2).map((m) => [m.ruleId, m.actual, m.expected]);
    expect(errors(results)).toEqual(errors(alone));
  });

  it('a folder with 000.md and 000-narrative.docx reads the narrative once', async () => {
    const d = path.join(dir, 'folder');
    fs.mkdirSync(d);
    for (const f of ['000.xlsx', '000.md', '000-narrative.docx']) fs.copyFileSync(path.join(ROOT, 'fixtures/seed-000', f), path.join(d, f));
    const both = json((await run(['-f', 'json', d])).stdout);
    const one = json((await run(['-f', 'json', path.join(d, '000.xlsx'), path.join(d, '000.md')])).stdout);
    const narrativeOf = (rs: LintResult[]) => rs.find((x) => x.filePath.endsWith('000.md'))!;
    expect(narrativeOf(both).coverage.sentencesWithNumbers).toBe(narrativeOf(one).coverage.sentencesWithNumbers);
    expect(both.flatMap((x) => x.messages).filter((m) => m.ruleId === 'doc/duplicate-rendition').map((m) => m.message)).toEqual([expect.stringContaining('000-narrative.docx')]);
    expect(both.map((x) => path.basename(x.filePath))).toEqual(['000.xlsx', '000.md']);
  });
});
