/**
 * The built CLI on the real seed-000 fixture (workbook + narrative, as users hand it over): the
 * exact findings and the exit code. Every error here is in the hand-built answer key; the tails are
 * the key's rounding tails; the warnings are its soft judgements (see fixtures/README.md).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { LintResult } from '../../src/types';

const ROOT = path.join(__dirname, '../..');

it('budget-lint fixtures/seed-000/000.xlsx fixtures/seed-000/000.md', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/budget-lint'), '--format', 'json', 'fixtures/seed-000/000.xlsx', 'fixtures/seed-000/000.md'], { cwd: ROOT, encoding: 'utf8' });
  // A machine format says why the exit is not 0 in one stderr line.
  expect(r.stderr).toBe(`budget-lint: 发现 ${EXPECTED.filter((e) => e.startsWith('error')).length} 个错误（退出码 1）\n`);
  expect(r.status).toBe(1);
  const [result, narrative]: LintResult[] = JSON.parse(r.stdout);
  // One result per input file: the narrative's findings are in the narrative's result, linked to its document.
  expect([path.basename(result.filePath), path.basename(narrative.filePath), narrative.document]).toEqual(['000.xlsx', '000.md', result.filePath]);
  expect(narrative.messages.every((m) => m.file === undefined && m.sheet === undefined)).toBe(true);
  expect(result.coverage.tables.map((t) => t.kind).sort()).toEqual(['final-01', 'final-02', 'final-03', 'final-04', 'final-05', 'final-06', 'final-07', 'final-08', 'final-09', 'final-10']);
  expect(result.coverage.evaluations).toBe(11);
  expect(result.coverage.unrecognised).toEqual([]);
  const found = [result, narrative]
    .flatMap((x) => x.messages.map((m) => [m.severity === 2 ? 'error' : 'warn', m.ruleId + (m.tailOf ? `<${m.tailOf}` : ''), `${m.sheet ?? path.basename(m.file ?? x.filePath)}!${m.cell ?? m.line}`, m.actual, m.expected].join(' ')))
    .sort();
  expect(found).toEqual(EXPECTED);
  expect(result.errorCount + narrative.errorCount).toBe(EXPECTED.filter((e) => e.startsWith('error')).length);
});

const EXPECTED =
[
  "error narrative/evaluation-count 000.md!120 13 11",
  "error narrative/evaluation-count 000.md!120 2 3",
  "error narrative/evaluation-count 000.md!120 8 5",
  "error perf/analysis-figures 培训费项目支出绩效自评表!E23 73.93 73.99",
  "error perf/analysis-figures 新增办公设备费用项目支出绩效自评表!E21 60000.00 50000.00",
  "error perf/analysis-figures 网络安全宣传周资料印刷项目支出绩效自评表!D25 9.9 9.99",
  "error perf/analysis-figures 网络安全宣传周资料印刷项目支出绩效自评表!D25 99.99 99.91",
  "error perf/score-total 网信长治项目支出绩效自评表!I24 100 90",
  "error perf/weight-total 网信长治项目支出绩效自评表!I24 100 90",
  "warn narrative/carry-over 000.md!42 58.63 20.99",
  "warn narrative/count 000.md!102 0 1",
  "warn narrative/list-sum 000.md!42 -58.63 -55.71",
  "warn narrative/reception-persons 专项业务费项目支出绩效自评表!G12 30 6",
  "warn perf/actual-over-spent 全市网络安全态势感知系统年度服务费项目支出绩效!F26 40 0",
  "warn perf/actual-over-spent 应急指挥举报配套项目项目支出绩效自评表-2!F22 59 0",
  "warn perf/cost-ceiling 应急指挥和举报中心应急值守人员项目项目支出绩效!F18 39.9 30",
  "warn perf/cost-ceiling 新增办公设备费用项目支出绩效自评表!E16 7.2 5",
  "warn perf/full-marks-shortfall-note 全市网络安全态势感知系统年度服务费项目支出绩效!H28 10 ",
  "warn perf/full-marks-shortfall-note 全市网络安全态势感知系统年度服务费项目支出绩效!H29 10 ",
  "warn perf/met-but-deducted 全市网络安全态势感知系统年度服务费项目支出绩效!H22 2 3",
  "warn perf/met-but-deducted 全市网络安全态势感知系统年度服务费项目支出绩效!H26 5 10",
  "warn perf/met-but-deducted 办公场所保洁经费项目支出绩效自评表!I19 8 10",
  "warn perf/met-but-deducted 办公场所保洁经费项目支出绩效自评表!J20 10 15",
  "warn perf/met-but-deducted 办公场所保洁经费项目支出绩效自评表!J21 10 15",
  "warn perf/met-but-deducted 培训费项目支出绩效自评表!J18 6 10",
  "warn perf/met-but-deducted 培训费项目支出绩效自评表!K16 8 10",
  "warn perf/met-but-deducted 培训费项目支出绩效自评表!K17 7 10",
  "warn perf/met-but-deducted 应急指挥举报配套项目项目支出绩效自评表!H22 0 10",
  "warn perf/met-but-deducted 应急指挥举报配套项目项目支出绩效自评表-2!H22 0 10",
  "warn perf/met-but-deducted 指令传输系统和加密文电传输运行费用项目支出绩效自评表!J19 2 5",
  "warn perf/met-but-deducted 指令传输系统和加密文电传输运行费用项目支出绩效自评表!J21 7 10",
  "warn perf/met-but-deducted 指令传输系统和加密文电传输运行费用项目支出绩效自评表!J22 6 10",
  "warn perf/met-but-deducted 指令传输系统和加密文电传输运行费用项目支出绩效自评表!J23 6 10",
  "warn perf/met-but-deducted 指令传输系统和加密文电传输运行费用项目支出绩效自评表!J24 6 10",
  "warn perf/output-text 培训费项目支出绩效自评表!G13 200 100",
  "warn perf/output-text 指令传输系统和加密文电传输运行费用项目支出绩效自评表!G14 1 2",
  "warn perf/output-text 网信长治项目支出绩效自评表!G15 25 10",
  "warn rounding/tail<narrative/list-sum 000.md!30 502.98 502.99",
  "warn rounding/tail<perf/exec-rate 新增办公设备费用项目支出绩效自评表!N7 98.31 98.30",
  "warn rounding/tail<perf/exec-rate 网络安全宣传周资料印刷项目支出绩效自评表!J7 99.91 99.90",
  "warn rounding/tail<sum/column-identity 一般公共预算财政拨款支出决算表!C10 448.64 448.65",
  "warn rounding/tail<sum/column-identity 一般公共预算财政拨款支出决算表!C11 448.64 448.65",
  "warn rounding/tail<sum/column-identity 一般公共预算财政拨款支出决算表!C9 502.98 502.99",
  "warn rounding/tail<sum/column-identity 支出决算表!C7 502.98 502.99",
  "warn rounding/tail<sum/column-identity 支出决算表!C8 448.64 448.65",
  "warn rounding/tail<sum/column-identity 支出决算表!C9 448.64 448.65",
  "warn rounding/tail<sum/subject-hierarchy 一般公共预算财政拨款支出决算表!C11 448.64 448.65",
  "warn rounding/tail<sum/subject-hierarchy 支出决算表!C9 448.64 448.65",
  "warn rounding/tail<sum/subject-hierarchy 收入决算表!C10 411.00 411.01",
  "warn rounding/tail<sum/subject-hierarchy 收入决算表!D10 411.00 411.01"
]
;
