/** A 情况说明 kept as a text sheet inside the workbook is read as the narrative (no .md needed). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { lint } from '../../src/index';

it('narrative rules run on a text sheet of the workbook', async () => {
  const root = path.join(__dirname, '../../fixtures/seed-000');
  const wb = XLSX.readFile(path.join(root, '000.xlsx'));
  const lines = fs.readFileSync(path.join(root, '000.md'), 'utf8').split('\n').map((l) => l.replace(/^#+\s*|^-\s*/, '').trim()).filter(Boolean);
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(lines.map((l) => [l])), '情况说明');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bl-textsheet-')), '决算.xlsx');
  XLSX.writeFile(wb, file);
  const [r] = await lint([file], { config: {} });
  expect(r.coverage.sentencesWithNumbers).toBeGreaterThan(40);
  const counts = r.messages.filter((m) => m.ruleId === 'narrative/evaluation-count');
  expect(counts.map((m) => [m.actual, m.expected])).toEqual(expect.arrayContaining([['13', '11'], ['8', '5'], ['2', '3']]));
  expect(counts[0]).toMatchObject({ sheet: '情况说明' });
});
