/**
 * Seed 000's tables 01–10 as handed over (one sheet per table), stacked in one sheet, as GBK CSVs
 * (one per table) and continued over two pages: the same table findings, whatever the layout.
 */
import path from 'node:path';
import { lint } from '../../src/index';
import type { LintMessage } from '../../src/types';

const F = (p: string) => path.join(__dirname, '../../fixtures', p);

/** A finding independent of where the table sits: rule, message, figures. */
const key = (m: LintMessage) => [m.ruleId, m.tailOf ?? '', m.messageId, JSON.stringify(m.data ?? {}), m.actual ?? '', m.expected ?? ''].join(' | ');
const tableFindings = async (input: string) => {
  const [r] = await lint([input], { config: {} });
  expect(r.fatalErrorCount).toBe(0);
  return r.messages.filter((m) => /^(sum|cross)\//.test(m.tailOf ?? m.ruleId ?? '')).map(key).sort();
};

describe('same table findings in every rendition of seed 000', () => {
  let perSheet: string[];
  beforeAll(async () => {
    perSheet = await tableFindings(F('seed-000/000.xlsx'));
  });
  it('the per-sheet workbook gives the ten rounding tails of the answer key and no table error', () => {
    expect(perSheet).toHaveLength(10);
    expect(perSheet.every((k) => k.startsWith('rounding/tail'))).toBe(true);
  });
  it.each(['seed-000-stacked.xlsx', 'seed-000-csv', 'seed-000-continued.xlsx'])('%s', async (input) => {
    expect(await tableFindings(F(input))).toEqual(perSheet);
  });
});
