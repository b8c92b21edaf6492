/**
 * Seed 001's budget tables (中共馆陶县委网信办本级 2024 单位预算, 万元) as ledger tables, shared by the
 * budget rule tests. Builders take overrides: row id (code or key) → column → printed text.
 */
import type { LedgerTable, Paragraph } from '../../src/types';
import { table, type RowSpec } from '../helpers/ledger';

export type Overrides = Record<string, Record<string, string>>;

function build(kind: string, columns: string[], rows: RowSpec[], over: Overrides = {}, extra: { empty?: boolean; title?: string } = {}): LedgerTable {
  const blank = Object.fromEntries(columns.map((c) => [c, '']));
  const seen = new Set<string>();
  const out = rows.map((r) => {
    const id = r.code ?? r.key ?? '';
    seen.add(id);
    return { ...r, cells: { ...blank, ...r.cells, ...(over[id] ?? {}) } };
  });
  for (const id of Object.keys(over)) if (!seen.has(id)) throw new Error(`seed-001 ${kind}: no row ${id}`);
  return table(kind, { columns, rows: out, ...(extra.title ? { title: extra.title } : {}), ...(extra.empty ? { empty: true } : {}) });
}

const code = (c: string, name: string, cells: Record<string, string>): RowSpec => ({ code: c, name, cells });
const key = (k: string, name: string, cells: Record<string, string>, side?: 'income' | 'expense'): RowSpec => ({ key: k, name, cells, ...(side ? { side } : {}) });

/** [code, name, total, basic, project] of the functional subjects. */
const SUBJECTS: [string, string, string, string, string][] = [
  ['201', '一般公共服务支出', '101.43', '57.99', '43.44'],
  ['20137', '网信事务', '101.43', '57.99', '43.44'],
  ['2013701', '行政运行', '101.43', '57.99', '43.44'],
  ['208', '社会保障和就业支出', '6.45', '6.45', ''],
  ['20805', '行政事业单位养老支出', '6.45', '6.45', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '6.45', '6.45', ''],
  ['210', '卫生健康支出', '3.25', '3.25', ''],
  ['21011', '行政事业单位医疗', '3.25', '3.25', ''],
  ['2101101', '行政单位医疗', '3.25', '3.25', ''],
  ['221', '住房保障支出', '5.63', '5.63', ''],
  ['22102', '住房改革支出', '5.63', '5.63', ''],
  ['2210201', '住房公积金', '5.63', '5.63', ''],
];
const CLASSES = SUBJECTS.filter((s) => s[0].length === 3);

// sheet 'budget-summary': income.gpb C8 …; rows follow the order below from row 8.
// rows: income.gpb 8, income.fund 9, classes 201…221 10–13, 教育支出 14, income.total 15, expense.total 16,
// carryIn 17, carryOut 18, income.grand 19, expense.grand 20. `classes` overrides class amounts by name.
export const summary = (over: Overrides = {}, classes: Record<string, string> = {}): LedgerTable =>
  build('budget-summary', ['amount'], [
    key('income.gpb', '一般公共预算拨款收入', { amount: '116.76' }, 'income'),
    key('income.fund', '政府性基金预算拨款收入', {}, 'income'),
    ...CLASSES.map(([, name, total]) => key('expense.class', name, { amount: classes[name] ?? total }, 'expense')),
    key('expense.class', '教育支出', {}, 'expense'),
    key('income.total', '本年收入合计', { amount: '116.76' }, 'income'),
    key('expense.total', '本年支出合计', { amount: '116.76' }, 'expense'),
    key('income.carryIn', '上年结转结余', {}, 'income'),
    key('expense.carryOut', '年终结转结余', {}, 'expense'),
    key('income.grand', '收入总计', { amount: '116.76' }, 'income'),
    key('expense.grand', '支出总计', { amount: '116.76' }, 'expense'),
  ], over);

// rows: income.gpb 8, classes 9–12, income.total 13, expense.total 14, income.grand 15, expense.grand 16;
// columns amount C, total D, gpb E, fund F, soe G.
export const fiscalSummary = (over: Overrides = {}, classes: Record<string, string> = {}): LedgerTable =>
  build('budget-fiscal-summary', ['amount', 'total', 'gpb', 'fund', 'soe'], [
    key('income.gpb', '一般公共预算拨款', { amount: '116.76' }, 'income'),
    ...CLASSES.map(([, name, total]) => key('expense.class', name, { total: classes[name] ?? total, gpb: classes[name] ?? total }, 'expense')),
    key('income.total', '本年收入合计', { amount: '116.76' }, 'income'),
    key('expense.total', '本年支出合计', { total: '116.76', gpb: '116.76' }, 'expense'),
    key('income.grand', '收入总计', { amount: '116.76' }, 'income'),
    key('expense.grand', '支出总计', { total: '116.76', gpb: '116.76' }, 'expense'),
  ], over);

export const income = (over: Overrides = {}): LedgerTable =>
  build('budget-income', ['total', 'subtotal', 'fiscal', 'carryIn'], [
    key('total', '合计', { total: '116.76', subtotal: '116.76', fiscal: '116.76' }),
    ...SUBJECTS.map(([c, name, total]) => code(c, name, { total, subtotal: total, fiscal: total })),
  ], over);

const subjectRows = (): RowSpec[] => [
  key('total', '合计', { total: '116.76', basic: '73.32', project: '43.44' }),
  ...SUBJECTS.map(([c, name, total, basic, project]) => code(c, name, { total, basic, project })),
];

export const expense = (over: Overrides = {}): LedgerTable => build('budget-expense', ['total', 'basic', 'project', 'operating'], subjectRows(), over);
export const gpbExpense = (over: Overrides = {}): LedgerTable => build('budget-gpb-expense', ['total', 'basic', 'project'], subjectRows(), over);
export const fund = (): LedgerTable => build('budget-fund', ['total', 'basic', 'project'], [], {}, { empty: true });

const ECONOMIC: [string, string, string, string][] = [
  ['301', '工资福利支出', '64.37', ''],
  ['30101', '基本工资', '27.40', ''],
  ['30102', '津贴补贴', '9.13', ''],
  ['30103', '奖金', '5.70', ''],
  ['30107', '绩效工资', '6.61', ''],
  ['30108', '机关事业单位基本养老保险缴费', '6.45', ''],
  ['30110', '职工基本医疗保险缴费', '3.25', ''],
  ['30112', '其他社会保障缴费', '0.20', ''],
  ['30113', '住房公积金', '5.63', ''],
  ['302', '商品和服务支出', '', '8.95'],
  ['30201', '办公费', '', '2.35'],
  ['30202', '印刷费', '', '0.20'],
  ['30207', '邮电费', '', '2.70'],
  ['30211', '差旅费', '', '0.20'],
  ['30239', '其他交通费用', '', '3.50'],
];

// rows from 8: total C8/D8/E8, 301 row 9, 30101 row 10 … 302 row 18, 30201 row 19 …
export const gpbBasic = (over: Overrides = {}): LedgerTable =>
  build('budget-gpb-basic', ['total', 'personnel', 'public'], [
    key('total', '合计', { total: '73.32', personnel: '64.37', public: '8.95' }),
    ...ECONOMIC.map(([c, name, p, q]) => code(c, name, { total: p || q, personnel: p, public: q })),
  ], over);

// rows from 8: total, abroad, car, carBuy, carRun, reception; columns total C, gpb D, fund E, soe F.
export const sangong = (over: Overrides = {}, empty = false): LedgerTable =>
  build('budget-sangong', ['total', 'gpb', 'fund', 'soe'], empty ? [] : [
    key('total', '合计', {}),
    key('abroad', '因公出国（境）费', {}),
    key('car', '公务用车购置及运行费', {}),
    key('carBuy', '公务用车购置费', {}),
    key('carRun', '公务用车运行费', {}),
    key('reception', '公务接待费', {}),
  ], over, { empty });

// rows from 8: total (C8 quantity, D8 value), buildings 9, office 10, vehicles 11, equipment 12, other 13.
export const assets = (over: Overrides = {}): LedgerTable =>
  build('budget-assets', ['quantity', 'value'], [
    key('total', '资产总额', {}),
    key('buildings', '房屋（平方米）', {}),
    key('office', '其中：办公用房（平方米）', {}),
    key('vehicles', '车辆（台、辆）', {}),
    key('equipment', '单价在20万元以上的设备', {}),
    key('other', '其他固定资产', { quantity: '3', value: '1.385' }),
  ], over, { title: '单位固定资产占用情况表' });

export interface TargetSpec {
  budget?: string;
  fiscal?: string;
  other?: string;
  plan?: [string, string, string, string];
  indicators?: { l1: string; l2: string; name: string; value: string }[];
}

export const PROJECTS: [string, string][] = [
  ['互联网企业监管和网络执法经费', '8.00'],
  ['互联网信息管理经费', '20.00'],
  ['网络安全保障经费', '4.80'],
  ['网络安全主题宣传经费', '4.80'],
  ['网信系统视频会议室网络租赁经费', '0.84'],
  ['微信矩阵运营及维护经费', '5.00'],
];

// sheet = title; funds row 8 (budget C8, fiscal D8, other E8), plan row 9 (q1 F9 … q4 I9), indicators from row 10 (value N).
export function target(title: string, spec: TargetSpec = {}): LedgerTable {
  const b = spec.budget ?? '8.00';
  const plan = spec.plan ?? ['25%', '50%', '75%', '100%'];
  const inds = spec.indicators ?? [
    { l1: '产出指标', l2: '数量指标', name: '处置突发事件数量', value: '≤5件' },
    { l1: '产出指标', l2: '成本指标', name: '监管企业成本', value: `≤${Number(b)}万元` },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '网民满意度', value: '≥95%' },
  ];
  const t = table('budget-perf-target', {
    sheet: title,
    title,
    columns: ['budget', 'fiscal', 'other', 'q1', 'q2', 'q3', 'q4', 'l1', 'l2', 'desc', 'value', 'basis'],
    rows: [
      { key: 'funds', name: title, cells: { budget: b, fiscal: spec.fiscal ?? b, other: spec.other ?? '' } },
      { key: 'plan', name: '3月底 / 6月底 / 10月底 / 12月底', cells: { q1: plan[0], q2: plan[1], q3: plan[2], q4: plan[3] } },
      ...inds.map((i) => ({ key: 'indicator', name: i.name, cells: { l1: i.l1, l2: i.l2, desc: i.name, value: i.value, basis: '工作计划' } })),
    ],
  });
  for (const r of t.rows) for (const [k, c] of r.cells) if (['l1', 'l2', 'desc', 'basis'].includes(k) || (k === 'value' && !/^\d/.test(c.raw))) r.cells.set(k, { ...c, value: null });
  for (const q of ['q1', 'q2', 'q3', 'q4']) {
    const c = t.rows[1].cells.get(q);
    if (c) t.rows[1].cells.set(q, { ...c, percent: true });
  }
  return t;
}

export const targets = (): LedgerTable[] => PROJECTS.map(([name, b]) => target(name, { budget: b }));

/** Narrative paragraphs, one per line, in 001.md from line 1. */
export function paragraphs(lines: string[], file = '001.md'): Paragraph[] {
  return lines.map((text, i) => ({ text, ref: { file, line: i + 1, column: 1 } }));
}

export const INCOME_LINE = '反映本单位当年全部收入。2024年预算收入116.76万元，其中：一般公共预算收入116.76万元，基金预算收入0.00万元，国有资本经营预算收入0.00万元，财政专户核拨收入0.00万元，单位资金收入0.00万元，上年结转结余0.00万元。';
export const EXPENSE_LINE = '2024年支出预算116.76万元，其中基本支出73.32万元，包括人员经费64.37万元和日常公用经费8.95万元；项目支出43.44万元，主要为互联网信息管理经费20万元、网络安全保障经费4.8万元、网络安全主题宣传经费4.8万元、微信矩阵运营及维护经费5万元、互联网企业监管和网络执法经费8万元、网信系统视频会议室网络租赁经费0.84万元。';
export const CHANGE_LINE = '2024年预算收支安排116.76万元，较2023年预算减少249.73万元，其中：基本支出减少240.33万元，主要为主要为减少人员经费支出。项目支出减少9.40万元，主要为互联网信息管理经费减少5万元、网络安全保障经费减少1.2万元、网络安全主题宣传经费减少1.2万元、互联网企业监管和网络执法经费减少2万元。';
export const ADMIN_LINE = '2024年，我单位机关运行经费共计安排8.95万元，主要用于日常维修、办公用房水电费、办公用房取暖费、办公用房物业管理费等日常运行支出。';
export const SANGONG_LINE = '2024年，我部门财政拨款“三公”经费预算安排0.00万元，其中因公出国（境）费0.00万元；公务用车购置及运维费0.00万元（其中：公务用车购置费为0.00万元，公务用车运维费0.00万元)；公务接待费0.00万元。与上年相比没有增减变化。';
