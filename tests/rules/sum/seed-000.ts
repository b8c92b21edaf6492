/**
 * Seed 000's tables 公开01–10 (中共长治市委网信办 2024 决算, 万元) as ledger tables, shared by the
 * sum/* and cross/* rule tests. Each builder takes overrides: row id (subject code or row key) →
 * column key → printed text, so a test changes exactly the figures it is about.
 */
import type { LedgerTable, LintDocument } from '../../../src/types';
import { doc, table, type RowSpec } from '../../helpers/ledger';

export type Overrides = Record<string, Record<string, string>>;

function build(kind: string, columns: string[], rows: RowSpec[], over: Overrides = {}, extra: { empty?: boolean; sheet?: string } = {}): LedgerTable {
  const seen = new Set<string>();
  // Every printed column gets a cell (blank ''), as a recognizer produces them.
  const blank = Object.fromEntries(columns.map((c) => [c, '']));
  const out = rows.map((r) => {
    const id = r.code ?? r.key ?? '';
    seen.add(id);
    return { ...r, cells: { ...blank, ...r.cells, ...(over[id] ?? {}) } };
  });
  for (const id of Object.keys(over)) if (!seen.has(id)) throw new Error(`seed-000 ${kind}: no row ${id}`);
  return table(kind, { columns, rows: out, sheet: extra.sheet ?? kind, ...(extra.empty ? { empty: true } : {}) });
}

const code = (c: string, name: string, cells: Record<string, string>): RowSpec => ({ code: c, name, cells });
const key = (k: string, name: string, cells: Record<string, string>, side?: 'income' | 'expense'): RowSpec => ({ key: k, name, cells, ...(side ? { side } : {}) });

/** Functional subjects of seed 000 with (total, basic, project) expenditure. */
const SUBJECTS: [string, string, string, string, string][] = [
  ['201', '一般公共服务支出', '448.64', '224.15', '224.50'],
  ['20137', '网信事务', '448.64', '224.15', '224.50'],
  ['2013701', '行政运行', '224.15', '224.15', ''],
  ['2013702', '一般行政管理事务', '224.50', '', '224.50'],
  ['205', '教育支出', '0.27', '0.27', ''],
  ['20502', '普通教育', '0.27', '0.27', ''],
  ['2050201', '学前教育', '0.27', '0.27', ''],
  ['208', '社会保障和就业支出', '27.44', '27.44', ''],
  ['20805', '行政事业单位养老支出', '27.44', '27.44', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '18.29', '18.29', ''],
  ['2080506', '机关事业单位职业年金缴费支出', '9.15', '9.15', ''],
  ['210', '卫生健康支出', '7.76', '7.76', ''],
  ['21011', '行政事业单位医疗', '7.76', '7.76', ''],
  ['2101101', '行政单位医疗', '7.72', '7.72', ''],
  ['2101199', '其他行政事业单位医疗支出', '0.04', '0.04', ''],
  ['221', '住房保障支出', '18.87', '18.87', ''],
  ['22102', '住房改革支出', '18.87', '18.87', ''],
  ['2210201', '住房公积金', '18.87', '18.87', ''],
];

/** Income by subject (02): like expenditure except 201 / 20137 / 2013701 / 2013702. */
const INCOME: Record<string, string> = { '201': '411.00', '20137': '411.00', '2013701': '196.40', '2013702': '214.61' };

export const COLS_02 = ['total', 'fiscal', 'superior', 'business', 'operating', 'affiliate', 'other'];
/** 02: 合计 row 8, 201 row 9, 20137 row 10, 2013701 row 11, 2013702 row 12 …; total C, fiscal D. */
export function t02(over?: Overrides): LedgerTable {
  const rows = [key('total', '合计', { total: '465.34', fiscal: '465.34' })];
  for (const [c, n, tot] of SUBJECTS) {
    const v = INCOME[c] ?? tot;
    rows.push(code(c, n, { total: v, fiscal: v }));
  }
  return build('final-02', COLS_02, rows, over);
}

export const COLS_03 = ['total', 'basic', 'project', 'remit', 'operating', 'subsidy'];
/** 03: 合计 row 8, 201 row 9, 20137 row 10 …; total C, basic D, project E. */
export function t03(over?: Overrides): LedgerTable {
  const rows = [key('total', '合计', { total: '502.98', basic: '278.49', project: '224.50' })];
  for (const [c, n, total, basic, project] of SUBJECTS) rows.push(code(c, n, { total, basic, project }));
  return build('final-03', COLS_03, rows, over);
}

/** 05: same layout and figures as 03 with columns total (小计) C, basic D, project E. */
export function t05(over?: Overrides): LedgerTable {
  const rows = [key('total', '合计', { total: '502.98', basic: '278.49', project: '224.50' })];
  for (const [c, n, total, basic, project] of SUBJECTS) rows.push(code(c, n, { total, basic, project }));
  return build('final-05', ['total', 'basic', 'project'], rows, over);
}

const CLASSES_01: [string, string, string][] = [
  ['201', '一、一般公共服务支出', '448.64'],
  ['202', '二、外交支出', ''],
  ['205', '五、教育支出', '0.27'],
  ['206', '六、科学技术支出', ''],
  ['208', '八、社会保障和就业支出', '27.44'],
  ['210', '九、卫生健康支出', '7.76'],
  ['221', '十九、住房保障支出', '18.87'],
  ['229', '二十三、其他支出', ''],
];

/**
 * 01 (column amount = C): income rows 8–18 (gpb 8 … other 15, total 16, nonFiscalSurplus 17,
 * carryIn 18), expense classes 19–26, expense.total 27, surplusDistribution 28, carryOut 29,
 * income.grand 30, expense.grand 31. Expense classes are overridden by name ('一、一般公共服务支出').
 */
export function t01(over?: Overrides): LedgerTable {
  const rows: RowSpec[] = [
    key('income.gpb', '一、一般公共预算财政拨款收入', { amount: '465.34' }, 'income'),
    key('income.fund', '二、政府性基金预算财政拨款收入', { amount: '' }, 'income'),
    key('income.soe', '三、国有资本经营预算财政拨款收入', { amount: '' }, 'income'),
    key('income.superior', '四、上级补助收入', { amount: '' }, 'income'),
    key('income.business', '五、事业收入', { amount: '' }, 'income'),
    key('income.operating', '六、经营收入', { amount: '' }, 'income'),
    key('income.affiliate', '七、附属单位上缴收入', { amount: '' }, 'income'),
    key('income.other', '八、其他收入', { amount: '' }, 'income'),
    key('income.total', '本年收入合计', { amount: '465.34' }, 'income'),
    key('income.nonFiscalSurplus', '使用非财政拨款结余（专用结余）', { amount: '' }, 'income'),
    key('income.carryIn', '年初结转和结余', { amount: '37.64' }, 'income'),
    ...CLASSES_01.map(([, n, v]) => ({ key: 'expense.class', name: n, side: 'expense' as const, cells: { amount: v } })),
    key('expense.total', '本年支出合计', { amount: '502.98' }, 'expense'),
    key('expense.surplusDistribution', '结余分配', { amount: '' }, 'expense'),
    key('expense.carryOut', '年末结转和结余', { amount: '' }, 'expense'),
    key('income.grand', '总计', { amount: '502.98' }, 'income'),
    key('expense.grand', '总计', { amount: '502.98' }, 'expense'),
  ];
  // Expense classes share the key 'expense.class': override them by class name instead.
  const o = { ...(over ?? {}) };
  for (const r of rows) {
    if (r.key === 'expense.class' && o[r.name as string]) {
      r.cells = { ...r.cells, ...o[r.name as string] };
      delete o[r.name as string];
    }
  }
  return build('final-01', ['amount'], rows, o);
}

/**
 * 04: columns amount C (income), total D, gpb E, fund F, soe G (expense). Rows: income.gpb 8,
 * fund 9, soe 10, total 11, carryIn 12, carryIn.gpb 13, carryIn.fund 14, income.grand 15; classes
 * 16–21 (201, 202, 205, 208, 210, 221), expense.total 22, carryOut 23, expense.grand 24.
 */
export function t04(over?: Overrides): LedgerTable {
  const rows: RowSpec[] = [
    key('income.gpb', '一、一般公共预算财政拨款', { amount: '465.34' }, 'income'),
    key('income.fund', '二、政府性基金预算财政拨款', { amount: '' }, 'income'),
    key('income.soe', '三、国有资本经营预算财政拨款', { amount: '' }, 'income'),
    key('income.total', '本年收入合计', { amount: '465.34' }, 'income'),
    key('income.carryIn', '年初财政拨款结转和结余', { amount: '37.64' }, 'income'),
    key('income.carryIn.gpb', '一般公共预算财政拨款', { amount: '37.64' }, 'income'),
    key('income.carryIn.fund', '政府性基金预算财政拨款', { amount: '' }, 'income'),
    key('income.grand', '总计', { amount: '502.98' }, 'income'),
    ...CLASSES_01.filter(([c]) => c !== '206' && c !== '229').map(([, n, v]) => ({ key: 'expense.class', name: n, side: 'expense' as const, cells: { total: v, gpb: v } })),
    key('expense.total', '本年支出合计', { total: '502.98', gpb: '502.98' }, 'expense'),
    key('expense.carryOut', '年末财政拨款结转和结余', {}, 'expense'),
    key('expense.grand', '总计', { total: '502.98', gpb: '502.98' }, 'expense'),
  ];
  const o = { ...(over ?? {}) };
  for (const r of rows) {
    if (r.key === 'expense.class' && o[r.name as string]) {
      r.cells = { ...r.cells, ...o[r.name as string] };
      delete o[r.name as string];
    }
  }
  return build('final-04', ['amount', 'total', 'gpb', 'fund', 'soe'], rows, o);
}

const ECON: [string, string, string][] = [
  ['301', '工资福利支出', '207.02'],
  ['30101', '基本工资', '59.81'],
  ['30102', '津贴补贴', '36.74'],
  ['30103', '奖金', '44.45'],
  ['30107', '绩效工资', ''],
  ['30108', '机关事业单位基本养老保险缴费', '18.29'],
  ['30109', '职业年金缴费', '9.15'],
  ['30110', '职工基本医疗保险缴费', '7.72'],
  ['30112', '其他社会保障缴费', '2.09'],
  ['30113', '住房公积金', '18.87'],
  ['30114', '医疗费', '1.20'],
  ['30199', '其他工资福利支出', '8.70'],
  ['303', '对个人和家庭的补助', '0.27'],
  ['30302', '退休费', ''],
  ['30399', '其他对个人和家庭的补助', '0.27'],
  ['302', '商品和服务支出', '43.45'],
  ['30201', '办公费', '3.68'],
  ['30208', '取暖费', '2.77'],
  ['30211', '差旅费', '4.17'],
  ['30212', '因公出国（境）费用', ''],
  ['30217', '公务接待费', ''],
  ['30227', '委托业务费', '16.92'],
  ['30228', '工会经费', '2.38'],
  ['30229', '福利费', '3.00'],
  ['30231', '公务用车运行维护费', ''],
  ['30239', '其他交通费用', '10.53'],
  ['307', '债务利息及费用支出', ''],
  ['30701', '国内债务付息', ''],
  ['309', '资本性支出（基本建设）', '———'],
  ['30902', '办公设备购置', '———'],
  ['30913', '公务用车购置', '———'],
  ['310', '资本性支出', '27.75'],
  ['31002', '办公设备购置', '27.75'],
  ['31013', '公务用车购置', ''],
  ['399', '其他支出', ''],
  ['39999', '其他支出', ''],
];

/** 06: column amount C; code rows from row 8 in ECON order (301 row 8 … 39999 row 43), then 人员经费合计 row 44, 公用经费合计 row 45. */
export function t06(over?: Overrides): LedgerTable {
  const rows: RowSpec[] = ECON.map(([c, n, v]) => code(c, n, { amount: v }));
  rows.push(key('personnel.total', '人员经费合计', { amount: '207.29' }), key('public.total', '公用经费合计', { amount: '71.20' }));
  return build('final-06', ['amount'], rows, over);
}

/** 07 and 08 print only an empty 合计 row (本表无数据). */
export function t07(over?: Overrides): LedgerTable {
  return build('final-07', ['carryIn', 'income', 'total', 'basic', 'project', 'carryOut'], [key('total', '合计', {})], over, { empty: !over });
}
export function t08(over?: Overrides): LedgerTable {
  return build('final-08', ['total', 'basic', 'project'], [key('total', '合计', {})], over, { empty: !over });
}

export const COLS_09 = ['budget.total', 'budget.abroad', 'budget.car', 'budget.carBuy', 'budget.carRun', 'budget.reception', 'final.total', 'final.abroad', 'final.car', 'final.carBuy', 'final.carRun', 'final.reception'];
/** 09: one row (row 8), columns C (budget.total) … H (budget.reception), I (final.total) … N (final.reception). */
export function t09(over?: Overrides): LedgerTable {
  return build('final-09', COLS_09, [key('sangong', '三公经费', { 'budget.total': '0.05', 'budget.reception': '0.05', 'final.total': '0.05', 'final.reception': '0.05' })], over);
}

/** 10: column amount C; rows 8.. in this order. */
export function t10(over?: Overrides): LedgerTable {
  const rows: RowSpec[] = [
    key('procurement.total', '合计', { amount: '93.24' }),
    key('procurement.goods', '货物', { amount: '6.25' }),
    key('procurement.works', '工程', { amount: '' }),
    key('procurement.services', '服务', { amount: '86.99' }),
    key('adminCost.admin', '（一）行政单位', { amount: '71.20' }),
    key('adminCost.civil', '（二）参照公务员法管理事业单位', { amount: '' }),
    key('vehicles.total', '（一）车辆数合计（辆）', { amount: '1' }),
    key('vehicles.minister', '1. 副部（省）级及以上领导用车', { amount: '' }),
    key('vehicles.head', '2. 主要负责人用车', { amount: '' }),
    key('vehicles.confidential', '3. 机要通信用车', { amount: '1' }),
    key('vehicles.emergency', '4. 应急保障用车', { amount: '' }),
    key('vehicles.law', '5. 执法执勤用车', { amount: '' }),
    key('vehicles.special', '6. 特种专业技术用车', { amount: '' }),
    key('vehicles.retired', '7. 离退休干部服务用车', { amount: '' }),
    key('vehicles.other', '8. 其他用车', { amount: '' }),
    key('equipment.over1m', '（二）单价100万元（含）以上设备（不含车辆）', { amount: '' }),
  ];
  return build('final-10', ['amount'], rows, over);
}

/** The whole of seed 000 (tables 01–10). */
export function seedDoc(): LintDocument {
  return doc({ tables: [t01(), t02(), t03(), t04(), t05(), t06(), t07(), t08(), t09(), t10()] });
}

export { doc };
