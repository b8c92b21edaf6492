/**
 * Stylish for CJK terminals and the compact format, on the real seed-000 findings: wrapped to the
 * terminal width with a hanging indent, never inside a number; the sheet as a sub-header and the
 * cell as the location; errors before warnings; 实际 / 应为 / 差额; paths relative to the working
 * directory; a summary line per document; evidence under --verbose.
 */
import path from 'node:path';
import stringWidth from 'string-width';
import stylish from '../../src/report/stylish';
import compact from '../../src/report/compact';
import { wrap, atoms } from '../../src/report/wrap';
import { difference } from '../../src/report/difference';
import { lint } from '../../src/index';
import type { LintResult } from '../../src/types';
import { builtinRules } from '../../rules';
import type { FormatContext } from '../../src/report/types';

const ROOT = path.join(__dirname, '../..');
const SEED = path.join(ROOT, 'fixtures/seed-000');
const ctx = (options: Record<string, unknown> = {}): FormatContext => ({ lang: 'zh', color: false, cwd: ROOT, rulesMeta: new Map([...builtinRules].map(([id, r]) => [id, r.meta])), options });
const NUMBER = /[-+]?\d[\d,]*(?:\.\d+)?%?/g;

describe('wrapping', () => {
  it('breaks between Han characters or at spaces, never inside a number, and keeps closing punctuation on its line', () => {
    expect(atoms('合计 622.18 万元，增长 12.5%。')).toEqual(['合', '计', ' ', '622.18', ' ', '万', '元，', '增', '长', ' ', '12.5%。']);
    const lines = wrap('收入决算表 20137 网信事务「本年收入合计」411.00 不等于其下级项之和 411.01', 30, 4, 4);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(26);
    expect(lines.join('')).toContain('411.00');
    expect(lines.join('').replace(/\s/g, '')).toBe('收入决算表20137网信事务「本年收入合计」411.00不等于其下级项之和411.01');
  });
  it('差额 is exact: actual − expected with the printed decimals', () => {
    expect(difference('411.00', '411.01')).toBe('-0.01');
    expect(difference('60,000.00', '50000.00')).toBe('+10000.00');
    expect(difference('73.93', '73.93')).toBeUndefined();
    expect(difference('≤3.43万元', '5')).toBeUndefined();
  });
});

describe('stylish on seed 000', () => {
  let results: LintResult[];
  beforeAll(async () => {
    results = await lint([path.join(SEED, '000.xlsx'), path.join(SEED, '000.md')], { cwd: ROOT, config: {} });
  });

  it('fits a 100-column terminal with a hanging indent, and every number of every message stays whole', () => {
    const out = stylish(results, ctx({ columns: 100 })) as string;
    const lines = out.split('\n');
    for (const l of lines.filter((x) => !x.startsWith('    未运行') && !/^ {4}\S+: /.test(x))) expect(stringWidth(l)).toBeLessThanOrEqual(100);
    for (const m of results.flatMap((r) => r.messages)) {
      for (const n of m.message.match(NUMBER) ?? []) expect(lines.some((l) => l.includes(n))).toBe(true);
    }
    // A continuation line starts under the message, not at the margin.
    const i = lines.findIndex((l) => /^ {4}\S+\s+错误  /.test(l));
    const lead = lines[i].indexOf('错误') + '错误'.length + 2;
    if (lines[i + 1] && !/^ {2}\S/.test(lines[i + 1]) && !/^ {4}\S+\s+(错误|警告)/.test(lines[i + 1])) expect(lines[i + 1].slice(0, lead).trim()).toBe('');
  });

  it('sheet as sub-header, cell as location, errors before warnings, 实际/应为/差额, relative paths', () => {
    const out = stylish(results, ctx()) as string;
    const lines = out.split('\n');
    expect(lines).toContain('fixtures/seed-000/000.xlsx');
    expect(out).not.toContain('../');
    expect(lines).toContain('  培训费项目支出绩效自评表');
    expect(out).toMatch(/\n {4}E23 +错误 +“培训费”.*实际\u00a073\.93 {2}应为\u00a073\.99 {2}差额\u00a0-0\.06 {2}perf\/analysis-figures/);
    const first = (s: string) => lines.findIndex((l) => new RegExp(`^ {2,4}\\S* +${s} `).test(l));
    const lastError = lines.map((l, i) => (/^ {2,4}\S* +错误 /.test(l) ? i : -1)).filter((i) => i >= 0);
    const book = lines.indexOf('fixtures/seed-000/000.md');
    expect(first('警告')).toBeGreaterThan(Math.max(...lastError.filter((i) => i < book)));
    expect(lines.filter((l) => l.includes('收入決算表 收入決算表'))).toEqual([]);
  });

  it('a summary line per document in a run of several files, and the narrative linked to its workbook', () => {
    const out = stylish(results, ctx()) as string;
    expect(out).toMatch(/各文件\n {2}fixtures\/seed-000\/000\.xlsx +\d+ 个错误，\d+ 个警告\n {2}fixtures\/seed-000\/000\.md +\d+ 个错误，\d+ 个警告\n/);
    expect(out).toContain('fixtures/seed-000/000.md（fixtures/seed-000/000.xlsx 的情况说明）');
  });

  it('--verbose shows the readings behind a finding, the weak one marked, and a doubt', () => {
    const [r] = results;
    const m = {
      ...r.messages[0],
      severity: 1 as const,
      doubt: true as const,
      evidence: [
        { aspect: 'column' as const, as: '全年执行数', basis: 'position' as const, strength: 'weak' as const },
        { aspect: 'table' as const, as: '项目支出绩效自评表', basis: 'title' as const, strength: 'strong' as const },
      ],
    };
    const one = [{ ...r, messages: [m], errorCount: 0, warningCount: 1 }];
    const out = stylish(one, ctx({ verbose: true })) as string;
    expect(out).toMatch(/依据: .*全年执行数.*（弱）；.*项目支出绩效自评表/);
    expect(out).toContain('[存疑]');
    expect(stylish(one, ctx()) as string).not.toContain('依据: ');
  });

  it('--verbose lists the figures of table texts that bind to nothing, with their cell', () => {
    const [r] = results;
    const one = [{ ...r, coverage: { ...r.coverage, textsNotUnderstood: [{ ruleId: 'perf/analysis-figures', text: '资金到位率100%，项目支出3.43万元', figure: '100%', file: r.filePath, sheet: '办公场所保洁经费项目支出绩效自评表', cell: 'E24' }] } }];
    expect(stylish(one, ctx({ verbose: true })) as string).toContain('表内文字中未理解的数字: 办公场所保洁经费项目支出绩效自评表!E24 100% — 资金到位率100%');
    expect(stylish(one, ctx()) as string).not.toContain('表内文字中未理解的数字');
  });

  it('compact: one line per finding, errors first', () => {
    const out = compact(results, ctx()) as string;
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(results.reduce((n, r) => n + r.messages.length, 0));
    expect(lines[0]).toMatch(/^fixtures\/seed-000\/000\.xlsx:\S+!\w+\d+: 错误 /);
    expect(lines.some((l) => /^fixtures\/seed-000\/000\.md:\d+:\d+: (错误|警告) /.test(l))).toBe(true);
    const sev = lines.filter((l) => l.startsWith('fixtures/seed-000/000.xlsx')).map((l) => (/: 错误 /.test(l) ? 2 : 1));
    expect(sev).toEqual([...sev].sort((a, b) => b - a));
  });
});
