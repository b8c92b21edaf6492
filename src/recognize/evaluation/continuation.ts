/**
 * Which open 自评表 a continuation belongs to (rows that carry on a table's indicators or its 总分
 * past a page break or onto another sheet, with no fund block of their own). Whatever the order of
 * the sheets, a continuation joins:
 *   1. the open table whose project its own rows name (a repeated title or 项目名称) — strong (label);
 *      rows naming another table already read continue none;
 *   2. the open table whose sheet its sheet's name continues (附件3 → 附件3(续), T01-1 → T01-2,
 *      Sheet3 → Sheet4) — strong (label: the sheet names say so);
 *   3. the table just above it on the same sheet (a page break inside one sheet);
 *   4. else the open table read just before it, or the only one left open — weak (order), so its
 *      findings are warnings that say so (请复核).
 * Never by which join makes the table's totals agree.
 */
import type { Grid } from '../../types';
import { reading, type Reading } from '../../ledger/evidence';
import { cellsOf, isFigure, norm } from './rows';
import { INDICATOR_HEADER } from './indicators';

/** A table that may go on: its name as printed, the grid its last part was read on and every sheet it was read on. */
export interface OpenTable<T> {
  owner: T;
  name: string;
  grid: Grid;
  sheets: string[];
}

export interface Region {
  grid: Grid;
  from: number;
  to: number;
}

export type Choice<T> = { owner: OpenTable<T>; reading?: Reading } | 'defer' | null;

/** The project a title names: 培训费项目支出绩效自评表(续) → 培训费 ('' for a bare title). */
function titleName(text: string): string {
  const m = /^(.*?)(项目)?(支出)?绩效(自评|评价)?表/.exec(text);
  return m ? m[1].replace(/^(附件|附表)[\d一二三四五六七八九十.-]*:?/, '') : '';
}
const CONTINUED = /^(.*?)\s*(?:[(（]续(\d*)[)）]|续表(\d*)|续(\d*))$/;
/** A file's ordinal before the sheet's own name ("02 T00-2.csv" in a folder of CSV sheets). */
const ORDINAL = /^\d+[\s._-]+(?=\D)/;

/** The sheet names this one continues, when its name says so (X(续) → X, X(续3) → X(续2), X-2 → X-1). */
export function predecessorNames(sheet: string): string[] {
  const name = sheet.trim().replace(ORDINAL, '');
  const cont = CONTINUED.exec(name);
  if (cont && cont[1]) {
    const n = Number(cont[2] || cont[3] || cont[4] || 1);
    if (n <= 2) return n === 2 ? [`${cont[1]}(续)`, `${cont[1]}（续）`, `${cont[1]}续`, cont[1]] : [cont[1]];
    return [`${cont[1]}(续${n - 1})`, `${cont[1]}（续${n - 1}）`, `${cont[1]}续${n - 1}`];
  }
  const seq = /^(.*?)(\d+)(\D*)$/.exec(name);
  if (seq && Number(seq[2]) > 1) return [`${seq[1]}${String(Number(seq[2]) - 1).padStart(seq[2].length, '0')}${seq[3]}`, `${seq[1]}${Number(seq[2]) - 1}${seq[3]}`];
  return [];
}

/** Does sheet `prev` come before `sheet` by their names? */
export function continuesSheet(sheet: string, prev: string): boolean {
  return sheet !== prev && predecessorNames(sheet).includes(prev.trim().replace(ORDINAL, ''));
}

/** Texts of the region above its first indicator row: where a repeated title or 项目名称 sits. */
function headTexts(region: Region): string[] {
  const out: string[] = [];
  for (let r = region.from; r <= region.to; r++) {
    const cells = cellsOf(region.grid, r);
    if (cells.some(isFigure) || cells.some((g) => INDICATOR_HEADER.test(norm(g.raw)))) break;
    out.push(...cells.map((g) => norm(g.raw)));
  }
  return out;
}

const placement = (name: string, basis: Reading['basis'], detail: string, note: { zh: string; en: string }, alternative?: { zh: string; en: string }): Reading =>
  reading('placement', `续表 · ${name}`, basis, detail, alternative ? { note, alternative } : { note });

/**
 * The open table `region` continues (`known`: every table read, `open`: those without their 总分). `read` holds the sheets read so far and `all` every sheet
 * (a predecessor by name not yet read defers the choice); `previous` is the table read just before
 * the region, if any. `final`: 'no' while the sheets are read in order, then 'told' (joins the names
 * tell) and 'guess' (the only table left open, a weak reading) for continuations deferred.
 */
export function chooseOwner<T>(region: Region, known: OpenTable<T>[], open: OpenTable<T>[], read: ReadonlySet<string>, all: ReadonlySet<string>, previous: OpenTable<T> | null, final: 'no' | 'told' | 'guess'): Choice<T> {
  const texts = headTexts(region);
  const names = (x: string) => (t: OpenTable<T>): boolean => !!t.name && [x, titleName(x), x.replace(/^项目名称:?/, '')].includes(norm(t.name));
  const detail = texts.find((x) => open.some(names(x)));
  const named = detail !== undefined ? open.find(names(detail)) : undefined;
  if (named && detail !== undefined) {
    return { owner: named, reading: placement(named.name, 'label', detail, { zh: '续表写明项目名称', en: 'the continuation names its project' }) };
  }
  // A 项目名称 field naming a project no open table has, or a title naming another table already read: not a continuation of an open one.
  if (texts.some((x, i) => (/^项目名称:?$/.test(x) && !!texts[i + 1] && !/^(主管部门|预算单位|实施单位)/.test(texts[i + 1])) || /^项目名称:?.+/.test(x))) return null;
  if (texts.some((x) => known.some(names(x)))) return null;
  const sheet = region.grid.sheet;
  const before = [...all].filter((n) => continuesSheet(sheet, n));
  if (before.length) {
    const bySheet = open.find((t) => t.sheets.some((n) => before.includes(n)));
    if (bySheet) {
      const prev = bySheet.sheets.find((n) => before.includes(n))!;
      return { owner: bySheet, reading: placement(bySheet.name, 'label', `${prev} → ${sheet}`, { zh: '工作表名称表明续接关系', en: 'the sheet names say which sheet this one continues' }) };
    }
    if (final === 'no' && before.some((n) => !read.has(n))) return 'defer';
  }
  if (previous && previous.grid === region.grid && open.includes(previous)) return { owner: previous };
  if (final === 'told') return null;
  const guess = previous && open.includes(previous) ? previous : final === 'guess' && open.length === 1 ? open[0] : null;
  if (!guess) return final === 'no' ? 'defer' : null;
  return {
    owner: guess,
    reading: placement(
      guess.name,
      'order',
      sheet,
      { zh: `续表未写明所属项目，按${previous === guess ? '工作表顺序' : '唯一未完结的自评表'}接续“${guess.name}”`, en: `the continuation does not name its project; joined to “${guess.name}” by ${previous === guess ? 'the order of the sheets' : 'being the only unfinished table'}` },
      { zh: '另一张未完结的自评表', en: 'another unfinished self-evaluation table' },
    ),
  };
}
