/**
 * Changing any one amount of seed 000's tables 01–10 must produce an error at exactly that cell or
 * at a total it feeds (the cell is then among the finding's related cells). A rule set that only
 * reports tails, or misses an identity, fails here.
 */
import path from 'node:path';
import type { Grid, GridCell, LintDocument } from '../../src/types';
import { readInput } from '../../src/read';
import { recognize } from '../../src/recognize';
import { runRules } from '../../src/engine/engine';
import { resolveConfig } from '../../src/config/resolve';
import { builtinRules } from '../../rules';

const SEED = path.join(__dirname, '../../fixtures/seed-000/000.xlsx');

function docOf(grids: Grid[]): LintDocument {
  const rec = recognize(grids);
  return { id: SEED, inputs: [SEED], kind: 'final', meta: rec.meta, tables: rec.tables, evaluations: rec.evaluations, deptEvaluations: rec.deptEvaluations, narrative: [], claims: [], narrativeStats: { sentencesWithNumbers: 0, notUnderstood: [] }, unrecognised: rec.unrecognised };
}

function withCell(grids: Grid[], sheet: string, r: number, c: number, value: number): Grid[] {
  return grids.map((g) => {
    if (g.sheet !== sheet) return g;
    const rows = g.rows.map((row) => [...row]);
    const old = rows[r][c] as GridCell;
    rows[r][c] = { ...old, value, raw: String(value) };
    return { ...g, rows };
  });
}

describe('seed 000: one changed amount → an error at that cell or its total', () => {
  let grids: Grid[];
  let targets: { sheet: string; r: number; c: number; address: string; value: number }[];
  const { rules, settings } = resolveConfig({}, builtinRules, [], 'test');

  beforeAll(async () => {
    const all = (await readInput(SEED)).grids;
    const base = docOf(all);
    const finalSheets = new Set(base.tables.filter((t) => t.kind.startsWith('final-')).map((t) => t.source.sheet));
    grids = all.filter((g) => finalSheets.has(g.sheet));
    targets = [];
    for (const t of base.tables) {
      for (const row of t.rows) {
        for (const cell of row.cells.values()) {
          if (cell.value === null || cell.percent || !cell.ref.cell || cell.ref.row === undefined || cell.ref.col === undefined) continue;
          targets.push({ sheet: cell.ref.sheet!, r: cell.ref.row - 1, c: cell.ref.col - 1, address: cell.ref.cell, value: Number(cell.value.toString()) });
        }
      }
    }
  });

  it('has real amounts to change in every table 01–10 that holds figures', () => {
    expect(new Set(targets.map((t) => t.sheet)).size).toBeGreaterThanOrEqual(8);
    expect(targets.length).toBeGreaterThan(100);
  });

  it('every changed amount is caught at error level', () => {
    const missed: string[] = [];
    for (const t of targets) {
      const doc = docOf(withCell(grids, t.sheet, t.r, t.c, t.value + 1));
      const messages = runRules(doc, { rules, settings, lang: 'zh' }).messages.filter((m) => m.severity === 2);
      const hit = messages.some((m) => (m.sheet === t.sheet && m.cell === t.address) || m.related?.some((x) => x.sheet === t.sheet && x.cell === t.address));
      if (!hit) missed.push(`${t.sheet}!${t.address} (${t.value})`);
    }
    expect(missed).toEqual([]);
  });
});
