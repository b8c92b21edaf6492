/**
 * The metamorphic runner: lints a real fixture once as handed over (the base run), then once per
 * transformation, in-process through the library API, and asserts the same findings and coverage.
 *
 * A fixture file (tests/metamorphic/<fixture>.test.ts) says what its base run must hold — so "no
 * findings" can never pass — and which fixture × transformation cases are known to fail because of
 * code outside the readers and the ledger (marked it.failing, with the cause found).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { lint, type LintResult } from '../../src/index';
import { documentResult } from '../helpers/document';
import { Book, loadBook, saveBook, sheetCsv } from './book';
import { TRANSFORMS, Transform, sheetsInWan } from './transforms';
import { difference, sameKeys, yuanKeys } from './compare';

export interface FixtureSpec {
  name: string;
  workbook: string;
  /** The narrative handed over with the workbook; absent for a workbook of tables alone. */
  narrative?: string;
  /** What the base run must contain: at least `findings` findings, an error, a tail. */
  requires: { findings: number; error: boolean; tail: boolean };
  /** Transformations known to fail, each with its cause (file and function); run as it.failing. */
  failing?: Record<string, string>;
}

const ROOT = path.resolve(__dirname, '../..');
const tmpRoot = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'budget-lint-metamorphic-'));

function writeBook(book: Book, dir: string, base: string, output: Transform['output'] = 'xlsx'): string[] {
  if (output === 'csv-utf8' || output === 'csv-gbk') {
    const folder = path.join(dir, base);
    fs.mkdirSync(folder);
    return book.map((sheet, i) => {
      const file = path.join(folder, `${String(i + 1).padStart(2, '0')} ${sheet.name.replace(/[\\/]/g, '_')}.csv`);
      const text = sheetCsv(sheet).replace(/\n/g, '\r\n');
      fs.writeFileSync(file, output === 'csv-gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
      return file;
    });
  }
  const file = path.join(dir, `${base}.${output}`);
  fs.writeFileSync(file, saveBook(book, output === 'xls' ? 'biff8' : output));
  return [file];
}

/** One document's findings and coverage (its table result and its narrative's), never a fatal one. */
async function lintOne(files: string[]): Promise<LintResult> {
  const results = await lint(files, { cwd: ROOT, wantSources: false, wantDocuments: false });
  if (results.filter((r) => !r.document).length !== 1) throw new Error(`expected one document, got ${results.map((r) => r.filePath).join(', ')}`);
  const fatal = results.flatMap((r) => r.messages).find((m) => m.fatal);
  if (fatal) throw new Error(`fatal: ${fatal.message}`);
  return documentResult(results);
}

export function metamorphic(spec: FixtureSpec, transforms: Transform[] = TRANSFORMS): void {
  const workbook = path.join(ROOT, spec.workbook);
  const narrative = spec.narrative ? path.join(ROOT, spec.narrative) : undefined;
  const base = path.basename(workbook, path.extname(workbook));
  // Read when the tests are declared: which transformations apply depends on the workbook.
  const book: Book = loadBook(fs.readFileSync(workbook));
  const text = narrative ? fs.readFileSync(narrative, 'utf8') : '';
  let baseRun: LintResult;
  let dir: string;

  describe(`metamorphic: ${spec.name}`, () => {
    beforeAll(async () => {
      dir = tmpRoot();
      baseRun = await lintOne(narrative ? [workbook, narrative] : [workbook]);
    });
    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it(`base run: at least ${spec.requires.findings} finding(s)${spec.requires.error ? ', an error' : ''}${spec.requires.tail ? ', a tail' : ''}`, () => {
      expect(baseRun.messages.length).toBeGreaterThanOrEqual(spec.requires.findings);
      if (spec.requires.error) expect(baseRun.messages.some((m) => m.severity === 2)).toBe(true);
      if (spec.requires.tail) expect(baseRun.messages.some((m) => m.tail)).toBe(true);
      if (narrative) expect(baseRun.coverage.sentencesWithNumbers).toBeGreaterThan(0);
    });

    for (const t of transforms) {
      if (t.text && !narrative) continue; // a workbook of tables alone: no narrative to re-write
      if (t.compare === 'yuan' && sheetsInWan(book).size === 0) {
        it(`${t.name}: not applicable — no sheet states its unit as 单位：万元 (units are in column headers)`, () => {
          expect(sheetsInWan(book).size).toBe(0);
          expect(spec.failing?.[t.name]).toBeUndefined();
        });
        continue;
      }
      const cause = spec.failing?.[t.name];
      const test = cause ? it.failing : it;
      test(`${t.name}: ${t.what}${cause ? ` — known to fail: ${cause}` : ''}`, async () => {
        const caseDir = fs.mkdtempSync(path.join(dir, `${t.name}-`));
        const tables = t.book ? writeBook(t.book(book), caseDir, base, t.output) : [workbook];
        let md = narrative;
        if (t.text) {
          md = path.join(caseDir, `${base}.md`);
          fs.writeFileSync(md, t.text(text));
        }
        const now = await lintOne(md ? [...tables, md] : tables);
        if (t.compare === 'yuan') {
          const scaled = sheetsInWan(book);
          expect(difference(yuanKeys(baseRun, scaled, true), yuanKeys(now, scaled, false), baseRun, now)).toEqual({ lost: [], gained: [] });
        } else {
          expect(difference(sameKeys(baseRun), sameKeys(now), baseRun, now)).toEqual({ lost: [], gained: [] });
        }
      });
    }
  });
}
