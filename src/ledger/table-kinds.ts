/**
 * Canonical vocabulary of the 决算 tables 公开01–10: the table kinds, the row keys and column keys a
 * recognizer assigns and rules read. Rows with a subject code carry `code` (and `level` for
 * functional codes) rather than a key.
 */

export const FINAL_KINDS = {
  'final-01': '收入支出决算总表',
  'final-02': '收入决算表',
  'final-03': '支出决算表',
  'final-04': '财政拨款收入支出决算总表',
  'final-05': '一般公共预算财政拨款支出决算表',
  'final-06': '一般公共预算财政拨款基本支出决算明细表',
  'final-07': '政府性基金预算财政拨款收入支出决算表',
  'final-08': '国有资本经营预算财政拨款支出决算表',
  'final-09': '财政拨款“三公”经费支出决算表',
  'final-10': '部门决算公开相关信息统计表',
} as const;

export type FinalKind = keyof typeof FINAL_KINDS;

/**
 * Titles other templates print for the same tables. 上海's set calls 06 一般公共预算财政拨款基本支出决算表
 * (no 明细) and prints 08 as 国有资本经营预算财政拨款收入支出决算表, laid out like 07 (年初结转和结余 |
 * 本年收入 | 本年支出 | 年末结转和结余).
 */
export const FINAL_TITLE_VARIANTS: Partial<Record<FinalKind, string[]>> = {
  'final-06': ['一般公共预算财政拨款基本支出决算表'],
  'final-08': ['国有资本经营预算财政拨款收入支出决算表'],
};

/**
 * final-01 收入支出决算总表: rows carry `side`; every row's figure is in column 'amount'.
 * Expense-side function rows (一、一般公共服务支出 …) have key 'expense.class' and the class name.
 */
export const FINAL_01_ROWS = {
  'income.gpb': '一般公共预算财政拨款收入',
  'income.fund': '政府性基金预算财政拨款收入',
  'income.soe': '国有资本经营预算财政拨款收入',
  'income.superior': '上级补助收入',
  'income.business': '事业收入',
  'income.operating': '经营收入',
  'income.affiliate': '附属单位上缴收入',
  'income.other': '其他收入',
  'income.total': '本年收入合计',
  'income.nonFiscalSurplus': '使用非财政拨款结余（专用结余）',
  'income.carryIn': '年初结转和结余',
  'income.grand': '总计',
  'expense.class': '（各功能分类 类 支出）',
  'expense.total': '本年支出合计',
  'expense.surplusDistribution': '结余分配',
  'expense.carryOut': '年末结转和结余',
  'expense.grand': '总计',
} as const;

/** final-02 收入决算表 columns. Rows: key 'total' (合计) and code rows. */
export const FINAL_02_COLUMNS = {
  total: '本年收入合计',
  fiscal: '财政拨款收入',
  superior: '上级补助收入',
  business: '事业收入',
  operating: '经营收入',
  affiliate: '附属单位上缴收入',
  other: '其他收入',
} as const;

/** final-03 支出决算表 columns. Rows: key 'total' and code rows. */
export const FINAL_03_COLUMNS = {
  total: '本年支出合计',
  basic: '基本支出',
  project: '项目支出',
  remit: '上缴上级支出',
  operating: '经营支出',
  subsidy: '对附属单位补助支出',
} as const;

/**
 * final-04 财政拨款收入支出决算总表. Income rows (column 'amount'): income.gpb, income.fund,
 * income.soe, income.total, income.carryIn, income.carryIn.gpb, income.carryIn.fund,
 * income.carryIn.soe, income.grand. Expense rows (columns below): 'expense.class' rows,
 * expense.total, expense.carryOut, expense.carryOut.gpb/.fund/.soe, expense.grand.
 */
export const FINAL_04_EXPENSE_COLUMNS = {
  total: '合计',
  gpb: '一般公共预算财政拨款',
  fund: '政府性基金预算财政拨款',
  soe: '国有资本经营预算财政拨款',
} as const;

/** final-05 一般公共预算财政拨款支出决算表 (and final-08): rows 'total' + code rows. */
export const FINAL_05_COLUMNS = { total: '小计', basic: '基本支出', project: '项目支出' } as const;

/**
 * final-06 基本支出决算明细表: code rows (3-digit level 1, 5-digit level 2) with column 'amount';
 * rows 'personnel.total' (人员经费合计) and 'public.total' (公用经费合计). 人员经费 = 301 + 303,
 * 公用经费 = every other economic class.
 */
export const FINAL_06_ROWS = { 'personnel.total': '人员经费合计', 'public.total': '公用经费合计' } as const;

/** final-07 政府性基金预算财政拨款收入支出决算表 columns. */
export const FINAL_07_COLUMNS = {
  carryIn: '年初结转和结余',
  income: '本年收入',
  total: '本年支出小计',
  basic: '基本支出',
  project: '项目支出',
  carryOut: '年末结转和结余',
} as const;

/** final-09 三公: one row with key 'sangong' and these columns. */
export const FINAL_09_COLUMNS = {
  'budget.total': '预算数 合计',
  'budget.abroad': '预算数 因公出国（境）费',
  'budget.car': '预算数 公务用车购置及运行维护费 小计',
  'budget.carBuy': '预算数 公务用车购置费',
  'budget.carRun': '预算数 公务用车运行维护费',
  'budget.reception': '预算数 公务接待费',
  'final.total': '决算数 合计',
  'final.abroad': '决算数 因公出国（境）费',
  'final.car': '决算数 公务用车购置及运行维护费 小计',
  'final.carBuy': '决算数 公务用车购置费',
  'final.carRun': '决算数 公务用车运行维护费',
  'final.reception': '决算数 公务接待费',
} as const;

/** final-10 部门决算公开相关信息统计表: rows with these keys, figure in column 'amount'. */
export const FINAL_10_ROWS = {
  'procurement.total': '政府采购 合计',
  'procurement.goods': '货物',
  'procurement.works': '工程',
  'procurement.services': '服务',
  'adminCost.admin': '机关运行经费（行政单位）',
  'adminCost.civil': '机关运行经费（参照公务员法管理事业单位）',
  'vehicles.total': '车辆数合计（辆）',
  'vehicles.minister': '副部（省）级及以上领导用车',
  'vehicles.head': '主要负责人用车',
  'vehicles.confidential': '机要通信用车',
  'vehicles.emergency': '应急保障用车',
  'vehicles.law': '执法执勤用车',
  'vehicles.special': '特种专业技术用车',
  'vehicles.retired': '离退休干部服务用车',
  'vehicles.other': '其他用车',
  'equipment.over1m': '单价100万元（含）以上设备（不含车辆）',
} as const;

/** Level of a functional subject code: 3 digits 类, 5 款, 7 项. */
export function levelOfCode(code: string): 1 | 2 | 3 | undefined {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
}
