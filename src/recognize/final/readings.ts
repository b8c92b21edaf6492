/**
 * The readings a recognizer records (DESIGN §3): how a table's kind, its columns, rows and unit were
 * read. A parser that knows better (a column placed by position, a row by order) sets its own
 * reading first; these fill in what the parser read from printed words, codes and labels.
 */
import type { LedgerTable, Unit } from '../../types';
import { reading, type Bilingual, type Reading } from '../../ledger/evidence';
import { kindName } from '../../messages/names';

export interface KindEvidence {
  /** The printed title or 公开NN表 marker the kind was read from. */
  title?: string;
  /** Header words the kind was read from, when no title was printed. */
  header?: string;
}

export interface UnitEvidence {
  /** The printed unit line or column header ("单位：万元", "金额（元）"). */
  printed?: string;
  /** Where the unit came from when this table printed none ("取自收入支出决算总表", "未印明"), in both languages. */
  borrowed?: Bilingual;
}

/** The table's reading, named as readers know the kind ("公开02 收入决算表"), never by its id. */
export function kindReading(kind: string, e: KindEvidence): Reading {
  const as = kindName(kind, 'zh');
  return e.title ? reading('table', as, 'title', e.title) : reading('table', as, 'header', e.header);
}

export function unitReadingOf(unit: Unit | null, e: UnitEvidence): Reading | undefined {
  if (!unit) return undefined;
  if (e.printed) return reading('unit', unit, 'label', e.printed);
  return reading('unit', unit, 'default', undefined, { note: e.borrowed ?? { zh: '未印明', en: 'not printed' } });
}

/** Header columns and code / label rows the parser did not give a reading of its own. */
export function fillReadings(table: LedgerTable, kind: KindEvidence, unit: UnitEvidence): void {
  table.readings ??= [kindReading(table.kind, kind)];
  const u = unitReadingOf(table.unit, unit);
  if (u && !table.unitReading) table.unitReading = u;
  for (const col of table.columns) col.reading ??= reading('column', col.label || col.key, 'header', col.label);
  for (const row of table.rows) {
    if (row.reading) continue;
    if (row.code) row.reading = reading('row', row.code, 'code', row.code);
    else if (row.key || row.name) row.reading = reading('row', row.name || row.key!, 'label', row.name);
  }
}
