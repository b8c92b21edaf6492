/**
 * The subject dictionary: names a narrative uses for ledger figures, built from the document's own
 * tables (canonical row / column keys of 公开01–10, 类 and 经济分类 names), the self-evaluation
 * tables (project names) and the 基础数据表 of a department self-evaluation.
 *
 * Units are settled here, once: every figure of the dictionary is in 万元, converted exactly from
 * its table's unit (LedgerTable.unit, a self-evaluation's unit), keeping the cell's ref so the
 * evidence gate finds its table (and the table's unit reading). The narrative's own figures are in
 * 万元 too (numbers.ts), so every comparison a narrative rule makes is in one unit.
 */
import type { Cell, LedgerRow, LedgerTable, LintDocument, Unit } from '../types';
import type { ProjectEvaluation } from '../ledger/evaluation';
import type { FigureRole } from './claim-types';
import { FINAL_KINDS } from '../ledger/table-kinds';
import { foldName } from '../text';
import { toWan } from './numbers';

export interface SubjectEntry {
  /** Normalised names (see normName). */
  names: string[];
  cell: Cell;
  label: string;
  table: string;
  role: FigureRole;
  /** A count (辆, 台（套）) rather than an amount. */
  count?: boolean;
  soft?: boolean;
  /** The project a self-evaluation entry belongs to. */
  project?: ProjectEvaluation;
  /** The figures that make up this one in its table (支出合计 → 基本 + 项目), for lists. */
  parts?: Cell[];
  /** Another complete set of parts (05 小计 = 基本 + 项目 = Σ 类). */
  partsAlt?: Cell[];
  /** The finest complete set: 05 小计 = Σ 项 (a per-项 enumeration names them all). */
  partsItems?: Cell[];
  /** Key of the figure in its table, to find parts. */
  key?: string;
}

/** Normalise a subject for lookup: the project's one name folding (src/text foldName). */
export const normName = foldName;

function tableLabel(t: LedgerTable): string {
  const no = /^final-(\d\d)$/.exec(t.kind);
  const name = (FINAL_KINDS as Record<string, string>)[t.kind] ?? t.title;
  return no ? `公开${no[1]} ${name}` : name;
}

type Add = (names: string[], cell: Cell | undefined, what: string, role?: FigureRole, extra?: Partial<SubjectEntry>) => void;

function builder(out: SubjectEntry[], table: string, prefix: string, unit: Unit | null | undefined): Add {
  return (names, cell, what, role = 'actual', extra = {}) => {
    if (!cell) return;
    const figure = extra.count ? cell : toWan(cell, unit);
    out.push({ names: names.map(normName), cell: figure, label: `${prefix} · ${what}`, table, role, ...extra });
  };
}

/**
 * A 项 row by its full path as the narrative writes it per 项: "一般公共服务支出（类）社会工作事务（款）
 * 行政运行（项）" folds to 类 + 款 + 项 names; the path is unique where the 项 name alone is not.
 */
function itemPaths(t: LedgerTable, add: Add): void {
  const byCode = new Map(t.rows.filter((r) => r.code).map((r) => [r.code!, r]));
  for (const r of t.rows) {
    if (!r.code || r.code.length !== 7) continue;
    const cls = byCode.get(r.code.slice(0, 3));
    const kuan = byCode.get(r.code.slice(0, 5));
    if (!cls || !kuan) continue;
    add([`${normName(cls.name)}${normName(kuan.name)}${normName(r.name)}`], r.cells.get('total'), `${r.code} ${r.name}`, 'actual', { key: 'item' });
  }
}

const rowKey = (t: LedgerTable, key: string): LedgerRow | undefined => t.rows.find((r) => r.key === key);

const CLASS_ALIASES = (name: string): string[] => {
  const n = normName(name);
  return n.endsWith('支出') ? [n] : [n, `${n}支出`];
};

function fromFinal(t: LedgerTable, out: SubjectEntry[]): void {
  const add = builder(out, t.kind, tableLabel(t), t.unit);
  const byKey = (key: string, col: string, names: string[], role: FigureRole = 'actual', extra: Partial<SubjectEntry> = {}): void => {
    const r = rowKey(t, key);
    add(names, r?.cells.get(col), r?.name || names[0], role, { key, ...extra });
  };
  const codeRows = (col: string, level?: number, role: FigureRole = 'actual'): void => {
    for (const r of t.rows) {
      if (!r.code || (level && r.level !== level)) continue;
      add(CLASS_ALIASES(r.name), r.cells.get(col), `${r.code} ${r.name}`, role, { key: 'class' });
    }
  };
  switch (t.kind) {
    case 'final-01':
      byKey('income.gpb', 'amount', ['一般公共预算财政拨款收入']);
      byKey('income.total', 'amount', ['本年收入合计', '收入合计', '本年收入']);
      byKey('income.carryIn', 'amount', ['年初结转和结余']);
      byKey('income.grand', 'amount', ['收入总计']);
      byKey('expense.total', 'amount', ['本年支出合计', '支出合计', '本年支出']);
      byKey('expense.carryOut', 'amount', ['年末结转和结余']);
      byKey('expense.grand', 'amount', ['支出总计']);
      for (const r of t.rows) if (r.key === 'expense.class') add(CLASS_ALIASES(r.name), r.cells.get('amount'), r.name, 'actual', { key: 'class' });
      break;
    case 'final-02': {
      const total = rowKey(t, 'total');
      add(['本年收入合计', '收入合计'], total?.cells.get('total'), '合计 本年收入合计');
      add(['财政拨款收入'], total?.cells.get('fiscal'), '合计 财政拨款收入');
      add(['事业收入'], total?.cells.get('business'), '合计 事业收入');
      add(['经营收入'], total?.cells.get('operating'), '合计 经营收入');
      add(['上级补助收入'], total?.cells.get('superior'), '合计 上级补助收入');
      add(['其他收入'], total?.cells.get('other'), '合计 其他收入');
      // 收入决算表 by function: in 二、收入决算 a 类 name means its income, not its expense
      codeRows('total', 1);
      break;
    }
    case 'final-03': {
      const total = rowKey(t, 'total');
      add(['本年支出合计', '支出合计'], total?.cells.get('total'), '合计 本年支出合计', 'actual', { key: 'total' });
      add(['基本支出'], total?.cells.get('basic'), '合计 基本支出', 'actual', { key: 'basic' });
      add(['项目支出'], total?.cells.get('project'), '合计 项目支出', 'actual', { key: 'project' });
      codeRows('total', 1);
      break;
    }
    case 'final-04':
      byKey('income.gpb', 'amount', ['一般公共预算财政拨款收入']);
      byKey('income.total', 'amount', ['财政拨款收入合计', '本年收入合计', '收入合计']);
      byKey('income.grand', 'amount', ['财政拨款收入总计', '收入总计']);
      byKey('expense.total', 'total', ['财政拨款支出合计', '本年支出合计', '支出合计']);
      byKey('expense.grand', 'total', ['财政拨款支出总计', '支出总计']);
      for (const r of t.rows) if (r.key === 'expense.class') add(CLASS_ALIASES(r.name), r.cells.get('total'), r.name, 'actual', { key: 'class' });
      break;
    case 'final-05': {
      const total = rowKey(t, 'total');
      add(['一般公共预算财政拨款支出', '一般公共预算支出', '一般公共预算财政拨款决算支出'], total?.cells.get('total'), '合计 小计', 'actual', { key: 'total' });
      add(['基本支出', '财政拨款基本支出', '一般公共预算财政拨款基本支出'], total?.cells.get('basic'), '合计 基本支出', 'actual', { key: 'basic' });
      add(['项目支出', '财政拨款项目支出', '一般公共预算财政拨款项目支出'], total?.cells.get('project'), '合计 项目支出', 'actual', { key: 'project' });
      codeRows('total', 1);
      itemPaths(t, add);
      break;
    }
    case 'final-06':
      byKey('personnel.total', 'amount', ['人员经费', '人员经费合计']);
      byKey('public.total', 'amount', ['公用经费', '公用经费合计']);
      for (const r of t.rows) if (r.code) add([r.name], r.cells.get('amount'), `${r.code} ${r.name}`);
      break;
    case 'final-09': {
      const r = rowKey(t, 'sangong') ?? t.rows[0];
      const items: [string, string[]][] = [
        ['total', ['三公经费', '三公经费财政拨款支出', '三公经费支出']],
        ['abroad', ['因公出国(境)费', '因公出国(境)费用']],
        ['car', ['公务用车购置及运行维护费', '公务用车购置及运行费']],
        ['carBuy', ['公务用车购置费', '公务用车购置']],
        ['carRun', ['公务用车运行维护费', '公务用车运行费']],
        ['reception', ['公务接待费']],
      ];
      for (const [k, names] of items) {
        add(names, r?.cells.get(`final.${k}`), `决算数 ${names[0]}`, 'actual', { key: k });
        add(names, r?.cells.get(`budget.${k}`), `预算数 ${names[0]}`, 'budget', { key: k });
      }
      break;
    }
    case 'final-10': {
      byKey('procurement.total', 'amount', ['政府采购支出总额', '政府采购支出', '政府采购总额', '政府采购']);
      byKey('procurement.goods', 'amount', ['政府采购货物支出', '货物支出', '货物']);
      byKey('procurement.works', 'amount', ['政府采购工程支出', '工程支出', '工程']);
      byKey('procurement.services', 'amount', ['政府采购服务支出', '服务支出', '服务']);
      const admin = rowKey(t, 'adminCost.admin')?.cells.get('amount');
      const civil = rowKey(t, 'adminCost.civil')?.cells.get('amount');
      add(['机关运行经费', '机关运行经费支出'], admin?.value != null ? admin : civil ?? admin, '机关运行经费');
      const veh: [string, string[]][] = [
        ['vehicles.total', ['车辆', '车辆数', '车辆数合计']],
        ['vehicles.confidential', ['机要通信用车']],
        ['vehicles.head', ['主要负责人用车']],
        ['vehicles.emergency', ['应急保障用车']],
        ['vehicles.law', ['执法执勤用车']],
        ['vehicles.special', ['特种专业技术用车']],
        ['vehicles.retired', ['离退休干部服务用车']],
        ['vehicles.other', ['其他用车']],
        ['equipment.over1m', ['单价100万元(含)以上设备(不含车辆)', '单价100万元(含)以上设备', '100万元以上设备']],
      ];
      for (const [k, names] of veh) byKey(k, 'amount', names, 'actual', { count: true });
      byKey('vehicles.total', 'amount', ['公务用车保有量', '保有量'], 'actual', { count: true, soft: true });
      break;
    }
    default:
      break;
  }
}

function fromEvaluations(doc: LintDocument, out: SubjectEntry[]): void {
  for (const e of doc.evaluations) {
    const total = e.funds.find((f) => f.kind === 'total') ?? e.funds[0];
    if (!total) continue;
    const add = builder(out, 'evaluation', e.title || e.name, e.unit ?? '万元');
    add([e.name], total.executed, `${total.label} 全年执行数`, 'actual', { project: e });
    add([e.name], total.full, `${total.label} 全年预算数`, 'budget', { project: e });
    if (e.total) add([e.name], e.total, '总分', 'actual', { count: true, project: e });
  }
  doc.deptEvaluations.forEach((d) => {
    const add = builder(out, 'basics', '部门整体支出绩效评价基础数据表', '万元');
    const rows: [string, string[]][] = [
      ['public.total', ['公用经费']],
      ['project.total', ['项目支出']],
      ['sangong.total', ['三公经费']],
      ['sangong.reception', ['公务接待费', '公务接待']],
      ['sangong.abroad', ['因公出国(境)费', '出国经费']],
      ['procurement.total', ['政府采购金额', '政府采购支出总额', '政府采购']],
    ];
    const self = builder(out, 'dept-evaluation', '部门整体支出绩效自评表', '万元');
    const total = d.funds?.find((f) => f.kind === 'total') ?? d.funds?.[0];
    if (total) {
      self(['部门整体支出规模', '整体支出规模', '部门整体支出', '年度资金总额'], total.executed, `${total.label} 全年执行数`);
      self(['预算支出数', '部门年初预算', '年度资金总额'], total.initial, `${total.label} 年初预算数`, 'budget');
    }
    if (d.total) self(['部门整体支出绩效', '整体支出绩效', '综合评定', '整体支出绩效自评'], d.total, '总分', 'actual', { count: true });
    const comp: [string, string[]][] = [
      ['income.general', ['一般公共预算财政拨款收入', '一般公共预算收入']],
      ['expense.basic', ['基本支出']],
      ['expense.project', ['项目支出']],
    ];
    for (const [k, names] of comp) self(names, d.composition?.get(k), names[0]);
    for (const [k, names] of rows) {
      add(names, d.basics.get(`${k}.final`), `${names[0]} 决算数`);
      add(names, d.basics.get(`${k}.budget`), `${names[0]} 预算数`, 'budget');
      add(names, d.basics.get(`${k}.prior`), `${names[0]} 上年决算数`, 'prior');
    }
  });
}

/** What each figure is made of in its table: the parts an itemised list of it may name. */
const PARTS: Record<string, Record<string, string[]>> = {
  'final-03': { total: ['basic', 'project'] },
  'final-05': { total: ['basic', 'project'] },
  'final-09': { total: ['abroad', 'car', 'reception'], car: ['carBuy', 'carRun'] },
  'final-10': { 'procurement.total': ['procurement.goods', 'procurement.works', 'procurement.services'] },
  'final-01': { 'expense.total': ['class'] },
};

function linkParts(out: SubjectEntry[]): void {
  for (const e of out) {
    const keys = e.key ? PARTS[e.table]?.[e.key] : undefined;
    if (!keys) continue;
    const parts = out.filter((p) => p.table === e.table && p.role === e.role && p.key && keys.includes(p.key)).map((p) => p.cell);
    if (parts.length) e.parts = parts;
  }
  // 05's 类 rows make up its 小计 too
  for (const e of out) if (e.table === 'final-05' && e.key === 'total') e.parts = [...(e.parts ?? [])];
  const classes05 = out.filter((p) => p.table === 'final-05' && p.key === 'class').map((p) => p.cell);
  const total05 = out.find((p) => p.table === 'final-05' && p.key === 'total');
  if (total05 && classes05.length) total05.partsAlt = classes05;
  const items05 = out.filter((p) => p.table === 'final-05' && p.key === 'item').map((p) => p.cell);
  if (total05 && items05.length) total05.partsItems = items05;
}

export function buildDictionary(doc: LintDocument): SubjectEntry[] {
  const out: SubjectEntry[] = [];
  for (const t of doc.tables) if (!t.empty) fromFinal(t, out);
  fromEvaluations(doc, out);
  linkParts(out);
  return out;
}
