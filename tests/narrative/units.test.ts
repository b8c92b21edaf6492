/**
 * One unit for every narrative comparison: the same document with its tables (and self-evaluation
 * tables) in 元 — every figure ×10000 — and the narrative left in 万元 gives the same narrative
 * findings. A unit slip is reported only when a figure is exactly 10⁴ off after that conversion.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Cell, LedgerTable, LintDocument } from '../../src/types';
import type { ProjectEvaluation } from '../../src/ledger/evaluation';
import { D, fmt } from '../../src/ledger/decimal';
import { paragraphsFromText } from '../../src/read/text';
import { extractNarrative } from '../../src/narrative';
import { seed000Doc } from './seed000';
import { narrativeFindings } from './helpers-run';

const FILE = path.join(__dirname, '../../fixtures/seed-000/000.md');

function inYuan(c: Cell): Cell {
  if (c.value === null) return c;
  const value = c.value.times(new D(10000));
  return { ...c, value, raw: fmt(value, c.decimals) };
}

function tableInYuan(t: LedgerTable): LedgerTable {
  return { ...t, unit: '元', rows: t.rows.map((r) => ({ ...r, cells: new Map([...r.cells].map(([k, c]) => [k, /vehicles|equipment/.test(r.key ?? '') ? c : inYuan(c)])) })) };
}

function evaluationInYuan(e: ProjectEvaluation): ProjectEvaluation {
  const f = (c: Cell | null | undefined) => (c ? inYuan(c) : c);
  return { ...e, unit: '元', funds: e.funds.map((r) => ({ ...r, initial: f(r.initial) ?? null, full: f(r.full) ?? null, executed: f(r.executed) ?? null, balance: f(r.balance) ?? null })) };
}

function extracted(d: LintDocument): LintDocument {
  const x = extractNarrative(d);
  return { ...d, claims: x.claims, narrativeStats: { sentencesWithNumbers: x.sentencesWithNumbers, notUnderstood: x.notUnderstood } };
}

describe('tables in 元, narrative in 万元', () => {
  const narrative = paragraphsFromText(fs.readFileSync(FILE, 'utf8'), FILE);
  const wan = seed000Doc({ narrative, meta: { year: '2024' } });
  const yuan: LintDocument = { ...wan, tables: wan.tables.map(tableInYuan), evaluations: wan.evaluations.map(evaluationInYuan) };

  it('gives the same narrative findings, none of them a unit slip', () => {
    const a = narrativeFindings(extracted(wan));
    const b = narrativeFindings(extracted(yuan));
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(b.filter((f) => f.includes('unit-slip'))).toEqual([]);
  });

  it('understands the same sentences', () => {
    expect(extracted(yuan).narrativeStats).toEqual(extracted(wan).narrativeStats);
  });

  it('a figure exactly 10⁴ off after conversion is still a unit slip', () => {
    const lines = ['十、其他重要事项情况说明', '（一）机关运行经费支出情况说明', '2024年机关运行经费支出71.20元。'];
    const d = { ...yuan, narrative: paragraphsFromText(lines.join('\n'), 'slip.md') };
    expect(narrativeFindings(extracted(d)).filter((f) => f.includes('unit-slip'))).toEqual(['2 narrative/unit-slip 0.00712/71.20']);
  });
});
