/**
 * Runs rules over a Document: requirement checks (coverage.rulesSkipped), severity from config,
 * tails routed to 'rounding/tail', message rendering in the chosen language.
 */
import type Decimal from 'decimal.js';
import type { Grid, Lang, LedgerTable, LintDocument, LintMessage, LintResult, Related, Severity, SourceRef } from '../types';
import type { ReportDescriptor, Rule, RuleContext } from './rule';
import { interpolate } from '../messages';
import { missingText } from '../messages/names';
import { D } from '../ledger/decimal';
import { dedupe, sortMessages } from './findings';
import { looksMisread, notUnderstoodSet, ReadingIndex, readingsBehind, sentenceKey, weakReadings } from './gate';
import { describeReading, distinctReadings, type Reading } from '../ledger/evidence';
import { RegionIndex } from './regions';

export const TAIL_RULE_ID = 'rounding/tail';

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface EngineOptions {
  rules: Map<string, Rule<string>>;
  settings: Map<string, RuleSetting>;
  lang: Lang;
  tolerance?: Decimal;
  /** Throw on API misuse (unknown messageId, unfilled placeholder) — on under tests. */
  strict?: boolean;
  debug?: (msg: string) => void;
  /** PDF input: the grids read, so findings carry the printed region of their cell (LintMessage.region). */
  grids?: readonly Grid[];
}

export function missingRequirement(doc: LintDocument, req: string): boolean {
  switch (req) {
    case 'evaluations':
      return doc.evaluations.length === 0;
    case 'deptEvaluations':
      return doc.deptEvaluations.length === 0;
    case 'narrative':
      return doc.narrative.length === 0;
    case 'claims':
      return doc.claims.length === 0;
    case 'prior':
      return !doc.prior;
    default:
      return !doc.tables.some((t) => t.kind === req);
  }
}

export function skipReason(doc: LintDocument, rule: Rule<string>, lang: Lang = 'zh'): string | null {
  const missing = (rule.meta.requires ?? []).filter((r) => missingRequirement(doc, r));
  if (missing.length) return missingText(missing, lang);
  const any = rule.meta.requiresAny ?? [];
  if (any.length && any.every((r) => missingRequirement(doc, r))) return missingText(any, lang, true);
  return null;
}

/** Title of the table or evaluation whose sheet region holds the cell. */
export function tableTitleAt(doc: LintDocument, at: SourceRef): string | undefined {
  if (at.sheet === undefined) return undefined;
  // A place given by its A1 address alone (a table's first cell) still has a row.
  const row = at.row ?? (at.cell ? Number(/\d+$/.exec(at.cell)?.[0]) || undefined : undefined);
  const inRange = (sheet: string, range: string | undefined): boolean => {
    if (sheet !== at.sheet) return false;
    const m = range && /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
    return !m || row === undefined || (row >= Number(m[1]) && row <= Number(m[2]));
  };
  const t = doc.tables.find((x) => inRange(x.source.sheet, x.source.range));
  if (t) return t.title;
  const evaluations = [...doc.evaluations, ...doc.deptEvaluations];
  // A 自评表 continued on another sheet or past a page break owns the rows it was read across.
  return (evaluations.find((e) => inRange(e.source.sheet, e.source.range)) ?? evaluations.find((e) => e.continuedIn?.includes(at.sheet!)))?.name;
}

function tableField(doc: LintDocument, at: SourceRef, index: ReadingIndex): { table?: string } {
  // The cell's own table first: a table continued on another sheet lies outside its source range.
  const table = index.tableAt(at.file, at.sheet, at.cell)?.title ?? tableTitleAt(doc, at);
  return table ? { table } : {};
}

function location(at: SourceRef, docId: string, index: ReadingIndex, regions: RegionIndex): Pick<LintMessage, 'line' | 'column' | 'sheet' | 'cell' | 'file' | 'page' | 'region'> {
  // PDF input: the cell's printed box, or the printed line of a narrative figure (for a page map),
  // and the page the cell or text is printed on — the reader's own page for a cell it placed, else
  // the nearest figure's.
  const region = regions.at(at.file, at.sheet, at.cell) ?? at.region;
  const page = at.page ?? region?.page ?? index.pageAt(at.file, at.sheet, at.cell, at.line);
  return {
    line: at.row ?? at.line ?? 0,
    column: at.col ?? at.column ?? 0,
    ...(at.sheet !== undefined ? { sheet: at.sheet } : {}),
    ...(at.cell !== undefined ? { cell: at.cell } : {}),
    ...(at.file && at.file !== docId ? { file: at.file } : {}),
    ...(page !== undefined ? { page } : {}),
    ...(region && region.page === page ? { region } : {}),
  };
}

/** Related cells with the page they are printed on (PDF input), when the rule did not say it. */
function relatedWithPages(related: Related[], at: SourceRef, index: ReadingIndex, regions: RegionIndex): Related[] {
  return related.map((x) => {
    const region = regions.at(x.file ?? at.file, x.sheet, x.cell);
    const page = x.page ?? region?.page ?? index.pageAt(x.file ?? at.file, x.sheet, x.cell, x.line);
    if (page === undefined) return x;
    return { ...x, page, ...(region && region.page === page && !x.region ? { region } : {}) };
  });
}

const TAIL_PREFIX = { zh: '尾差：', en: 'Rounding tail: ' };
const DOUBT = {
  zh: (what: string) => `（读取存疑：${what}；请复核）`,
  en: (what: string) => ` (reading in doubt: ${what}; please check)`,
};
const MISREAD = {
  zh: (table: string, failed: number, checked: number) => `${table}未能可靠读取：${checked} 项勾稽关系中有 ${failed} 项不成立，多半是表格的列或行读错而非填报错误；已不逐项报告，请复核该表的版式`,
  en: (table: string, failed: number, checked: number) => `${table} was not read with confidence: ${failed} of the ${checked} identities checked fail, which points to misread columns or rows rather than wrong figures; they are not reported one by one — please check the table's layout`,
};
export const MISREAD_RULE_ID = 'doc/table-not-read';
const TRUNC_SUFFIX = { zh: '（疑为截尾而非四舍五入）', en: ' (looks truncated rather than rounded)' };

export function runRules(doc: LintDocument, opts: EngineOptions): LintResult {
  const messages: LintMessage[] = [];
  const rulesSkipped: { ruleId: string; reason: string }[] = [];
  let claimsChecked = 0;
  const tailSetting = opts.settings.get(TAIL_RULE_ID);
  const tailSeverity = tailSetting ? tailSetting.severity : 1;
  const index = new ReadingIndex(doc);
  const regions = new RegionIndex(opts.grids);
  const notUnderstood = notUnderstoodSet(doc);
  const findingsWithheld: NonNullable<LintResult['coverage']['findingsWithheld']> = [];
  const textsNotUnderstood: NonNullable<LintResult['coverage']['textsNotUnderstood']> = [];
  const textSeen = new Set<string>();
  /** Identities checked per table, and the table each error-level finding sits in. */
  const identitiesChecked = new Map<LedgerTable, number>();
  const errorTable = new Map<LintMessage, LedgerTable>();

  for (const [id, rule] of opts.rules) {
    const setting = opts.settings.get(id);
    if (!setting || setting.severity === 0 || id === TAIL_RULE_ID || id === MISREAD_RULE_ID) continue;
    const reason = skipReason(doc, rule, opts.lang);
    if (reason) {
      rulesSkipped.push({ ruleId: id, reason });
      continue;
    }
    const options = Object.freeze({ ...(rule.meta.defaultOptions ?? {}), ...setting.options });
    const ctx: RuleContext<string> = {
      options,
      tolerance: opts.tolerance ?? new D(0),
      lang: opts.lang,
      skip: (why) => rulesSkipped.push({ ruleId: id, reason: why }),
      checked: (n = 1) => {
        claimsChecked += n;
      },
      notUnderstood: (text, at, figure) => {
        const key = `${at.file}\u0000${at.sheet ?? ''}\u0000${at.cell ?? ''}\u0000${figure}\u0000${text}`;
        if (textSeen.has(key)) return;
        textSeen.add(key);
        textsNotUnderstood.push({ ruleId: id, text, figure, file: at.file, ...(at.sheet ? { sheet: at.sheet } : {}), ...(at.cell ? { cell: at.cell } : {}) });
      },
      identity: (at: SourceRef) => {
        const t = index.tableAt(at.file, at.sheet, at.cell);
        if (t) identitiesChecked.set(t, (identitiesChecked.get(t) ?? 0) + 1);
      },
      report: (d: ReportDescriptor<string>) => {
        const template = rule.meta.messages[d.messageId];
        if (!template) {
          const msg = `rule ${id} reported unknown messageId '${d.messageId}'`;
          if (opts.strict) throw new Error(msg);
          opts.debug?.(msg);
          return;
        }
        let text = interpolate(template[opts.lang], d.data);
        if (/\{\{\s*\w+\s*\}\}/.test(text)) {
          const msg = `rule ${id} message '${d.messageId}' has unfilled placeholders: ${text}`;
          if (opts.strict) throw new Error(msg);
          opts.debug?.(msg);
        }
        for (const v of [d.actual, d.expected]) {
          // doc/* findings carry the text as printed and the text it should be (DESIGN, output contract).
          if (v !== undefined && !id.startsWith('doc/') && !/^-?\d+(\.\d+)?$/.test(v)) {
            const msg = `rule ${id}: actual/expected must be plain decimal strings, got '${v}'`;
            if (opts.strict) throw new Error(msg);
            opts.debug?.(msg);
          }
        }
        const source = d.source ?? (d.at.sheet !== undefined ? 'table' : 'narrative');
        // doc/* rules read the printed text itself, not the claim parser's reading of it.
        if (source === 'narrative' && !id.startsWith('doc/') && notUnderstood.has(sentenceKey(d.at))) {
          findingsWithheld.push({ ruleId: id, file: d.at.file, ...(d.at.line ? { line: d.at.line } : {}), text });
          return;
        }
        let severity: Severity = d.severity ?? setting.severity;
        let ruleId = id;
        const evidence = readingsBehind(index, d.at, d.related, d.uses, source === 'narrative');
        const weak = weakReadings(evidence);
        let doubt = false;
        if (d.tail) {
          if (tailSeverity === 0) return;
          severity = tailSeverity;
          ruleId = TAIL_RULE_ID;
          text = TAIL_PREFIX[opts.lang] + text + (d.truncated ? TRUNC_SUFFIX[opts.lang] : '');
        } else if (severity === 2 && weak.length) {
          severity = 1;
          doubt = true;
          text += DOUBT[opts.lang](weak.slice(0, 3).map((r) => describeReading(r, opts.lang)).join('；'));
        }
        const message: LintMessage = {
          ruleId,
          severity: severity as 1 | 2,
          message: text,
          messageId: d.messageId,
          ...(d.data ? { data: d.data } : {}),
          ...location(d.at, doc.id, index, regions),
          ...tableField(doc, d.at, index),
          source: d.source ?? (d.at.sheet !== undefined ? 'table' : 'narrative'),
          ...(d.actual !== undefined ? { actual: d.actual } : {}),
          ...(d.expected !== undefined ? { expected: d.expected } : {}),
          ...(d.tail ? { tail: true, tailOf: id } : {}),
          ...(d.related?.length ? { related: relatedWithPages(d.related, d.at, index, regions) } : {}),
          ...(evidence.length ? { evidence } : {}),
          ...(doubt ? { doubt: true as const } : {}),
        };
        messages.push(message);
        if (severity === 2 && !d.tail) {
          const t = index.tableAt(d.at.file, d.at.sheet, d.at.cell);
          if (t) errorTable.set(message, t);
        }
      },
    };
    try {
      rule.check(doc, ctx);
    } catch (err) {
      if (opts.strict) throw err;
      rulesSkipped.push({ ruleId: id, reason: `规则运行出错：${err instanceof Error ? err.message : String(err)}` });
    }
  }

  const tablesInDoubt = collapseMisreadTables(messages, errorTable, identitiesChecked, opts.lang);
  const sheetOrder = [...doc.tables.map((t) => t.source.sheet), ...doc.evaluations.map((e) => e.source.sheet), ...doc.deptEvaluations.map((e) => e.source.sheet)];
  const final = sortMessages(dedupe(messages), sheetOrder);
  return {
    filePath: doc.id,
    inputs: doc.inputs,
    messages: final,
    errorCount: final.filter((m) => m.severity === 2).length,
    warningCount: final.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    coverage: {
      tables: doc.tables.map((t) => {
        const readings = tableReadings(t);
        return { kind: t.kind, title: t.title, file: t.source.file, sheet: t.source.sheet, ...(t.source.range ? { range: t.source.range } : {}), ...(readings.length ? { readings } : {}) };
      }),
      unrecognised: doc.unrecognised,
      rulesSkipped,
      evaluations: doc.evaluations.length + doc.deptEvaluations.length,
      sentencesWithNumbers: doc.narrativeStats.sentencesWithNumbers,
      claimsChecked,
      claimsNotUnderstood: doc.narrativeStats.notUnderstood.map((n) => ({ text: n.text, file: n.ref.file, ...(n.ref.line ? { line: n.ref.line } : {}) })),
      ...(opts.tolerance && !opts.tolerance.isZero() ? { tolerance: opts.tolerance.toString() } : {}),
      ...(findingsWithheld.length ? { findingsWithheld } : {}),
      ...(textsNotUnderstood.length ? { textsNotUnderstood } : {}),
      ...(tablesInDoubt.length ? { tablesInDoubt } : {}),
    },
  };
}

/** How a table was read: its kind and unit, and every column or row whose reading is weak. */
function tableReadings(t: LedgerTable): Reading[] {
  const weakParts = [...t.columns.map((c) => c.reading), ...t.rows.map((r) => r.reading)].filter((r): r is Reading => r !== undefined && r.strength === 'weak');
  return distinctReadings([...(t.readings ?? []), ...(t.unitReading ? [t.unitReading] : []), ...weakParts]);
}

/**
 * A table where most identities checked fail was misread, not misprinted: its error-level
 * findings are replaced (in place, in `messages`) by one warning, and the table is listed.
 */
function collapseMisreadTables(messages: LintMessage[], errorTable: Map<LintMessage, LedgerTable>, checked: Map<LedgerTable, number>, lang: Lang): NonNullable<LintResult['coverage']['tablesInDoubt']> {
  const failedBy = new Map<LedgerTable, LintMessage[]>();
  for (const [m, t] of errorTable) failedBy.set(t, [...(failedBy.get(t) ?? []), m]);
  const out: NonNullable<LintResult['coverage']['tablesInDoubt']> = [];
  for (const [t, failed] of failedBy) {
    const n = Math.max(checked.get(t) ?? 0, failed.length);
    if (!looksMisread(failed.length, n)) continue;
    const drop = new Set(failed);
    const first = messages.findIndex((m) => drop.has(m));
    const head = messages[first];
    const summary: LintMessage = {
      ruleId: MISREAD_RULE_ID,
      severity: 1,
      message: MISREAD[lang](t.title, failed.length, n),
      line: head.line,
      column: head.column,
      ...(head.sheet !== undefined ? { sheet: head.sheet } : {}),
      ...(head.cell !== undefined ? { cell: head.cell } : {}),
      ...(head.file !== undefined ? { file: head.file } : {}),
      ...(head.page !== undefined ? { page: head.page } : {}),
      ...(head.region !== undefined ? { region: head.region } : {}),
      table: t.title,
      source: 'table',
      doubt: true,
    };
    for (let i = messages.length - 1; i >= 0; i--) if (drop.has(messages[i]) && i !== first) messages.splice(i, 1);
    messages[messages.indexOf(head)] = summary;
    out.push({ title: t.title, file: t.source.file, sheet: t.source.sheet, failed: failed.length, checked: n });
  }
  return out;
}
