/**
 * Signals scripts can trust: a line for every non-zero exit, baselines written and pruned with
 * exit 0, EPIPE quiet, config errors with line and column and every problem at once, "did you
 * mean", --rule, --no-config, -f ./module.js, --color/--no-color, ignore files and globs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import { run, ROOT, SEED, SEED_MD } from '../helpers/cli';
import type { LintResult } from '../../src/types';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-signals-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const f = path.join(dir, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
  return f;
};

describe('a line for every non-zero exit', () => {
  it('--max-warnings 0 --quiet: says the warnings were too many', async () => {
    const r = await run(['--max-warnings', '0', '--quiet', '--rule', 'perf/analysis-figures: off', '--rule', 'perf/score-total: off', '--rule', 'perf/weight-total: off', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/警告 \d+ 个，超过 --max-warnings 0（退出码 1）/);
  });
  it('errors in a machine format: one stderr line', async () => {
    const r = await run(['-f', 'json', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^budget-lint: 发现 \d+ 个错误（退出码 1）\n$/);
  });
  it('a report written to a file: the fatal files are named on stderr', async () => {
    const r = await run(['-o', path.join(dir, 'out.json'), '-f', 'json', 'package.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1 个文件无法检查（退出码 2）：package.json');
  });
});

describe('baselines', () => {
  it('--write-baseline and --prune-baseline exit 0; a vanished finding exits 1 with a line', async () => {
    const base = path.join(dir, 'baseline.json');
    const w = await run(['--write-baseline', base, SEED, SEED_MD]);
    expect(w.code).toBe(0);
    expect(w.stdout).toMatch(/基线 .* 记录了 \d+ 个问题/);
    expect(JSON.parse(fs.readFileSync(base, 'utf8')).files).toBeDefined();
    // Same files: nothing new, exit 0.
    expect((await run(['--baseline', base, SEED, SEED_MD])).code).toBe(0);
    // The narrative's findings vanish (it is not linted): the baseline's entries for it are gone.
    const gone = await run(['--baseline', base, SEED]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/基线记录 .* 中 \S+ 有 \d+ 个问题，现在只有 \d+ 个（退出码 1）；请用 --prune-baseline 更新基线/);
    const pruned = await run(['--baseline', base, '--prune-baseline', SEED]);
    expect(pruned.code).toBe(0);
    expect((await run(['--baseline', base, SEED])).code).toBe(0);
  });
});

it('EPIPE: `… -f json | head -c 20` ends quietly', () => {
  const p = spawnSync('sh', ['-c', `"${process.execPath}" bin/budget-lint -f json fixtures/seed-000/000.xlsx fixtures/seed-000/000.md | head -c 20`], { cwd: ROOT, encoding: 'utf8' });
  expect(p.stdout).toHaveLength(20);
  expect(p.stderr).not.toMatch(/EPIPE|Error|at /);
});

describe('config', () => {
  it('a trailing comma: line and column, and what is wrong', async () => {
    const f = write('trailing/.budgetlintrc.json', '{\n  "rules": {\n    "rounding/tail": "off",\n  }\n}\n');
    const r = await run([SEED], { cwd: path.dirname(f) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.budgetlintrc.json');
    expect(r.stderr).toMatch(/4:3 应为带引号的键名（多了一个逗号？）/);
  });
  it('every problem at once, each with its line and column; an unknown rule gets a suggestion', async () => {
    const f = write('many.json', '{\n  "preset": "strictest",\n  "lang": "fr",\n  "rules": { "sum/sangongg": "off", "rounding/tail": "loud" },\n  "colour": true\n}\n');
    const r = await run(['-c', f, SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2:3 preset: 应为 "recommended" \| "strict"/);
    expect(r.stderr).toMatch(/3:3 lang: 应为 "zh" \| "en"/);
    expect(r.stderr).toMatch(/4:\d+ rules\.rounding\/tail: 严重级别应为/);
    expect(r.stderr).toMatch(/5:3 colour: 不是已知的配置项/);
    const again = await run(['-c', write('rule.json', '{ "rules": { "sum/sangongg": "off", "perf/grade": ["error", { "cutof": 1 }] } }'), SEED]);
    expect(again.stderr).toContain('rules.sum/sangongg: 没有这条规则（是不是 sum/sangong？）');
    expect(again.stderr).toMatch(/1:\d+ rules\.sum\/sangongg/);
  });
  it('the shipped JSON Schema accepts a good config and rejects a bad one', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/budgetlintrc.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ $schema: './node_modules/budget-lint/schema/budgetlintrc.schema.json', preset: 'strict', rules: { 'rounding/tail': 'off', 'sum/sangong': ['error', {}] }, tolerance: '0.01' })).toBe(true);
    expect(validate({ rules: { x: 'loud' } })).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).files).toContain('schema');
  });
  it('--no-config ignores the config found', async () => {
    const d = path.join(dir, 'noconfig');
    write('noconfig/.budgetlintrc.json', '{ "rules": { "rounding/tail": "off" } }');
    const tails = (r: { stdout: string }) => (JSON.parse(r.stdout) as LintResult[]).flatMap((x) => x.messages).filter((m) => m.ruleId === 'rounding/tail').length;
    expect(tails(await run(['-f', 'json', SEED], { cwd: d }))).toBe(0);
    expect(tails(await run(['-f', 'json', '--no-config', SEED], { cwd: d }))).toBeGreaterThan(0);
  });
});

describe('options', () => {
  it('--rule sets a rule; a misspelled one is refused with a suggestion', async () => {
    const all = (await run(['-f', 'json', SEED])).stdout;
    const off = (await run(['-f', 'json', '--rule', 'rounding/tail: off', SEED])).stdout;
    const count = (s: string) => (JSON.parse(s) as LintResult[]).flatMap((x) => x.messages).filter((m) => m.ruleId === 'rounding/tail').length;
    expect(count(all)).toBeGreaterThan(0);
    expect(count(off)).toBe(0);
    const up = JSON.parse((await run(['-f', 'json', '--rule', 'perf/full-marks-shortfall-note: ["error"]', SEED])).stdout) as LintResult[];
    // Raised to error; a finding whose reading is in doubt stays a warning (the evidence gate outranks severity).
    const raised = up.flatMap((x) => x.messages).filter((m) => m.ruleId === 'perf/full-marks-shortfall-note');
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.every((m) => m.severity === 2 || m.doubt)).toBe(true);
    const bad = await run(['--rule', 'rounding/tial: off', SEED]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('是不是 rounding/tail');
  });
  it('a misspelled option: did you mean', async () => {
    const r = await run(['--quite', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean --quiet?');
  });
  it('a misspelled format: did you mean', async () => {
    const r = await run(['-f', 'stylsh', SEED]);
    expect(r.stderr).toContain('是不是 stylish');
  });
  it('-f ./my-formatter.js uses that module', async () => {
    write('fmt/my-formatter.js', "module.exports = (results) => results.map((r) => `${r.messages.length} @ ${require('path').basename(r.filePath)}`).join('\\n') + '\\n';");
    const r = await run(['-f', './my-formatter.js', SEED], { cwd: path.join(dir, 'fmt') });
    expect(r.stdout).toMatch(/^\d+ @ 000\.xlsx\n$/);
  });
  it('--color forces colour, --no-color removes it', async () => {
    expect((await run(['--color', SEED])).stdout).toContain('\u001b[');
    expect((await run(['--no-color', SEED], { isTTY: true, env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('ignore files and globs', () => {
  let d: string;
  beforeAll(() => {
    d = path.join(dir, 'tree');
    for (const f of ['a/000.xlsx', 'b/000.xlsx', 'drafts/000.xlsx', 'c/draft-000.xlsx']) {
      fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
      fs.copyFileSync(SEED, path.join(d, f));
    }
    fs.writeFileSync(path.join(d, 'README.md'), '# 说明\n本目录存放公开文件。\n');
    fs.writeFileSync(path.join(d, '.budgetlintignore'), '# not disclosures\nREADME.md\ndrafts/\n');
  });
  const linted = async (args: string[]) => (JSON.parse((await run(['-f', 'json', ...args], { cwd: d })).stdout) as LintResult[]).map((r) => path.relative(d, r.filePath)).sort();

  it('.budgetlintignore keeps README.md and drafts/ out of a folder walk', async () => {
    expect(await linted(['.'])).toEqual(['a/000.xlsx', 'b/000.xlsx', 'c/draft-000.xlsx']);
  });
  it('--ignore-pattern adds to it; --no-ignore reads no ignore file', async () => {
    expect(await linted(['.', '--ignore-pattern', 'draft-*'])).toEqual(['a/000.xlsx', 'b/000.xlsx']);
    expect(await linted(['.', '--no-ignore', '--ignore-pattern', 'README.md'])).toEqual(['a/000.xlsx', 'b/000.xlsx', 'c/draft-000.xlsx', 'drafts/000.xlsx']);
  });
  it('globs with braces, classes and negation', async () => {
    expect(await linted(['{a,b}/*.xlsx'])).toEqual(['a/000.xlsx', 'b/000.xlsx']);
    expect(await linted(['[ab]/000.xlsx'])).toEqual(['a/000.xlsx', 'b/000.xlsx']);
    expect(await linted(['**/*.xlsx', '!c/**', '!a/**'])).toEqual(['b/000.xlsx']);
  });
});
