/**
 * The library's lint pipeline: inputs → documents → read → recognize → narrative claims → rules.
 * A file that cannot be read becomes a fatal result of its own; the other files are still linted.
 */
import path from 'node:path';
import type { Grid, Lang, LintDocument, LintMessage, LintResult, Paragraph, Unrecognised } from '../types';
import type { Rule } from './rule';
import type { RuleSetting } from './engine';
import type Decimal from 'decimal.js';
import { readInput } from '../read';
import { recognize, withAttachments } from '../recognize';
import { extractNarrative } from '../narrative';
import { runRules } from './engine';
import { groupDocuments, DocumentGroup } from './documents';
import { isKnownError, ReadError, BudgetLintError } from '../errors';
import { renderError } from '../messages';

export interface LintOptions {
  rules: Map<string, Rule<string>>;
  settings: Map<string, RuleSetting>;
  lang: Lang;
  tolerance?: Decimal;
  narrative?: string;
  prior?: string[];
  maxFileSize?: number;
  maxSheets?: number;
  cwd?: string;
  debug?: (msg: string) => void;
}

export interface LintRun {
  results: LintResult[];
  documents: LintDocument[];
  /** Grids per input file, for formatters that show sheets (HTML) and for --annotate. */
  sources: Map<string, Grid[]>;
  /** Narrative lines per narrative file, kept with the grids (HTML shows a finding's sentence). */
  texts?: Map<string, NarrativeLine[]>;
}

/** One paragraph of a narrative file at its line. */
export interface NarrativeLine {
  line: number;
  text: string;
}

/** The paragraphs read from narrative files (not text sheets), by file. */
export function narrativeLines(doc: LintDocument): Map<string, NarrativeLine[]> {
  const out = new Map<string, NarrativeLine[]>();
  for (const p of doc.narrative) {
    if (p.ref.sheet !== undefined || !p.ref.line) continue;
    (out.get(p.ref.file) ?? out.set(p.ref.file, []).get(p.ref.file)!).push({ line: p.ref.line, text: p.text });
  }
  return out;
}

export function emptyCoverage(): LintResult['coverage'] {
  return { tables: [], unrecognised: [], rulesSkipped: [], evaluations: 0, sentencesWithNumbers: 0, claimsChecked: 0, claimsNotUnderstood: [] };
}

/** A path as the user should read it: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export function fatalResult(file: string, err: unknown, lang: Lang, cwd?: string): LintResult {
  const known: BudgetLintError = isKnownError(err) ? err : new ReadError('readFailed', file, { reason: err instanceof Error ? err.message : String(err) });
  const e = known as ReadError;
  return {
    filePath: file,
    messages: [{ ruleId: null, fatal: true, severity: 2, message: renderError(known, lang, { file: displayPath(file, cwd) }), line: 0, column: 0, ...(e.sheet ? { sheet: e.sheet } : {}), ...(e.cell ? { cell: e.cell } : {}) }],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
    coverage: emptyCoverage(),
  };
}

interface Built {
  doc?: LintDocument;
  fatal: LintResult[];
}

async function buildDocument(group: DocumentGroup, opts: LintOptions, sources: Map<string, Grid[]>): Promise<Built> {
  const fatal: LintResult[] = [];
  const grids: Grid[] = [];
  const paragraphs: Paragraph[] = [];
  const inputs: string[] = [];
  const unreadable: Unrecognised[] = [];
  let tableSourceFailed = false;
  for (const file of [...new Set([...group.tableFiles, ...group.narrativeFiles])]) {
    try {
      const out = await readInput(file, { maxFileSize: opts.maxFileSize, maxSheets: opts.maxSheets });
      const cellCount = out.grids.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
      if (cellCount === 0 && out.paragraphs.length === 0) throw new ReadError('fileNoTables', file);
      // A file read for its tables gives its grids; one read for its narrative gives its text.
      if (group.tableFiles.includes(file)) {
        grids.push(...out.grids);
        sources.set(file, out.grids);
      } else sources.set(file, []);
      if (group.narrativeFiles.includes(file)) paragraphs.push(...out.paragraphs);
      if (out.unreadable) unreadable.push(...out.unreadable);
      inputs.push(file);
    } catch (err) {
      if (!isKnownError(err)) opts.debug?.(err instanceof Error ? err.stack ?? err.message : String(err));
      fatal.push(fatalResult(file, err, opts.lang, opts.cwd));
      if (group.tableFiles.includes(file) && group.tableFiles.length === 1) tableSourceFailed = true;
    }
  }
  if (tableSourceFailed || inputs.length === 0) return { fatal };
  const rec = recognize(grids);
  // Sheets of prose in the workbook (a 情况说明, a 自评报告) are narrative too, after the narrative files'.
  paragraphs.splice(0, paragraphs.length, ...withAttachments(paragraphs, rec.narrative));
  const kind = rec.tables.some((t) => t.kind.startsWith('final-')) ? 'final' : rec.tables.some((t) => t.kind.startsWith('budget-')) ? 'budget' : rec.evaluations.length || rec.deptEvaluations.length ? 'perf' : 'unknown';
  const doc: LintDocument = {
    id: group.id,
    inputs,
    kind,
    meta: rec.meta,
    tables: rec.tables,
    evaluations: rec.evaluations,
    deptEvaluations: rec.deptEvaluations,
    narrative: paragraphs,
    claims: [],
    narrativeStats: { sentencesWithNumbers: 0, notUnderstood: [] },
    unrecognised: [...rec.unrecognised, ...unreadable],
    ...(group.setAside?.length ? { setAside: group.setAside } : {}),
  };
  const extraction = extractNarrative(doc);
  doc.claims = extraction.claims;
  doc.narrativeStats = { sentencesWithNumbers: extraction.sentencesWithNumbers, notUnderstood: extraction.notUnderstood };
  return { doc, fatal };
}

/**
 * Never pass silently: a document in which no disclosure table, no self-evaluation and no
 * narrative sentence with a figure was recognised is an error, not a clean result.
 */
export function nothingRecognised(doc: LintDocument): boolean {
  return !doc.tables.length && !doc.evaluations.length && !doc.deptEvaluations.length && doc.narrativeStats.sentencesWithNumbers === 0;
}

function nothingRecognisedMessage(doc: LintDocument, lang: Lang, cwd?: string): LintMessage {
  const file = displayPath(doc.id, cwd);
  const message = lang === 'en'
    ? `No disclosure table (公开01–10, budget tables, self-evaluations) and no narrative with figures was recognised in ${file}; nothing was checked. Check that this is a budget or final-accounts disclosure; run with --verbose to see the regions that were not recognised.`
    : `未识别到任何公开表（公开01–10、预算公开表、绩效自评表），也没有含数字的情况说明：${file} 未作任何核对。请确认这是预决算公开文件；加 --verbose 可查看未识别的区域。`;
  return { ruleId: null, severity: 2, message, messageId: 'nothingRecognised', line: 0, column: 0 };
}

/**
 * Words a few rules write into their findings' data in Chinese whatever the language (a blank
 * cell, a related label). Until those rules localise them, an English run translates them here so
 * that --lang en output has no Chinese but what it quotes from the document.
 */
const RULE_WORDS_EN: [string, string][] = [
  ['（空白）', '(blank) '],
  ['文字说明', 'text'],
];

function englishRuleWords(text: string): string {
  return RULE_WORDS_EN.reduce((s, [zh, en]) => s.split(zh).join(en), text);
}

export function localiseRuleWords(result: LintResult, lang: Lang): void {
  if (lang !== 'en') return;
  for (const m of result.messages) {
    m.message = englishRuleWords(m.message);
    if (m.data) for (const k of Object.keys(m.data)) if (typeof m.data[k] === 'string') m.data[k] = englishRuleWords(m.data[k] as string);
    for (const r of m.related ?? []) if (r.label) r.label = englishRuleWords(r.label);
  }
}

/**
 * One result per input file: a narrative's findings go to the narrative's own result, linked to
 * its document by `document`, so that an annotator pins L120 to the .md, never to the workbook.
 */
export function splitByFile(result: LintResult, doc: LintDocument): LintResult[] {
  const others = doc.inputs.filter((f) => f !== result.filePath && doc.narrative.some((p) => p.ref.file === f));
  if (!others.length) return [result];
  const own: LintMessage[] = [];
  const byFile = new Map<string, LintMessage[]>(others.map((f) => [f, []]));
  for (const m of result.messages) {
    const target = m.file !== undefined ? byFile.get(m.file) : undefined;
    if (!target) own.push(m);
    else {
      const { file: _moved, ...rest } = m;
      void _moved;
      target.push(rest);
    }
  }
  const count = (ms: LintMessage[], sev: 1 | 2): number => ms.filter((m) => m.severity === sev).length;
  const cov = result.coverage;
  const narrativeResults = others.map((f, i): LintResult => {
    const messages = byFile.get(f)!;
    return {
      filePath: f,
      document: result.filePath,
      messages,
      errorCount: count(messages, 2),
      warningCount: count(messages, 1),
      fatalErrorCount: 0,
      coverage: {
        ...emptyCoverage(),
        // The sentence counts are the document's; they go with its first narrative.
        sentencesWithNumbers: i === 0 ? cov.sentencesWithNumbers : 0,
        claimsChecked: i === 0 ? cov.claimsChecked : 0,
        claimsNotUnderstood: cov.claimsNotUnderstood.filter((c) => c.file === f),
        ...(cov.findingsWithheld ? { findingsWithheld: cov.findingsWithheld.filter((w) => w.file === f) } : {}),
      },
    };
  });
  const ownCoverage = { ...cov, sentencesWithNumbers: 0, claimsChecked: 0, claimsNotUnderstood: cov.claimsNotUnderstood.filter((c) => !others.includes(c.file)) };
  if (cov.findingsWithheld) ownCoverage.findingsWithheld = cov.findingsWithheld.filter((w) => !others.includes(w.file));
  const table: LintResult = { ...result, messages: own, errorCount: count(own, 2), warningCount: count(own, 1), coverage: ownCoverage };
  return [table, ...narrativeResults];
}

export interface GroupOutcome {
  results: LintResult[];
  doc?: LintDocument;
  sources: Map<string, Grid[]>;
  texts: Map<string, NarrativeLine[]>;
}

/** One document: read, recognize, extract claims, run rules. Fatal inputs become results of their own. */
export async function lintGroup(group: DocumentGroup, opts: LintOptions, prior?: LintDocument): Promise<GroupOutcome> {
  const sources = new Map<string, Grid[]>();
  const built = await buildDocument(group, opts, sources);
  const results = [...built.fatal];
  if (built.doc) {
    if (prior) built.doc.prior = prior;
    const result = runRules(built.doc, { rules: opts.rules, settings: opts.settings, lang: opts.lang, tolerance: opts.tolerance, debug: opts.debug, grids: [...sources.values()].flat() });
    if (Object.keys(built.doc.meta ?? {}).length) result.meta = { ...built.doc.meta };
    localiseRuleWords(result, opts.lang);
    if (nothingRecognised(built.doc)) {
      result.messages.unshift(nothingRecognisedMessage(built.doc, opts.lang, opts.cwd));
      result.errorCount++;
    }
    results.push(...splitByFile(result, built.doc));
  }
  return { results, doc: built.doc, sources, texts: built.doc ? narrativeLines(built.doc) : new Map() };
}

/** Last year's document for --prior (its fatal problems are reported like any input's). */
export async function buildPrior(files: string[] | undefined, opts: LintOptions): Promise<{ prior?: LintDocument; fatal: LintResult[] }> {
  if (!files?.length) return { fatal: [] };
  const pg = groupDocuments(files);
  if (!pg.documents[0]) return { fatal: [] };
  const built = await buildDocument(pg.documents[0], opts, new Map());
  return { prior: built.doc, fatal: built.fatal };
}

/** Deterministic order: as the inputs were given (sorted by expandInputs), whatever finished first. */
export function sortResults(results: LintResult[], files: string[]): LintResult[] {
  const order = new Map(files.map((f, i) => [f, i]));
  const own = (r: LintResult): number => Math.min(order.get(r.filePath) ?? Infinity, ...(r.inputs ?? []).map((f) => order.get(f) ?? Infinity));
  const byPath = new Map(results.map((r) => [r.filePath, r]));
  // A narrative's result follows its document's.
  const rank = (r: LintResult): number => (r.document !== undefined && byPath.has(r.document) ? own(byPath.get(r.document)!) : own(r));
  return [...results].sort((a, b) => rank(a) - rank(b) || Number(a.document !== undefined) - Number(b.document !== undefined) || a.filePath.localeCompare(b.filePath));
}

/**
 * Whether a run keeps every input's grids (for the HTML report and --annotate): unless the caller
 * said no. The one reading of `wantSources`, in this thread, in workers and for the cache.
 */
export function keepsGrids(wantSources: boolean | undefined): boolean {
  return wantSources !== false;
}

/** What a run keeps of each document once its rules have run. */
export interface Keep {
  sources: boolean;
  documents: boolean;
}

export async function lintFiles(files: string[], opts: LintOptions, keep: Keep = { sources: true, documents: true }): Promise<LintRun> {
  const grouping = groupDocuments(files, opts.narrative);
  const results: LintResult[] = [];
  const documents: LintDocument[] = [];
  const sources = new Map<string, Grid[]>();
  const texts = new Map<string, NarrativeLine[]>();
  const { prior, fatal } = await buildPrior(opts.prior, opts);
  results.push(...fatal);
  for (const group of grouping.documents) {
    const outcome = await lintGroup(group, opts, prior);
    results.push(...outcome.results);
    if (outcome.doc && keep.documents) documents.push(outcome.doc);
    for (const [k, v] of outcome.sources) sources.set(k, keep.sources ? v : []);
    if (keep.sources) for (const [k, v] of outcome.texts) texts.set(k, v);
  }
  return { results: sortResults(results, files), documents, sources, texts };
}
