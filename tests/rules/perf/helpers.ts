/**
 * Builders for perf rule tests, on top of tests/helpers/ledger.ts: stated blocks (产出指标（50分）),
 * department evaluations with a 基础数据表, and three realistic tables from the seeds to vary.
 */
import type { Cell, SourceRef } from '../../../src/types';
import type { DeptEvaluation, Indicator, ProjectEvaluation } from '../../../src/ledger/evaluation';
import { cellOf } from '../../../src/ledger/cells';
import { FILE, evaluation, type EvaluationSpec } from '../../helpers/ledger';

export { doc } from '../../helpers/ledger';

const at = (sheet: string, cell: string): SourceRef => ({ file: FILE, sheet, cell, row: Number(cell.replace(/^[A-Z]+/, '')), col: cell.charCodeAt(0) - 64 });
const c = (text: string, sheet: string, cell: string): Cell => cellOf(text, at(sheet, cell));

/** A project evaluation with blocks whose weight is printed in the label. */
export function evaluationWith(spec: EvaluationSpec & { blocks?: { name: string; weight: string; kind?: 'management' | 'indicators'; cell?: string }[]; unit?: '元' | '万元' }): ProjectEvaluation {
  const ev = evaluation(spec);
  const sheet = ev.source.sheet;
  return {
    ...ev,
    ...(spec.unit ? { unit: spec.unit } : {}),
    ...(spec.blocks ? { statedBlocks: spec.blocks.map((b, i) => ({ name: b.name, kind: b.kind ?? 'indicators', statedWeight: c(b.weight, sheet, b.cell ?? `B${12 + i}`), ref: at(sheet, b.cell ?? `B${12 + i}`) })) } : {}),
  };
}

/** 办公场所保洁经费 (seed 000): template (a), correct arithmetic. */
export const cleaningSpec = (): EvaluationSpec => ({
  name: '办公场所保洁经费',
  funds: [
    { label: '资金总额', initial: '5.00', full: '5.00', executed: '3.43', balance: '1.57', rate: '68.6', score: '6.86' },
    { label: '市市区财政资金', kind: 'fiscal', initial: '5.00', full: '5.00', executed: '3.43', balance: '1.57', rate: '68.60', score: '6.86' },
  ],
  indicators: [
    { l1: '产出指标', l2: '数量指标', name: '办公室保洁面积', target: '≤750平方米', actual: '≤750平方米', weight: '10', score: '10' },
    { name: '聘用保洁人员数量', target: '—1人', actual: '—1人', weight: '10', score: '10' },
    { l2: '质量指标', name: '保洁人员工作达标率', target: '—100%', actual: '—96%', weight: '5', score: '3', note: '工作人员较少，完成效率待提高' },
    { name: '办公室保洁方案符合度', target: '—100%', actual: '—95%', weight: '5', score: '3', note: '工作人员较少，完成度待提高' },
    { l2: '时效指标', name: '办公室保洁时间', target: '全年', actual: '达成预期指标', weight: '5', score: '5' },
    { l2: '成本指标', name: '每日工作时长', target: '≥4小时', actual: '≥3小时', weight: '5', score: '4', note: '早上工作2小时，中午工作1小时' },
    { name: '办公室保洁总成本', target: '≤5万元', actual: '≤3.43万元', weight: '10', score: '8', note: '按合同预支，先支付2024年保洁费首付款3.43万元' },
    { l1: '效益指标', l2: '社会效益', name: '办公场所环境', target: '良好', actual: '达成预期指标', weight: '15', score: '10', note: '有待提高' },
    { l2: '可持续发展', name: '长效管理机制建设', target: '完善', actual: '达成预期指标', weight: '15', score: '10', note: '有待提高' },
    { l1: '满意度指标', l2: '服务对象满意度', name: '工作人员满意度', target: '≥95%', actual: '≥95%', weight: '10', score: '10' },
  ],
  total: '79.86',
  grade: '中',
  analysis: ['2024年办公场所保洁经费预算总额5万元，资金到位率100%，截止2024年底项目支出3.43万元，项目执行率68.6%，剩余资金合同到期支付。'],
});

/** 城乡环境整治 (template b fixture): execution 10 + 资金管理 20 + indicators 70, correct. */
export const templateBSpec = (): EvaluationSpec & { blocks: { name: string; weight: string; kind: 'management' }[] } => ({
  name: '城乡环境整治',
  template: 'b',
  funds: [
    { label: '年度资金总额', initial: '50.00', full: '50.00', executed: '45.00', weight: '10', rate: '90.00', score: '9.00' },
    { label: '财政拨款', kind: 'fiscal', initial: '40.00', full: '40.00', executed: '36.00' },
    { label: '财政专户管理资金', kind: 'special', initial: '5.00', full: '5.00', executed: '4.50' },
    { label: '单位资金', kind: 'unit', initial: '5.00', full: '5.00', executed: '4.50' },
  ],
  management: [
    { name: '安排科学性', weight: '5', score: '5' },
    { name: '拨付合规性', weight: '5', score: '5' },
    { name: '使用规范性', weight: '5', score: '5' },
    { name: '预算绩效管理情况', weight: '5', score: '4' },
  ],
  blocks: [{ name: '资金管理情况', weight: '20', kind: 'management' }],
  indicators: [
    { l1: '产出指标', l2: '数量指标', name: '整治村庄数量', target: '≥20个', actual: '22个', deviation: '10.00', weight: '10', score: '10' },
    { name: '聘用保洁人员', target: '—1人', actual: '—1人', deviation: '0.00', weight: '5', score: '5' },
    { l2: '质量指标', name: '验收合格率', target: '=100%', actual: '=100%', deviation: '0.00', weight: '10', score: '10' },
    { name: '群众投诉办结率', target: '≥95%', actual: '90%', deviation: '5.26', weight: '5', score: '4', note: '个别投诉处理超期' },
    { l2: '时效指标', name: '完成时间', target: '2024年12月前', actual: '达成预期指标', weight: '5', score: '5' },
    { l2: '成本指标', name: '整治总成本', target: '≤30万元', actual: '28.5万元', deviation: '5.00', weight: '10', score: '10' },
    { l1: '效益指标', l2: '社会效益', name: '人居环境改善', target: '提升', actual: '达成预期指标', weight: '10', score: '10' },
    { l2: '可持续影响', name: '长效管护机制', target: '建立', actual: '达成预期指标', weight: '5', score: '5' },
    { l1: '满意度指标', l2: '服务对象满意度', name: '村民满意度', target: '≥90%', actual: '93%', deviation: '3.33', weight: '10', score: '10' },
  ],
  totalWeight: '100',
  total: '97.00',
  grade: '优',
  analysis: ['2024年城乡环境整治项目预算总金额50万元，资金到位率100%，截至2024年底实际支出45万元，预算执行率90%。'],
});

export interface DeptSpec {
  funds?: { full: string; executed: string; rate?: string; weight?: string; score?: string };
  blocks?: { name: string; weight?: string; indicators: { l2?: string; name: string; target: string; actual: string; weight: string; score: string; note?: string }[] }[];
  total?: string;
  totalWeight?: string;
  basics?: Record<string, string>;
  composition?: Record<string, string>;
}

/** 整体支出绩效自评表 (sheet 自评表) + 基础数据表 (sheet 基础数据表), seed 002 by default. */
export function deptEvaluation(spec: DeptSpec = {}): DeptEvaluation {
  const S = '整体支出绩效自评表';
  const B = '基础数据表';
  const f = spec.funds ?? { full: '251.06', executed: '251.06', rate: '100', weight: '10', score: '10' };
  let row = 13;
  const blocks = (spec.blocks ?? seed002Blocks()).map((b, bi) => ({
    name: b.name,
    statedWeight: b.weight ? c(b.weight, S, `B${row}`) : null,
    ref: at(S, `B${row + bi * 0}`),
    indicators: b.indicators.map((x): Indicator => {
      const r = row++;
      return { l1: b.name, l2: x.l2 ?? '', name: x.name, target: x.target, actual: x.actual, weight: c(x.weight, S, `G${r}`), score: c(x.score, S, `H${r}`), ...(x.note ? { note: x.note } : {}), ref: at(S, `D${r}`) };
    }),
  }));
  const basicsSpec = spec.basics ?? { 'staff.quota': '8', 'staff.actual': '8', 'staff.rate': '100', 'sangong.total.budget': '0.30', 'sangong.car.budget': '0.00', 'sangong.abroad.budget': '', 'sangong.reception.budget': '0.30', 'sangong.car.purchase.budget': '0.00', 'sangong.car.running.budget': '0.00', 'project.total.budget': '37.44', 'project.total.final': '37.44' };
  const basics = new Map<string, Cell>();
  Object.entries(basicsSpec).forEach(([k, v], i) => {
    if (v !== '') basics.set(k, c(v, B, `C${4 + i}`));
  });
  const composition = new Map<string, Cell>(Object.entries(spec.composition ?? { 'expense.basic': '213.62', 'expense.project': '37.44' }).map(([k, v], i) => [k, c(v, S, `E${7 + i}`)]));
  return {
    name: '中共邵阳市北塔区委网络安全和信息化委员会办公室',
    source: { file: FILE, sheet: S },
    blocks,
    total: c(spec.total ?? '100', S, `H${row}`),
    totalWeight: c(spec.totalWeight ?? '100', S, `G${row}`),
    grade: null,
    basics,
    funds: [{ label: '年度资金总额', kind: 'total', initial: c('128.90', S, 'C5'), full: c(f.full, S, 'D5'), executed: c(f.executed, S, 'E5'), ...(f.rate ? { rate: { ...c(f.rate, S, 'G5'), percent: true } } : {}), weight: c(f.weight ?? '10', S, 'F5'), score: c(f.score ?? '10', S, 'H5'), ref: at(S, 'B5') }],
    execWeight: c(f.weight ?? '10', S, 'F5'),
    execScore: c(f.score ?? '10', S, 'H5'),
    composition,
  };
}

export function seed002Blocks(): NonNullable<DeptSpec['blocks']> {
  return [
    {
      name: '产出指标',
      weight: '50',
      indicators: [
        { l2: '数量指标', name: '开展网络安全检查', target: '≥1', actual: '1', weight: '5', score: '5' },
        { l2: '数量指标', name: '网络评论队伍培训', target: '≥2', actual: '2', weight: '5', score: '5' },
        { l2: '质量指标', name: '网络问政回复率', target: '100%', actual: '100%', weight: '10', score: '10' },
        { l2: '质量指标', name: '培训、活动举办成功率', target: '100%', actual: '100%', weight: '10', score: '10' },
        { l2: '时效指标', name: '工作任务完成时间', target: '2023年12月前', actual: '按时完成', weight: '10', score: '10' },
        { l2: '成本指标', name: '预算成本控制', target: '控制在合理范围内', actual: '控制在合理范围内', weight: '10', score: '10' },
      ],
    },
    {
      name: '效益指标',
      weight: '30',
      indicators: [
        { l2: '社会效益指标', name: '筑牢网络安全屏障', target: '≥98', actual: '99', weight: '15', score: '15' },
        { l2: '社会效益指标', name: '强化网络阵地管理', target: '≥98', actual: '98', weight: '15', score: '15' },
      ],
    },
    { name: '满意度指标', weight: '10', indicators: [{ l2: '服务对象满意度指标', name: '社会群众满意度', target: '≥95', actual: '95', weight: '10', score: '10' }] },
  ];
}
