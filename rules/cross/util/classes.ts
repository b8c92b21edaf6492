/**
 * @fileoverview Matching the function lines of the summary tables (公开01 / 04: "一、一般公共服务支出",
 * no code) to the 类 rows of the subject tables (公开03 / 05: code 201). Names of the 类 of the
 * government functional classification, current and older ones, by code.
 * (Candidate for src/ledger/ as a shared vocabulary; see the sum/cross report.)
 */
import type { LedgerRow, LedgerTable } from '../../../src/types';
import type { RuleContext } from '../../../src/engine/rule';
import { isBlank } from '../../../src/ledger/check';
import { rowLabel } from '../../../src/ledger/lookup';
import { cellPart, normName, refOf, reportSum, tableName } from '../../sum/util/check';

const CLASS_NAMES: Record<string, string[]> = {
  '201': ['一般公共服务支出'],
  '202': ['外交支出'],
  '203': ['国防支出'],
  '204': ['公共安全支出'],
  '205': ['教育支出'],
  '206': ['科学技术支出'],
  '207': ['文化旅游体育与传媒支出', '文化体育与传媒支出'],
  '208': ['社会保障和就业支出'],
  '209': ['社会保险基金支出'],
  '210': ['卫生健康支出', '医疗卫生与计划生育支出', '医疗卫生支出'],
  '211': ['节能环保支出'],
  '212': ['城乡社区支出'],
  '213': ['农林水支出'],
  '214': ['交通运输支出'],
  '215': ['资源勘探工业信息等支出', '资源勘探信息等支出', '资源勘探电力信息等支出'],
  '216': ['商业服务业等支出'],
  '217': ['金融支出'],
  '219': ['援助其他地区支出'],
  '220': ['自然资源海洋气象等支出', '国土海洋气象等支出'],
  '221': ['住房保障支出'],
  '222': ['粮油物资储备支出', '粮油物资储备管理支出'],
  '223': ['国有资本经营预算支出'],
  '224': ['灾害防治及应急管理支出'],
  '227': ['预备费'],
  '229': ['其他支出'],
  '230': ['转移性支出'],
  '231': ['债务还本支出'],
  '232': ['债务付息支出'],
  '233': ['债务发行费用支出'],
  '234': ['抗疫特别国债安排的支出'],
};

const BY_NAME = new Map<string, string>(Object.entries(CLASS_NAMES).flatMap(([code, names]) => names.map((n): [string, string] => [n, code])));

/** The 类 code of a function line: its own code, else its name in the classification. */
export function classCodeOf(row: LedgerRow): string | undefined {
  if (row.code && /^\d{3}$/.test(row.code)) return row.code;
  return BY_NAME.get(normName(row.name));
}

/** Function lines (key 'expense.class') of a summary table by 类 code, and the names not placed. */
export function summaryClasses(t: LedgerTable): { byCode: Map<string, LedgerRow>; unknown: LedgerRow[] } {
  const byCode = new Map<string, LedgerRow>();
  const unknown: LedgerRow[] = [];
  for (const r of t.rows.filter((x) => x.key === 'expense.class')) {
    const code = classCodeOf(r);
    if (code && !byCode.has(code)) byCode.set(code, r);
    else unknown.push(r);
  }
  return { byCode, unknown };
}

/** 类 rows (3-digit code) of a subject table by code. */
export function subjectClasses(t: LedgerTable): Map<string, LedgerRow> {
  return new Map(t.rows.filter((r) => r.code && /^\d{3}$/.test(r.code)).map((r) => [r.code as string, r]));
}

export interface ClassPairing<M extends string> {
  summary: LedgerTable;
  summaryCol: string;
  detail: LedgerTable;
  detailCol: string;
  messageId: M;
  /** Extra placeholders; row / column / actual / expected are filled here. */
  data: Record<string, string>;
}

/**
 * Each function line of a summary table equals the 类 row of the same code in a subject table
 * (blank = 0). A line with a figure but no 类 row in the subject table is reported against 0; a
 * 类 row with no line in the summary, or a line whose name is not a known 类, is a skipped check.
 */
export function compareClasses<M extends string>(ctx: RuleContext<M>, p: ClassPairing<M>): void {
  const { byCode, unknown } = summaryClasses(p.summary);
  const detail = subjectClasses(p.detail);
  for (const r of unknown) {
    if (!isBlank(r.cells.get(p.summaryCol))) ctx.skip(`${tableName(p.summary)}「${r.name}」不是可识别的功能分类类级科目，未与${tableName(p.detail)}核对`);
  }
  for (const [code, row] of byCode) {
    const stated = row.cells.get(p.summaryCol);
    const other = detail.get(code);
    if (!other && isBlank(stated)) continue;
    reportSum(ctx, {
      messageId: p.messageId,
      data: { ...p.data, row: row.name, other: other ? rowLabel(other) : `${code}（无此类）` },
      total: stated,
      at: refOf(row, p.summaryCol),
      parts: other ? [cellPart(p.detail, other, p.detailCol, `${tableName(p.detail)} ${rowLabel(other)}`)] : [],
    });
  }
  for (const [code, other] of detail) {
    if (!byCode.has(code) && !isBlank(other.cells.get(p.detailCol))) {
      ctx.skip(`${tableName(p.summary)} 没有与 ${rowLabel(other)} 对应的行，未核对该类`);
    }
  }
}
