/**
 * Seed 000's ledger (公开01–10 and the 11 self-evaluation tables, figures only) built with the test
 * builders, keyed as src/ledger/table-kinds.ts says the recognizer keys them. Lets narrative tests
 * bind 000.md without an xlsx.
 */
import type { LintDocument } from '../../src/types';
import { doc, evaluation, table } from '../helpers/ledger';

const CLASSES: [string, string, string, string][] = [
  // code, name, total, basic / project in 05
  ['201', '一般公共服务支出', '448.64', '224.15'],
  ['205', '教育支出', '0.27', '0.27'],
  ['208', '社会保障和就业支出', '27.44', '27.44'],
  ['210', '卫生健康支出', '7.76', '7.76'],
  ['221', '住房保障支出', '18.87', '18.87'],
];

export function seed000Tables(over: Record<string, string> = {}) {
  const v = (k: string, d: string): string => over[k] ?? d;
  const f01 = table('final-01', {
    sheet: '公开01',
    columns: ['amount'],
    rows: [
      { key: 'income.gpb', side: 'income', name: '一、一般公共预算财政拨款收入', cells: { amount: v('01.income.gpb', '465.34') } },
      { key: 'income.total', side: 'income', name: '本年收入合计', cells: { amount: v('01.income.total', '465.34') } },
      { key: 'income.carryIn', side: 'income', name: '年初结转和结余', cells: { amount: v('01.income.carryIn', '37.64') } },
      { key: 'income.grand', side: 'income', name: '总计', cells: { amount: v('01.income.grand', '502.98') } },
      ...CLASSES.map(([, name, total]) => ({ key: 'expense.class', side: 'expense' as const, name, cells: { amount: total } })),
      { key: 'expense.total', side: 'expense', name: '本年支出合计', cells: { amount: v('01.expense.total', '502.98') } },
      { key: 'expense.carryOut', side: 'expense', name: '年末结转和结余', cells: { amount: '' } },
      { key: 'expense.grand', side: 'expense', name: '总计', cells: { amount: v('01.expense.grand', '502.98') } },
    ],
  });
  const f02 = table('final-02', {
    sheet: '公开02',
    columns: ['total', 'fiscal'],
    rows: [
      { key: 'total', name: '合计', cells: { total: '465.34', fiscal: '465.34' } },
      { code: '201', name: '一般公共服务支出', cells: { total: '411.00', fiscal: '411.00' } },
    ],
  });
  const f03 = table('final-03', {
    sheet: '公开03',
    columns: ['total', 'basic', 'project'],
    rows: [
      { key: 'total', name: '合计', cells: { total: '502.98', basic: v('03.basic', '278.49'), project: '224.50' } },
      ...CLASSES.map(([code, name, total, basic]) => ({ code, name, cells: { total, basic, project: code === '201' ? '224.50' : '' } })),
    ],
  });
  const f04 = table('final-04', {
    sheet: '公开04',
    columns: ['amount', 'total', 'gpb'],
    rows: [
      { key: 'income.gpb', side: 'income', name: '一、一般公共预算财政拨款', cells: { amount: '465.34' } },
      { key: 'income.total', side: 'income', name: '本年收入合计', cells: { amount: '465.34' } },
      { key: 'income.grand', side: 'income', name: '总计', cells: { amount: '502.98' } },
      { key: 'expense.total', side: 'expense', name: '本年支出合计', cells: { total: '502.98', gpb: '502.98' } },
      { key: 'expense.grand', side: 'expense', name: '总计', cells: { total: v('04.expense.grand', '502.98'), gpb: '502.98' } },
    ],
  });
  const f05 = table('final-05', {
    sheet: '公开05',
    columns: ['total', 'basic', 'project'],
    rows: [
      { key: 'total', name: '合计', cells: { total: v('05.total', '502.98'), basic: '278.49', project: '224.50' } },
      ...CLASSES.map(([code, name, total, basic]) => ({ code, name, cells: { total: over[`05.${code}`] ?? total, basic, project: code === '201' ? '224.50' : '' } })),
      { code: '2210201', name: '住房公积金', cells: { total: '18.87', basic: '18.87' } },
    ],
  });
  const econ: [string, string, string][] = [
    ['301', '工资福利支出', '207.02'], ['30101', '基本工资', '59.81'], ['30102', '津贴补贴', '36.74'], ['30103', '奖金', '44.45'],
    ['30108', '机关事业单位基本养老保险缴费', '18.29'], ['30109', '职业年金缴费', '9.15'], ['30110', '职工基本医疗保险缴费', '7.72'],
    ['30112', '其他社会保障缴费', '2.09'], ['30113', '住房公积金', '18.87'], ['30114', '医疗费', '1.20'], ['30199', '其他工资福利支出', '8.70'],
    ['303', '对个人和家庭的补助', '0.27'], ['30399', '其他对个人和家庭的补助', '0.27'],
    ['302', '商品和服务支出', '43.45'], ['30201', '办公费', '3.68'], ['30208', '取暖费', '2.77'], ['30211', '差旅费', '4.17'],
    ['30227', '委托业务费', '16.92'], ['30228', '工会经费', '2.38'], ['30229', '福利费', '3.00'], ['30239', '其他交通费用', '10.53'],
    ['30902', '办公设备购置', '———'], ['310', '资本性支出', '27.75'], ['31002', '办公设备购置', '27.75'],
  ];
  const f06 = table('final-06', {
    sheet: '公开06',
    columns: ['amount'],
    rows: [
      ...econ.map(([code, name, amount]) => ({ code, name, cells: { amount: over[`06.${code}`] ?? amount } })),
      { key: 'personnel.total', name: '人员经费合计', cells: { amount: '207.29' } },
      { key: 'public.total', name: '公用经费合计', cells: { amount: v('06.public', '71.20') } },
    ],
  });
  const f09 = table('final-09', {
    sheet: '公开09',
    columns: ['budget.total', 'budget.abroad', 'budget.car', 'budget.carBuy', 'budget.carRun', 'budget.reception', 'final.total', 'final.abroad', 'final.car', 'final.carBuy', 'final.carRun', 'final.reception'],
    rows: [{ key: 'sangong', name: '三公', cells: { 'budget.total': '0.05', 'budget.reception': v('09.budget.reception', '0.05'), 'final.total': '0.05', 'final.reception': v('09.final.reception', '0.05'), 'final.abroad': '', 'final.carBuy': '', 'final.carRun': '' } }],
  });
  const f10 = table('final-10', {
    sheet: '公开10',
    columns: ['amount'],
    rows: [
      { key: 'procurement.total', name: '合计', cells: { amount: '93.24' } },
      { key: 'procurement.goods', name: '货物', cells: { amount: '6.25' } },
      { key: 'procurement.works', name: '工程', cells: { amount: '' } },
      { key: 'procurement.services', name: '服务', cells: { amount: '86.99' } },
      { key: 'adminCost.admin', name: '（一）行政单位', cells: { amount: v('10.adminCost', '71.20') } },
      { key: 'adminCost.civil', name: '（二）参照公务员法管理事业单位', cells: { amount: '' } },
      { key: 'vehicles.total', name: '（一）车辆数合计（辆）', cells: { amount: '1' } },
      { key: 'vehicles.confidential', name: '3. 机要通信用车', cells: { amount: '1' } },
      { key: 'vehicles.other', name: '8. 其他用车', cells: { amount: '' } },
      { key: 'equipment.over1m', name: '（二）单价100万元（含）以上设备（不含车辆）', cells: { amount: '' } },
    ],
  });
  return [f01, f02, f03, f04, f05, f06, f09, f10];
}

/** The 11 attached self-evaluation tables: name, 全年预算, 执行, 总分, 等次. */
export const SEED000_PROJECTS: [string, string, string, string, string][] = [
  ['网络安全宣传周资料印制', '10', '9.99', '99.99', '优'],
  ['网信长治', '20', '20', '100', '优'],
  ['新增办公设备费用', '5', '4.915', '97.83', '优'],
  ['应急指挥和举报中心应急值守人员项目', '39.9', '39.9', '99.98', '优'],
  ['专项业务费', '20', '19.99', '99.77', '优'],
  ['全市网络安全态势感知系统年度服务费', '40', '0', '81', '良'],
  ['应急指挥举报配套项目', '30', '0', '80', '良'],
  ['应急指挥举报配套项目', '59', '0', '80', '良'],
  ['办公场所保洁经费', '5', '3.43', '75', '中'],
  ['培训费', '5.37', '3.973', '70', '中'],
  ['指令传输系统和加密文电传输运行费用', '10.1', '8.57', '65', '中'],
];

export function seed000Evaluations() {
  return SEED000_PROJECTS.map(([name, full, executed, total, grade], i) =>
    evaluation({ name, sheet: `附件${i + 1}`, funds: [{ full, executed }], total, grade }),
  );
}

export function seed000Doc(parts: Partial<LintDocument> = {}, over: Record<string, string> = {}): LintDocument {
  return doc({ tables: seed000Tables(over), evaluations: seed000Evaluations(), ...parts });
}
