/**
 * Attachments that are narrative: a workbook sheet of prose (a 情况说明 section, a 自评报告) is read
 * as narrative paragraphs of its document, with its sheet and cell, whether or not a .md comes with
 * it; a sheet that repeats the .md adds nothing twice; sheets of tables stay tables.
 */
import path from 'node:path';
import type { Grid } from '../../src/types';
import { gridFromText } from '../../src/read/grid';
import { recognize, withAttachments } from '../../src/recognize';
import { isProseSheet } from '../../src/recognize/attachments';
import { lint, type LintMessage } from '../../src/index';
import { documentResult } from '../helpers/document';

const FILE = 'a.xlsx';
const REPORT = [
  ['十、其他重要事项情况说明'],
  ['（一）机关运行经费支出情况说明'],
  ['2024年机关运行经费支出71.20万元，比2023年增加48.48万元，增长213.38%，主要原因办公设施设备购置经费增加。'],
  ['（四）预算绩效情况说明'],
  ['2024年二级项目绩效自评个数13个，资金224.5万元：8个项目自评等级为“优”，2个项目自评等级为“良”。'],
];
const TABLE = [
  ['部门决算公开相关信息统计表'],
  ['项目', '统计数'],
  ['机关运行经费', '71.20'],
  ['车辆数合计（辆）', '1'],
];
const sheet = (name: string, rows: string[][]): Grid => gridFromText(FILE, name, rows);

describe('a sheet of prose in the workbook', () => {
  it('is read as narrative paragraphs with its sheet and cell, headings marked', () => {
    const out = recognize([sheet('公开10', TABLE), sheet('情况说明', REPORT)]);
    expect(out.narrative.map((p) => [p.ref.sheet, p.ref.cell, p.heading ?? 0, p.text.slice(0, 8)])).toEqual([
      ['情况说明', 'A1', 2, '十、其他重要事项'],
      ['情况说明', 'A2', 3, '（一）机关运行经'],
      ['情况说明', 'A3', 0, '2024年机关运'],
      ['情况说明', 'A4', 3, '（四）预算绩效情'],
      ['情况说明', 'A5', 0, '2024年二级项'],
    ]);
  });

  it('a sheet of figures, or one whose rows hold several cells, is not prose', () => {
    expect(isProseSheet(sheet('公开10', TABLE))).toBe(false);
    const form = [['项目名称', '培训费'], ['年度总体目标', '完成全年培训任务，提升干部网络安全素养和业务能力。'], ['实际完成情况', '已完成全年培训任务，培训干部120人次，满意度较高。']];
    expect(isProseSheet(sheet('自评表', form))).toBe(false);
    expect(isProseSheet(sheet('说明', REPORT))).toBe(true);
  });

  it('joins the narrative handed over; a sheet that repeats it adds nothing twice', () => {
    const md = [{ text: '一、收入支出决算总体情况说明', ref: { file: 'a.md', line: 1 } }];
    const attached = recognize([sheet('情况说明', REPORT)]).narrative;
    expect(withAttachments(md, attached).map((p) => p.ref.sheet ?? p.ref.file)).toEqual(['a.md', ...REPORT.map(() => '情况说明')]);
    const copy = attached.map((p) => ({ text: p.text, ref: { file: 'a.md', line: p.ref.line } }));
    expect(withAttachments(copy, attached)).toBe(copy);
    // The same text split into paragraphs otherwise (two sentences of one cell on two lines of the .md).
    // Headings shared with the .md do not make a sheet with new prose a copy.
    const headings = attached.filter((p) => p.heading).map((p) => ({ text: p.text, ref: { file: 'a.md', line: p.ref.line } }));
    expect(withAttachments(headings, attached).length).toBe(headings.length + attached.length);
    const resplit = [{ text: attached.map((p) => p.text).join(''), ref: { file: 'a.md', line: 1 } }];
    expect(withAttachments(resplit, attached)).toBe(resplit);
  });
});

describe('seed 000 with its section 十 moved into a text sheet (fixtures/attachments-000)', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const run = async (dir: string, mdDir = dir) => documentResult(await lint([path.join(ROOT, dir, '000.xlsx'), path.join(ROOT, mdDir, '000.md')], { cwd: ROOT, wantSources: false, wantDocuments: false }));
  const key = (m: LintMessage): string => [m.ruleId, m.severity, m.actual, m.expected, m.message].join(' | ');
  let seed: Awaited<ReturnType<typeof run>>;
  let moved: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    [seed, moved] = await Promise.all([run('fixtures/seed-000'), run('fixtures/attachments-000')]);
  });

  it('gives the same findings and the same narrative coverage as when the section is in the .md', () => {
    expect(moved.messages.map(key).sort()).toEqual(seed.messages.map(key).sort());
    expect([moved.coverage.sentencesWithNumbers, moved.coverage.claimsChecked]).toEqual([seed.coverage.sentencesWithNumbers, seed.coverage.claimsChecked]);
  });

  it('with the whole .md handed over as well, the sheet repeats it and adds no finding twice', async () => {
    const both = await run('fixtures/attachments-000', 'fixtures/seed-000');
    expect(both.messages.map(key).sort()).toEqual(seed.messages.map(key).sort());
    expect(both.coverage.sentencesWithNumbers).toBe(seed.coverage.sentencesWithNumbers);
  });

  it('the findings of the moved section point at the sheet and cell of their sentence', () => {
    const counts = moved.messages.filter((m) => m.ruleId === 'narrative/evaluation-count');
    expect(counts.length).toBeGreaterThanOrEqual(3);
    expect(counts.every((m) => m.severity === 2 && m.sheet === '其他重要事项情况说明' && m.cell === 'A8')).toBe(true);
  });
});
