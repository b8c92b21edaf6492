/** Notes under a table (注：… / 说明：本表无数据) and the rows they occupy. */
import type { Grid } from '../../types';
import { hasFigure, rowCells, rowIsBlank, rowText } from './grid-util';
import { isNoteText, saysEmpty } from './text';
import type { ParsedBlock } from './parsed';

export interface Notes {
  notes: string[];
  rows: number[];
  empty: boolean;
}

/** Notes starting at row `from`: note lines and their numbered continuations, up to `end`. */
export function readNotes(grid: Grid, from: number, end: number): Notes {
  const out: Notes = { notes: [], rows: [], empty: false };
  let inNotes = false;
  for (let r = from; r <= end; r++) {
    if (rowIsBlank(grid, r)) continue;
    const text = rowText(grid, r);
    // After a 注 line, a sentence without figures is a note too (the template's own instruction lines).
    const sentence = inNotes && /[，。：:]/.test(text) && !rowCells(grid, r).some((g) => hasFigure(grid, r, g.c));
    const isNote = isNoteText(text) || saysEmpty(text) || (inNotes && /^\d+[.．、]/.test(text.trim())) || sentence;
    if (!isNote) break;
    inNotes = true;
    out.notes.push(text);
    out.rows.push(r);
    if (saysEmpty(text)) out.empty = true;
  }
  return out;
}

/**
 * Closes a parsed table: the 注 / 说明 lines from `from` on are its notes (claimed, extending the
 * block), and the table is empty when it says so or holds no figure.
 */
export function finishWithNotes(out: ParsedBlock, grid: Grid, from: number, end: number, anyFigure: boolean): ParsedBlock {
  const notes = readNotes(grid, from, end);
  out.notes = notes.notes;
  out.claimed.push(...notes.rows);
  if (notes.rows.length > 0) out.last = notes.rows[notes.rows.length - 1];
  out.empty = notes.empty || !anyFigure;
  return out;
}
