import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { run, SEED, ROOT } from '../helpers/cli';
import type { LintResult } from '../../src/types';

const bad = (f: string) => path.join(ROOT, 'fixtures/bad', f);
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('exit codes (0 clean, 1 errors, 2 fatal)', () => {
  it('a fatal file exits 2 while the good file in the same run is still linted', async () => {
    const { code, stdout } = await run(['--format', 'json', bad('empty.xlsx'), SEED, bad('corrupt.xlsx'), bad('bogus-dimension.xlsx')]);
    expect(code).toBe(2);
    const results: LintResult[] = JSON.parse(stdout);
    const fatal = results.filter((r) => r.fatalErrorCount === 1);
    expect(fatal.map((r) => path.basename(r.filePath)).sort()).toEqual(['bogus-dimension.xlsx', 'corrupt.xlsx', 'empty.xlsx']);
    for (const r of fatal) {
      expect(r.messages).toHaveLength(1);
      expect(r.messages[0]).toMatchObject({ fatal: true, severity: 2, ruleId: null });
      expect(r.messages[0].message).toContain(path.join('fixtures/bad', path.basename(r.filePath)));
    }
    const good = results.find((r) => r.filePath === SEED)!;
    expect(good.fatalErrorCount).toBe(0);
    expect(good.coverage.tables.length).toBeGreaterThan(0);
  });
  it('a missing file is fatal (exit 2)', async () => {
    expect((await run([path.join(ROOT, 'nope.xlsx')])).code).toBe(2);
  });
  it('no files is a usage error (exit 2)', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('请指定要检查的文件');
  });
  it('an unknown option is exit 2', async () => {
    expect((await run(['--no-such-flag', SEED])).code).toBe(2);
  });
  it('--max-warnings turns too many warnings into exit 1; --quiet shows errors only', async () => {
    const cfg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bl-cfg-')), 'only-tails.json');
    const rules = Object.fromEntries(JSON.parse((await run(['rules', '--format', 'json'])).stdout).map((m: { id: string }) => [m.id, m.id === 'rounding/tail' || m.id.startsWith('sum/') ? 'warn' : 'off']));
    fs.writeFileSync(cfg, JSON.stringify({ rules }));
    const clean = await run(['-c', cfg, SEED]);
    expect(clean.code).toBe(0);
    expect((await run(['-c', cfg, '--max-warnings', '0', SEED])).code).toBe(1);
    const quiet = await run(['-c', cfg, '--quiet', '--format', 'json', SEED]);
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([]);
  });
});

describe('output', () => {
  it('stylish: Chinese by default, English with --lang en, no colour without a TTY or with NO_COLOR', async () => {
    const zh = await run([SEED]);
    expect(zh.stdout).toMatch(/共 \d+ 个问题/);
    expect(zh.stdout).not.toMatch(/\u001b\[/);
    const en = await run(['--lang', 'en', SEED]);
    expect(en.stdout).toMatch(/\d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    const forced = await run([SEED], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(forced.stdout).not.toMatch(/\u001b\[/);
    const tty = await run([SEED], { isTTY: true, env: {} });
    expect(tty.stdout).toMatch(/\u001b\[/);
  });
  it('-o writes the report atomically and refuses to overwrite an input', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bl-out-'));
    const out = path.join(dir, 'report.json');
    const before = sha(SEED);
    await run(['-f', 'json', '-o', out, SEED]);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))[0].filePath).toBe(SEED);
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
    const r = await run(['-f', 'json', '-o', SEED, SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('拒绝覆盖');
    expect(sha(SEED)).toBe(before);
  });
  it('rules lists every rule with its doc; rules <id> shows one', async () => {
    const all = await run(['rules']);
    expect(all.stdout).toContain('rounding/tail');
    expect(all.stdout).toContain('为什么');
    const one = await run(['rules', 'rounding/tail', '--lang', 'en']);
    expect(one.stdout).toContain('Why');
    expect((await run(['rules', 'no/such-rule'])).code).toBe(2);
  });
});

describe('config', () => {
  const dir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'bl-rc-'));
  it('finds .budgetlintrc.json upwards and applies severities; --print-config shows them', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, '.budgetlintrc.json'), JSON.stringify({ rules: { 'rounding/tail': 'off' }, tolerance: '0.01' }));
    const printed = JSON.parse((await run(['--print-config'], { cwd: d })).stdout);
    expect(printed.rules['rounding/tail']).toBe('off');
    expect(printed.tolerance).toBe('0.01');
    const r = JSON.parse((await run(['-f', 'json', SEED], { cwd: d })).stdout);
    expect(r[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'rounding/tail')).toEqual([]);
    expect(r[0].coverage.tolerance).toBe('0.01');
  });
  it('reads package.json#budgetlint', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ name: 'x', budgetlint: { preset: 'strict' } }));
    expect(JSON.parse((await run(['--print-config'], { cwd: d })).stdout).preset).toBe('strict');
  });
  it.each([
    [{ rules: { 'rounding/tail': 'loud' } }, 'rules.rounding/tail'],
    [{ rules: { 'no/such': 'error' } }, 'rules.no/such'],
    [{ tolerance: '-1' }, 'tolerance'],
    [{ colour: true }, 'colour'],
  ])('a bad config %j names the key path and exits 2 before reading files', async (cfg, keyPath) => {
    const d = dir();
    fs.writeFileSync(path.join(d, '.budgetlintrc.json'), JSON.stringify(cfg));
    const r = await run([SEED], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(keyPath);
    expect(r.stderr).toContain('.budgetlintrc.json');
  });
  it('loads custom rules from rulesDir and plugins (a bureau adds its own check)', async () => {
    const d = dir();
    fs.mkdirSync(path.join(d, 'my-rules'));
    const ruleSrc = (id: string) => `module.exports = { meta: { id: '${id}', family: 'bureau', description: { zh: '自定义', en: 'custom' }, defaultSeverity: 'error', docs: { rationale: { zh: '示例', en: 'example' } }, messages: { tooMany: { zh: '表格数 {{n}}', en: 'tables {{n}}' } } }, check(doc, ctx) { ctx.report({ messageId: 'tooMany', data: { n: doc.tables.length }, at: { file: doc.id, line: 1, column: 1 } }); } };`;
    fs.writeFileSync(path.join(d, 'my-rules', 'count.js'), ruleSrc('bureau/count'));
    fs.writeFileSync(path.join(d, 'plugin.js'), `module.exports = { rules: [${ruleSrc('bureau/plugin').replace('module.exports = ', '').replace(/;$/, '')}] };`);
    fs.writeFileSync(path.join(d, '.budgetlintrc.json'), JSON.stringify({ rulesDir: 'my-rules', plugins: ['./plugin.js'] }));
    const r = JSON.parse((await run(['-f', 'json', SEED], { cwd: d })).stdout);
    const ids = r[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).toContain('bureau/count');
    expect(ids).toContain('bureau/plugin');
  });
});
