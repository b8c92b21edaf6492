/**
 * --lang en is complete: every command and every format, run on the real seed-000 fixture, prints
 * no Chinese character except text quoted from the document (its sheet names, cells and narrative)
 * or a term quoted in the English text ("主要为", (参公)). Table kinds show as "Table 10", never
 * final-10, and requirements as "project self-evaluations", never deptEvaluations (JSON keeps the
 * ids as machine keys: `kind`, `requires`).
 *
 * Outputs that print the rules' own documentation (rules, SARIF's rule help) may also show the
 * Chinese terms of art that the rules' English metadata cites (参公, 财预〔2020〕10号): that text
 * belongs to the rules, and it is collected from their `en` fields, not listed here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { run, ROOT } from '../helpers/cli';
import { builtinRules } from '../../rules';

/** Every English string of the rules' metadata. */
function rulesEnglish(): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.en === 'string') out.push(o.en);
      Object.values(o).forEach(walk);
    }
  };
  for (const r of builtinRules.values()) walk(r.meta);
  return out.join('\n').replace(/\s+/g, '');
}

const SEED = path.join(ROOT, 'fixtures/seed-000');
const XLSX_FILE = path.join(SEED, '000.xlsx');
const MD = path.join(SEED, '000.md');
const OTHER = path.join(ROOT, 'fixtures/seed-000-stacked.xlsx');

function documentText(): string {
  const parts: string[] = [fs.readFileSync(MD, 'utf8')];
  for (const f of [XLSX_FILE, OTHER]) {
    const wb = XLSX.readFile(f);
    for (const name of wb.SheetNames) {
      parts.push(name);
      const sheet = wb.Sheets[name];
      for (const [k, c] of Object.entries(sheet)) if (!k.startsWith('!') && c) parts.push(String((c as XLSX.CellObject).w ?? (c as XLSX.CellObject).v));
    }
  }
  return parts.join('\n').replace(/\s+/g, '');
}

const QUOTED = /“[^”\n]{0,200}”|"[^"\n]{0,200}"|「[^」\n]{0,200}」|《[^》\n]{0,200}》|\([^()\n]{0,200}\)/g;

/** Han runs of the output that the document does not contain, outside quoted spans. */
function foreignHan(output: string, doc: string): string[] {
  const unquoted = output.replace(QUOTED, ' ');
  return [...new Set((unquoted.match(/\p{Script=Han}+/gu) ?? []).filter((run) => !doc.includes(run)))];
}

describe('--lang en on seed 000', () => {
  const doc = documentText();
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-en-'));
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ "rules": { "sum/sangong": "error", }, }');
    fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const lints = ['stylish', 'compact', 'json', 'junit', 'sarif', 'csv', 'markdown', 'html'].map((f) => [`lint -f ${f}`, ['-f', f, '--verbose', XLSX_FILE, MD]] as [string, string[]]);
  const commands: [string, string[]][] = [
    ...lints,
    ['rules', ['rules']],
    ['rules --format markdown', ['rules', '--format', 'markdown']],
    ['rules --format json', ['rules', '--format', 'json']],
    ['rules sum/subject-hierarchy', ['rules', 'sum/subject-hierarchy']],
    ...(['stylish', 'markdown', 'html', 'json'] as const).map((f) => [`diff -f ${f}`, ['diff', '-f', f, XLSX_FILE, OTHER]] as [string, string[]]),
    ['--help', ['--help']],
    ['lint --help', ['lint', '--help']],
    ['rules --help', ['rules', '--help']],
    ['diff --help', ['diff', '--help']],
    ['--print-config', ['--print-config']],
    ['usage error (no files)', []],
    ['usage error (--jobs x)', ['--jobs', 'x', XLSX_FILE]],
    ['unknown format', ['-f', 'stylsh', XLSX_FILE]],
    ['unknown rule in --rule', ['--rule', 'sum/sangongg: off', XLSX_FILE]],
    ['an unreadable type', ['package.json']],
    ['a PDF', ['fixtures/seed-000/000.pdf']],
    ['--max-warnings exceeded', ['--max-warnings', '0', '--quiet', XLSX_FILE]],
  ];

  it.each(commands)('%s', async (_name, args) => {
    const r = await run([...args, '--lang', 'en']);
    const out = (r.stdout + r.stderr).replace(/"(kind|requires|requiresAny)": (\[[^\]]*\]|"[^"]*")/g, '');
    expect(out.length).toBeGreaterThan(0);
    const printsRuleDocs = args[0] === 'rules' || args.includes('sarif');
    expect(foreignHan(out, printsRuleDocs ? doc + rulesEnglish() : doc)).toEqual([]);
    expect(out).not.toMatch(/\b(final|budget)-\d\d\b|\bdeptEvaluations\b/);
  });

  it('a config error', async () => {
    const r = await run(['-c', path.join(dir, 'bad.json'), XLSX_FILE, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(foreignHan(r.stderr, doc)).toEqual([]);
  });

  it('skip reasons name tables as readers know them', async () => {
    const r = await run(['-f', 'json', path.join(ROOT, 'fixtures/seed-001/001.xlsx'), '--lang', 'en']);
    const reasons = JSON.parse(r.stdout).flatMap((x: { coverage: { rulesSkipped: { reason: string }[] } }) => x.coverage.rulesSkipped.map((s) => s.reason));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.some((s: string) => /Table \d\d/.test(s))).toBe(true);
    expect(reasons.join(' ')).not.toMatch(/final-\d\d|deptEvaluations|\p{Script=Han}/u);
  });
});
