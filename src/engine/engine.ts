/**
 * Runs rules over a Document: requirement checks (coverage.rulesSkipped), severity from config,
 * tails routed to 'rounding/tail', message rendering in the chosen language.
 */
import type Decimal from 'decimal.js';
import type { Lang, LintDocument, LintMessage, LintResult, Severity, SourceRef } from '../types';
import type { ReportDescriptor, Rule, RuleContext } from './rule';
import { interpolate } from '../messages';
import { D } from '../ledger/decimal';
import { dedupe, sortMessages } from './findings';

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

export function skipReason(doc: LintDocument, rule: Rule<string>): string | null {
  const missing = (rule.meta.requires ?? []).filter((r) => missingRequirement(doc, r));
  if (missing.length) return `缺少 ${missing.join('、')}`;
  const any = rule.meta.requiresAny ?? [];
  if (any.length && any.every((r) => missingRequirement(doc, r))) return `缺少 ${any.join(' / ')} 中任何一个`;
  return null;
}

/** Title of the table or evaluation whose sheet region holds the cell. */
export function tableTitleAt(doc: LintDocument, at: SourceRef): string | undefined {
  if (at.sheet === undefined) return undefined;
  const inRange = (sheet: string, range: string | undefined): boolean => {
    if (sheet !== at.sheet) return false;
    const m = range && /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
    return !m || at.row === undefined || (at.row >= Number(m[1]) && at.row <= Number(m[2]));
  };
  const t = doc.tables.find((x) => inRange(x.source.sheet, x.source.range));
  if (t) return t.title;
  return [...doc.evaluations, ...doc.deptEvaluations].find((e) => inRange(e.source.sheet, e.source.range))?.name;
}

function tableField(doc: LintDocument, at: SourceRef): { table?: string } {
  const table = tableTitleAt(doc, at);
  return table ? { table } : {};
}

function location(at: SourceRef, docId: string): Pick<LintMessage, 'line' | 'column' | 'sheet' | 'cell' | 'file'> {
  return {
    line: at.row ?? at.line ?? 0,
    column: at.col ?? at.column ?? 0,
    ...(at.sheet !== undefined ? { sheet: at.sheet } : {}),
    ...(at.cell !== undefined ? { cell: at.cell } : {}),
    ...(at.file && at.file !== docId ? { file: at.file } : {}),
  };
}

const TAIL_PREFIX = { zh: '尾差：', en: 'Rounding tail: ' };
const TRUNC_SUFFIX = { zh: '（疑为截尾而非四舍五入）', en: ' (looks truncated rather than rounded)' };

export function runRules(doc: LintDocument, opts: EngineOptions): LintResult {
  const messages: LintMessage[] = [];
  const rulesSkipped: { ruleId: string; reason: string }[] = [];
  let claimsChecked = 0;
  const tailSetting = opts.settings.get(TAIL_RULE_ID);
  const tailSeverity = tailSetting ? tailSetting.severity : 1;

  for (const [id, rule] of opts.rules) {
    const setting = opts.settings.get(id);
    if (!setting || setting.severity === 0 || id === TAIL_RULE_ID) continue;
    const reason = skipReason(doc, rule);
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
          if (v !== undefined && !/^-?\d+(\.\d+)?$/.test(v)) {
            const msg = `rule ${id}: actual/expected must be plain decimal strings, got '${v}'`;
            if (opts.strict) throw new Error(msg);
            opts.debug?.(msg);
          }
        }
        let severity: Severity = d.severity ?? setting.severity;
        let ruleId = id;
        if (d.tail) {
          if (tailSeverity === 0) return;
          severity = tailSeverity;
          ruleId = TAIL_RULE_ID;
          text = TAIL_PREFIX[opts.lang] + text + (d.truncated ? TRUNC_SUFFIX[opts.lang] : '');
        }
        messages.push({
          ruleId,
          severity: severity as 1 | 2,
          message: text,
          messageId: d.messageId,
          ...(d.data ? { data: d.data } : {}),
          ...location(d.at, doc.id),
          ...tableField(doc, d.at),
          source: d.source ?? (d.at.sheet !== undefined ? 'table' : 'narrative'),
          ...(d.actual !== undefined ? { actual: d.actual } : {}),
          ...(d.expected !== undefined ? { expected: d.expected } : {}),
          ...(d.tail ? { tail: true, tailOf: id } : {}),
          ...(d.related?.length ? { related: d.related } : {}),
        });
      },
    };
    try {
      rule.check(doc, ctx);
    } catch (err) {
      if (opts.strict) throw err;
      rulesSkipped.push({ ruleId: id, reason: `规则运行出错：${err instanceof Error ? err.message : String(err)}` });
    }
  }

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
      tables: doc.tables.map((t) => ({ kind: t.kind, title: t.title, file: t.source.file, sheet: t.source.sheet, ...(t.source.range ? { range: t.source.range } : {}) })),
      unrecognised: doc.unrecognised,
      rulesSkipped,
      evaluations: doc.evaluations.length + doc.deptEvaluations.length,
      sentencesWithNumbers: doc.narrativeStats.sentencesWithNumbers,
      claimsChecked,
      claimsNotUnderstood: doc.narrativeStats.notUnderstood.map((n) => ({ text: n.text, file: n.ref.file, ...(n.ref.line ? { line: n.ref.line } : {}) })),
      ...(opts.tolerance && !opts.tolerance.isZero() ? { tolerance: opts.tolerance.toString() } : {}),
    },
  };
}
