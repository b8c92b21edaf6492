/**
 * Attachments that are narrative: a workbook sheet of prose (部门整体自评报告, 项目自评汇总分析报告, a
 * 情况说明 or 基础数据表 notes kept as text — one text cell per row, long sentences, no table header)
 * is part of the document's narrative wherever it sits, so the narrative rules read it as they read
 * the .md. A sheet that repeats the narrative already handed over (the 说明 both in the workbook and
 * as a .md) adds nothing twice.
 */
import type { Grid, Paragraph } from '../types';
import { isTextSheet } from '../read/text-cells';
import { headingLevel } from '../read/text';
import { normaliseText } from '../text';
import { parseNumber } from '../ledger/decimal';

const PROSE_LENGTH = 20;
const isProse = (text: string): boolean => text.length >= PROSE_LENGTH && /[，。；：]/.test(text);

/**
 * A sheet laid out as a text: one cell per row (headings and paragraphs, no table header, no
 * figure of its own), two paragraphs of prose at least.
 */
export function isProseSheet(grid: Grid): boolean {
  let rows = 0;
  let single = 0;
  let prose = 0;
  for (const row of grid.rows) {
    const cells = (row ?? []).filter((c) => c && c.raw !== '');
    if (!cells.length) continue;
    rows++;
    if (cells.some((c) => typeof c!.value === 'number' || parseNumber(c!.raw) !== null)) return false;
    if (cells.length === 1 || cells.every((c) => c!.raw === cells[0]!.raw)) single++;
    if (cells.some((c) => isProse(c!.raw))) prose++;
  }
  return prose >= 2 && single >= rows * 0.9;
}

/**
 * Paragraphs of the prose sheets among `grids`, each pointing at its sheet and cell. All their rows:
 * a family may claim rows of a sheet it finds no table in (the budget reader takes a 说明's lines for
 * a table's notes), and a sheet of prose has no table to leave them to.
 */
export function textSheetParagraphs(grids: Grid[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const grid of grids) {
    if (!isTextSheet(grid) && !isProseSheet(grid)) continue;
    grid.rows.forEach((row, r) => {
      const seen = new Set<string>();
      for (const c of row ?? []) {
        // A merged paragraph copied across its row is one paragraph.
        if (!c || !c.raw || seen.has(c.raw)) continue;
        seen.add(c.raw);
        for (const line of String(c.value ?? c.raw).split(/\r\n|\n|\r/)) {
          const text = line.trim();
          if (!text) continue;
          const heading = headingLevel(text);
          out.push({ text, ref: { file: grid.file, sheet: grid.sheet, cell: c.address, line: r + 1, column: 1 }, ...(heading ? { heading } : {}) });
        }
      }
    });
  }
  return out;
}

const key = (p: Paragraph): string => normaliseText(p.text).text;

/**
 * The narrative with the attached text sheets after it. A paragraph is already there when each of
 * its sentences is (however the two split their paragraphs); a sheet most of whose prose is already
 * there is a copy of the narrative and is left out, else its headings and new paragraphs are added.
 */
export function withAttachments(narrative: Paragraph[], attached: Paragraph[]): Paragraph[] {
  if (!attached.length) return narrative;
  const text = narrative.map(key).join('\n');
  const known = (p: Paragraph): boolean => key(p).split(/(?<=[。；！？])/).every((s) => !s || text.includes(s));
  const bySheet = new Map<string, Paragraph[]>();
  for (const p of attached) {
    const id = `${p.ref.file}\u0000${p.ref.sheet ?? ''}`;
    bySheet.set(id, [...(bySheet.get(id) ?? []), p]);
  }
  const added: Paragraph[] = [];
  for (const paras of bySheet.values()) {
    // Headings recur in any 说明 (一、收入支出决算总体情况说明): the sheet's prose says whether it is a copy.
    const prose = paras.filter((p) => !p.heading);
    if (prose.filter(known).length * 2 > prose.length) continue;
    added.push(...paras.filter((p) => p.heading || !known(p)));
  }
  return added.length ? [...narrative, ...added] : narrative;
}
