/**
 * One view over project and department self-evaluations, so each perf rule is written once:
 * fund rows, the execution block, 资金管理 items, indicators, blocks with stated weights, totals.
 */
import type { Cell, LintDocument, SourceRef } from '../../../src/types';
import type { FundRow, Indicator, ScoreItem } from '../../../src/ledger/evaluation';
import { D } from '../../../src/ledger/decimal';
import { reading, type Reading } from '../../../src/ledger/evidence';

export interface ScoredBlock {
  name: string;
  kind: 'management' | 'indicators';
  statedWeight: Cell;
  ref: SourceRef;
  weights: (Cell | null)[];
}

export interface Scored {
  /** Project name, or the department's. */
  label: string;
  kind: 'project' | 'dept';
  template: 'a' | 'b' | 'dept';
  sheet: string;
  funds: FundRow[];
  execWeight: Cell | null;
  execScore: Cell | null;
  management: ScoreItem[];
  indicators: Indicator[];
  blocks: ScoredBlock[];
  totalWeight: Cell | null;
  total: Cell | null;
  grade: { text: string; ref: SourceRef } | null;
  analysis: { text: string; ref: SourceRef }[];
  /** 年度目标 texts (targets and what was done) and the 实际完成情况 side as its label places it. */
  goals: { text: string; ref: SourceRef }[];
  achieved: { text: string; ref: SourceRef }[];
  unit: '元' | '万元';
  /** Whether the template scores execution as 分值 × 执行率 (absent: not read). */
  execScoring?: Reading;
  /** Where to point when the table prints no cell for a figure (the 总分 row or the first indicator). */
  anchor: SourceRef;
  /**
   * Whether the table has an execution part (a fund block, or an execution weight or score): a
   * 评分表 has none — its 执行率 part is absent, not zero.
   */
  hasExecution: boolean;
  /** 'score-sheet' for a 评分表 (see DeptEvaluation.form). */
  form?: 'score-sheet';
}

export function scoredTables(doc: LintDocument): Scored[] {
  const out: Scored[] = [];
  for (const e of doc.evaluations) {
    const blocks: ScoredBlock[] = (e.statedBlocks ?? []).map((b) => ({
      ...b,
      weights: b.kind === 'management' ? e.management.map((m) => m.weight) : e.indicators.filter((i) => b.scope === 'all' || (b.level === 2 ? i.l1 === b.parent && i.l2 === b.name : i.l1 === b.name)).map((i) => i.weight),
    }));
    out.push({
      label: e.name,
      kind: 'project',
      template: e.template,
      sheet: e.source.sheet,
      funds: e.funds,
      execWeight: e.execWeight,
      execScore: e.execScore ?? e.funds.find((f) => f.score)?.score ?? null,
      management: e.management,
      indicators: e.indicators,
      blocks,
      totalWeight: e.totalWeight,
      total: e.total,
      grade: e.grade,
      analysis: e.analysis,
      goals: e.goals ?? [],
      achieved: e.achieved ?? [],
      unit: e.unit ?? '万元',
      ...(e.execScoring ? { execScoring: e.execScoring } : {}),
      anchor: e.total?.ref ?? e.totalWeight?.ref ?? e.indicators[e.indicators.length - 1]?.ref ?? { file: e.source.file, sheet: e.source.sheet },
      hasExecution: e.form !== 'score-sheet' && (e.funds.length > 0 || !!e.execWeight || !!e.execScore),
      ...(e.form ? { form: e.form } : {}),
    });
  }
  for (const d of doc.deptEvaluations) {
    if (!d.funds && !d.blocks.length) continue;
    const indicators = d.blocks.flatMap((b) => b.indicators);
    out.push({
      label: d.name || '部门整体支出',
      kind: 'dept',
      template: 'dept',
      sheet: d.source.sheet,
      funds: d.funds ?? [],
      execWeight: d.execWeight ?? null,
      execScore: d.execScore ?? null,
      management: [],
      indicators,
      blocks: [
        ...d.blocks.filter((b) => b.statedWeight).map((b) => ({ name: b.name, kind: 'indicators' as const, statedWeight: b.statedWeight as Cell, ref: b.ref, weights: b.indicators.map((i) => i.weight) })),
        ...(d.subBlocks ?? []).map((b) => ({ ...b, weights: indicators.filter((i) => i.l1 === b.parent && i.l2 === b.name).map((i) => i.weight) })),
      ],
      totalWeight: d.totalWeight,
      total: d.total,
      grade: d.grade,
      analysis: d.analysis ?? [],
      goals: d.goals ?? [],
      achieved: d.achieved ?? [],
      unit: d.unit ?? '万元',
      ...(d.execScoring ? { execScoring: d.execScoring } : {}),
      anchor: d.total?.ref ?? d.totalWeight?.ref ?? indicators[indicators.length - 1]?.ref ?? { file: d.source.file, sheet: d.source.sheet },
      hasExecution: d.form !== 'score-sheet' && ((d.funds?.length ?? 0) > 0 || !!d.execWeight || !!d.execScore),
      ...(d.form ? { form: d.form } : {}),
    });
  }
  return out;
}

/**
 * Decimals of an exact figure: its rounding interval is nil for any arithmetic, and it is printed as
 * written ("110", not "110.000000000000"), so it never sets the precision of a sum's message.
 */
export const EXACT_DECIMALS = 12;

/** An exact figure (no rounding interval worth speaking of): template constants such as 100 分. */
export function constantCell(value: string, ref: SourceRef): Cell {
  return { value: new D(value), raw: value, decimals: EXACT_DECIMALS, ref };
}

/** Whether a cell is such a constant (its decimals are not printed ones). */
export const isExact = (c: Cell): boolean => c.decimals >= EXACT_DECIMALS;

/**
 * The execution weight: printed (template b, department), else the template's: the configured
 * default where the template is known (its header), a default otherwise (weak). One of the other
 * usual weights (5, 15, 20, as some provinces use) that the printed rate and score agree with is
 * taken only as a weak reading: agreeing with the figures is no evidence.
 */
export function execWeightOf(t: Scored, fallback: string): Cell {
  if (t.execWeight && t.execWeight.value !== null) return t.execWeight;
  const at = t.execScore?.ref ?? t.anchor;
  const constant = (w: string, r: Reading): Cell => ({ ...constantCell(w, at), readings: [r] });
  const known = t.execScoring?.strength === 'strong';
  const byTemplate = constant(
    fallback,
    known
      ? reading('column', '执行率分值', 'header', t.execScoring!.detail, {
          note: {
            zh: `${t.execScoring!.note ? `${t.execScoring!.note.zh}；` : ''}该模板执行率分值 ${fallback} 分`,
            en: `${t.execScoring!.note ? `${t.execScoring!.note.en}; ` : ''}this template's execution weight is ${fallback} points`,
          },
        })
      : reading('column', '执行率分值', 'default', undefined, { note: { zh: `表上未印分值，取默认 ${fallback} 分`, en: `no weight printed on the table; the default of ${fallback} points is taken` } }),
  );
  const fund = totalFund(t);
  const rate = fund?.rate?.value;
  const score = t.execScore?.value;
  if (rate && score && !score.isZero()) {
    for (const w of [fallback, '5', '15', '20']) {
      const expected = D.min(new D(w), new D(w).times(rate).div(100));
      if (!expected.minus(score).abs().lte(new D(10).pow(-(t.execScore!.decimals || 0)).times(0.51).plus('0.005'))) continue;
      return w === fallback ? byTemplate : constant(
            w,
            reading('column', '执行率分值', 'default', undefined, {
              note: { zh: `表上未印分值，取与执行率、得分相符的 ${w} 分`, en: `no weight printed on the table; ${w} points is taken, which agrees with the execution rate and the score` },
              alternative: { zh: `${fallback} 分`, en: `${fallback} points` },
            }),
          );
    }
  }
  return byTemplate;
}

export function totalFund(t: Scored): FundRow | undefined {
  return t.funds.find((f) => f.kind === 'total') ?? t.funds[0];
}

export function related(label: string, c: Cell | null | undefined): { label: string; sheet?: string; cell?: string; value?: string }[] {
  if (!c) return [];
  return [{ label, ...(c.ref.sheet ? { sheet: c.ref.sheet } : {}), ...(c.ref.cell ? { cell: c.ref.cell } : {}), value: c.raw }];
}

/** A decimal string fit for `actual` / `expected`. */
export function plain(c: Cell | null | undefined, decimals?: number): string {
  if (!c || c.value === null) return '0';
  return c.value.toFixed(decimals ?? c.decimals);
}

/** A source row that repeats the total row figure for figure (the only source): checked once. */
export function sameFigures(a: FundRow, b: FundRow): boolean {
  const keys = ['full', 'executed', 'balance', 'rate'] as const;
  return keys.every((k) => (a[k]?.value ?? null) === null ? (b[k]?.value ?? null) === null : !!b[k]?.value && a[k]!.value!.eq(b[k]!.value!));
}

/**
 * A table with no fund block (a 评分表): a rule that checks funds cannot run on it, and says so in
 * coverage.rulesSkipped (never a silent pass). True when the table has funds to check.
 */
export function fundsOrSkip(t: Scored, ctx: { skip(reason: string): void; lang: 'zh' | 'en' }, what: { zh: string; en: string }): boolean {
  if (t.funds.length) return true;
  const form = t.form === 'score-sheet' ? { zh: '为评分表，', en: ' is a score sheet with' } : { zh: '', en: ' has' };
  ctx.skip(ctx.lang === 'zh' ? `“${t.label}”${form.zh}无资金栏，未能核对${what.zh}` : `"${t.label}"${form.en} no fund block: ${what.en} not checked`);
  return false;
}
