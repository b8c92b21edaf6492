/**
 * Canonical vocabulary of the 预算 (budget) tables: the table kinds, the row keys and column keys
 * the budget recognizer assigns and the budget rules read. Rows with a subject code carry `code`
 * (and `level` for functional codes) rather than a key, as in the 决算 vocabulary.
 */

export const BUDGET_KINDS = {
  'budget-summary': '收支预算总表',
  'budget-income': '收入预算总表',
  'budget-expense': '支出预算总表',
  'budget-fiscal-summary': '财政拨款收支预算总表',
  'budget-gpb-expense': '一般公共预算财政拨款支出表',
  'budget-gpb-basic': '一般公共预算财政拨款基本支出表',
  'budget-fund': '政府性基金预算财政拨款支出表',
  'budget-soe': '国有资本经营预算财政拨款支出表',
  'budget-sangong': '财政拨款“三公”经费支出表',
  'budget-procurement': '政府采购预算表',
  'budget-assets': '固定资产占用情况表',
  'budget-project-expense': '项目支出表',
  'budget-perf-target': '项目绩效目标表',
} as const;

export type BudgetKind = keyof typeof BUDGET_KINDS;

export function isBudgetKind(kind: string): kind is BudgetKind {
  return kind in BUDGET_KINDS;
}

/**
 * budget-summary 收支总表 (and 部门财务收支预算总表): rows carry `side`, figure in column 'amount'.
 * Expense-side function rows have key 'expense.class'.
 */
export const BUDGET_SUMMARY_ROWS = {
  'income.gpb': '一般公共预算拨款收入',
  'income.fund': '政府性基金预算拨款收入',
  'income.soe': '国有资本经营预算拨款收入',
  'income.special': '财政专户管理资金收入',
  'income.unit': '单位资金',
  'income.other': '其他收入',
  'income.total': '本年收入合计',
  'income.carryIn': '上年结转结余',
  'income.grand': '收入总计',
  'expense.class': '（各功能分类 类 支出）',
  'expense.total': '本年支出合计',
  'expense.carryOut': '年终结转结余',
  'expense.grand': '支出总计',
} as const;

/** budget-income 收入总表 columns. Rows: 'total' and code rows. */
export const BUDGET_INCOME_COLUMNS = {
  total: '合计',
  subtotal: '本年收入 小计',
  fiscal: '财政拨款收入',
  special: '财政专户收入',
  business: '事业收入',
  operating: '经营收入',
  superior: '上级补助收入',
  affiliate: '附属单位上缴收入',
  other: '其他收入',
  carryIn: '上年结转',
} as const;

/** budget-expense 支出总表 columns. Rows: 'total' and code rows. */
export const BUDGET_EXPENSE_COLUMNS = {
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
  operating: '经营支出',
  remit: '上解上级支出',
  subsidy: '对附属单位补助支出',
} as const;

/**
 * budget-fiscal-summary 财政拨款收支总表: income rows (column 'amount') income.gpb / .fund / .soe,
 * income.total, income.carryIn (+ .gpb/.fund/.soe), income.grand; expense rows with the columns
 * below: 'expense.class' rows, expense.total, expense.carryOut, expense.grand.
 */
export const BUDGET_FISCAL_COLUMNS = { total: '合计', gpb: '一般公共预算财政拨款', fund: '政府性基金预算财政拨款', soe: '国有资本经营预算财政拨款' } as const;

/** budget-gpb-expense, budget-fund, budget-soe: rows 'total' + code rows. */
export const BUDGET_SUBJECT_COLUMNS = { total: '合计', basic: '基本支出', project: '项目支出' } as const;

/** budget-gpb-basic 基本支出表: rows 'total' + economic code rows (301, 30101 …). */
export const BUDGET_BASIC_COLUMNS = { total: '合计', personnel: '人员经费', public: '公用经费' } as const;

/** budget-sangong: one row per item (keys below), columns total / gpb / fund / soe. */
export const BUDGET_SANGONG_ROWS = {
  total: '合计',
  abroad: '因公出国（境）费',
  car: '公务用车购置及运行费',
  carBuy: '公务用车购置费',
  carRun: '公务用车运行费',
  reception: '公务接待费',
} as const;

/** budget-procurement: rows per purchase ('total' for 合计), amount columns below. */
export const BUDGET_PROCUREMENT_COLUMNS = {
  total: '合计',
  gpb: '一般公共预算拨款',
  fund: '基金预算拨款',
  soe: '国有资本经营预算拨款',
  special: '财政专户核拨',
  unit: '单位资金',
  carryIn: '上年结转结余',
} as const;

/** budget-assets 固定资产占用情况表: rows with these keys, columns 'quantity' and 'value'. */
export const BUDGET_ASSETS_ROWS = {
  total: '资产总额',
  buildings: '房屋（平方米）',
  office: '其中：办公用房（平方米）',
  vehicles: '车辆（台、辆）',
  equipment: '单价在20万元以上的设备',
  other: '其他固定资产',
} as const;

/** Asset lines that add up to 资产总额 (办公用房 is an "其中" of 房屋, not an addend). */
export const BUDGET_ASSETS_ADDENDS = ['buildings', 'vehicles', 'equipment', 'other'] as const;

/** budget-project-expense 项目支出表: one row per project (key 'project'), 'total'; column 'amount'. */
export const BUDGET_PROJECT_COLUMNS = { amount: '项目支出预算数' } as const;

/**
 * budget-perf-target 项目绩效目标表: one table per project, title = project name. Rows:
 *  - key 'funds': columns 'budget' (预算数), 'fiscal' (财政资金), 'other' (其他资金);
 *  - key 'plan': columns 'q1'…'q4' (资金支出计划 %, labels as printed: 3月底 …);
 *  - key 'indicator' (one per 三级指标, name = 三级指标): text cells 'l1', 'l2', 'desc', 'value'
 *    (指标值 as printed, e.g. ≤8万元), 'basis'.
 * Also 'code' (项目编码) on the funds row.
 */
export const BUDGET_PERF_COLUMNS = {
  budget: '预算数',
  fiscal: '财政资金',
  other: '其他资金',
  q1: '第一季度末',
  q2: '第二季度末',
  q3: '第三季度末',
  q4: '年末',
  l1: '一级指标',
  l2: '二级指标',
  desc: '绩效指标描述',
  value: '指标值',
  basis: '指标值确定依据',
} as const;
