/**
 * The narrative rules end to end on the repository's fixtures (workbook + narrative, through the
 * real readers and recognizers): seed 000's narrative and count errors, the docx narrative, and the
 * --prior pair (fixtures/prior/2023.xlsx disagrees with two 上年 statements of 000.md, agrees with the rest).
 */
import path from 'node:path';
import { lint } from '../../src';
import type { LintMessage, LintResult } from '../../src/types';

/** The narrative's own result (one result per input file), checked with the workbook's document. */
const narrativeResult = (results: LintResult[], doc: string): LintResult => {
  const r = results.find((x) => x.document === doc);
  if (!r) throw new Error(`no narrative result linked to ${doc}`);
  return r;
};

const F = (p: string) => path.join(__dirname, '../../fixtures', p);
const narrative = (messages: LintMessage[]) =>
  messages
    .filter((m) => m.source === 'narrative')
    .map((m) => `${m.severity} ${m.ruleId}${m.tail ? `(${m.tailOf})` : ''} ${m.line} ${m.actual} ${m.expected}`);

const SEED_000 = [
  '1 rounding/tail(narrative/list-sum) 30 502.98 502.99',
  '1 narrative/list-sum 42 -58.63 -55.71',
  '1 narrative/carry-over 42 58.63 20.99',
  '1 narrative/count 102 0 1',
  '2 narrative/evaluation-count 120 13 11',
  '2 narrative/evaluation-count 120 8 5',
  '2 narrative/evaluation-count 120 2 3',
];

describe('narrative end to end', () => {
  it('seed 000: the count errors, the list tail, two soft warnings, nothing else', async () => {
    const r = narrativeResult(await lint([F('seed-000/000.xlsx'), F('seed-000/000.md')], { config: {} }), F('seed-000/000.xlsx'));
    expect(r.filePath).toBe(F('seed-000/000.md'));
    expect(narrative(r.messages).sort()).toEqual([...SEED_000].sort());
    expect(r.coverage.sentencesWithNumbers).toBe(53);
    expect(r.coverage.claimsNotUnderstood.map((n) => n.line)).toEqual([100, 104]);
  });

  it('seed 000 with its narrative as .docx: the same findings, at paragraph numbers', async () => {
    const r = narrativeResult(await lint([F('seed-000/000.xlsx')], { config: {}, narrative: F('seed-000/000-narrative.docx') }), F('seed-000/000.xlsx'));
    const found = r.messages.filter((m) => m.source === 'narrative');
    expect(found.map((m) => m.actual).sort()).toEqual(['-58.63', '0', '13', '2', '502.98', '58.63', '8']);
    expect(r.filePath.endsWith('000-narrative.docx')).toBe(true);
  });

  it('--prior: catches the two 上年 figures that disagree and stays silent on the rest', async () => {
    const r = narrativeResult(await lint([F('seed-000/000.xlsx'), F('seed-000/000.md')], { config: {}, prior: [F('prior/2023.xlsx')] }), F('seed-000/000.xlsx'));
    const prior = narrative(r.messages).filter((m) => m.includes('prior-year'));
    expect(prior).toEqual(['2 narrative/prior-year 62 6.49 6.94', '2 narrative/prior-year 110 22.72 25.72']);
  });
});
