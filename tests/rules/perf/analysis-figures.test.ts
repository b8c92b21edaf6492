import rule from '../../../rules/perf/analysis-figures';
import { ruleTester } from '../../helpers/rule-tester';
import type { Rule } from '../../../src/engine/rule';
import type { LintResult } from '../../../src/types';
import { runRules, type RuleSetting } from '../../../src/engine/engine';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, deptEvaluation, doc } from './helpers';

const table = (name: string, full: string, executed: string, balance: string, rate: string, ...text: string[]) =>
  doc({ evaluations: [evaluation({ name, funds: [{ full, executed, balance, rate, score: '9.00' }], analysis: text })] });

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 5万元 / 3.43万元 / 68.6%', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '专项业务费 执行率 97.7% 即 97.72 的舍入', doc: table('专项业务费', '10.00', '9.772', '0.228', '97.72', '2024年专项业务经费预算总金额10万元，资金到位率100%，截止2024年底，项目支出9.77万元，预算执行率97.7%。') },
    { name: '应急值守 以元计 400,000.00元 / 399,000.00元 / 1,000.00元', doc: table('应急值守', '40.00', '39.90', '0.10', '99.75', '2024年度安排项目预算400,000.00元，资金到位率100.00%，截止2024年底，实际支出399,000.00元，预算执行率99.75%，资金结余1,000.00元。') },
    { name: '新增办公设备 49154.00元 即 4.915 万元；资金到位率不是执行率', doc: table('新增办公设备费用', '5.00', '4.915', '0.085', '98.31', '截止2024年底项目支出49154.00元，预算执行率98.3%，资金结余846元。') },
  ],
  invalid: [
    {
      name: '培训费 分析执行率 73.93% 对表 73.99',
      doc: table('培训费', '5.37', '3.973', '1.397', '73.99', '2024年培训费项目预算总金额5.37万元，资金到位率100%，截止2024年底项目支出3.97万元，预算执行率为73.93%。'),
      errors: [{ messageId: 'figureMismatch', data: { project: '培训费', what: '预算执行率', stated: '73.93%', table: '73.99' }, sheet: '培训费项目支出绩效自评表', cell: 'D13', actual: '73.93', expected: '73.99', tail: false }],
    },
    {
      name: '宣传周 项目支出 9.9万元 对 9.99，执行率 99.99% 对 99.91',
      doc: table('网络安全宣传周资料印制', '10.00', '9.99', '0.01', '99.91', '2024年预算总金额10万元,资金到位率100%,项目支出9.9万元,', '预算执行率99.99%。'),
      errors: [
        { messageId: 'figureMismatch', data: { what: '项目支出' }, cell: 'D13', actual: '9.9', expected: '9.99' },
        { messageId: 'figureMismatch', data: { what: '预算执行率' }, cell: 'D14', actual: '99.99', expected: '99.91' },
      ],
    },
    {
      name: '新增办公设备 预算总金额 60,000.00元 对表 5 万元',
      doc: table('新增办公设备费用', '5.00', '4.915', '0.085', '98.31', '2024年项目预算总金额60,000.00元，资金到位率100.00%，截止2024年底项目支出49154.00元，预算执行率98.3%，资金结余846元。'),
      errors: [{ messageId: 'yuanMismatch', data: { stated: '60,000.00元', statedWan: '6.00', table: '5.00', tableYuan: '50000.00' }, cell: 'D13', actual: '60000.00', expected: '50000.00' }],
    },
    {
      name: '全角数字、千分位与折行：项目支出 ９．９ 万元，预算执行率９９．９９％',
      doc: table('网络安全宣传周资料印制', '10.00', '9.99', '0.01', '99.91', '2024年预算总金额１０万元，项目支出９．９\n万元，预算执行率９９．９９％。'),
      errors: [
        { messageId: 'figureMismatch', data: { what: '项目支出' }, actual: '9.9', expected: '9.99' },
        { messageId: 'figureMismatch', data: { what: '预算执行率' }, actual: '99.99', expected: '99.91' },
      ],
    },
    {
      name: '单位写错：预算总金额 10元',
      doc: table('网信长治', '10.00', '10.00', '0.00', '100', '2024年网信长治项目预算总金额10元，项目总支出10万元，预算执行率100%。'),
      errors: [{ messageId: 'unitSlip', data: { stated: '10元', table: '10.00' }, actual: '10.00', expected: '100000.00' }],
    },
  ],
});

ruleTester.run(rule, {
  valid: [
    { name: '预算总金额引年初预算数（调整前）', doc: doc({ evaluations: [evaluation({ name: '某项目', funds: [{ initial: '8.00', full: '10.00', executed: '9.00', rate: '90.00', score: '9.00' }], analysis: ['年初项目预算总金额8万元，年中追加2万元，项目支出9万元，预算执行率90%。'] })] }) },
  ],
  invalid: [
    {
      name: '万元前写了元的数字：50000万元',
      doc: doc({ evaluations: [evaluation({ name: '某项目', funds: [{ full: '5.00', executed: '4.50', rate: '90.00', score: '9.00' }], analysis: ['2024年项目预算总金额50000万元，项目支出4.5万元，预算执行率90%。'] })] }),
      errors: [{ messageId: 'unitSlip', data: { stated: '50000万元', table: '5.00' }, cell: 'D13', actual: '50000', expected: '5.00' }],
    },
  ],
});

/** A project with its 年度目标 block: 预期目标 at B10, 实际完成情况 at G10 (seed 000's layout). */
const withGoals = (name: string, full: string, executed: string, target: string, achieved: string) => {
  const ev = evaluation({ name, funds: [{ full, executed }] });
  const at = (cell: string) => ({ file: ev.source.file, sheet: ev.source.sheet, cell, row: 10, col: cell.charCodeAt(0) - 64 });
  return doc({ evaluations: [{ ...ev, goals: [{ text: target, ref: at('B10') }, { text: achieved, ref: at('G10') }], achieved: [{ text: achieved, ref: at('G10') }] }] });
};

ruleTester.run(rule, {
  valid: [
    { name: '实际完成情况：项目支出与执行数一致', doc: withGoals('培训费', '5.37', '3.973', '组织业务培训，预算5.37万元。', '2024年开展2次专题培训，项目支出3.97万元。') },
    { name: '实际完成情况：“培训费支出”以项目名称限定，与执行数一致', doc: withGoals('培训费', '5.37', '3.973', '组织业务培训。', '全年培训费支出3.97万元，培训人数超100人次。') },
    { name: '预期目标中的计划金额不与执行数比较', doc: withGoals('新增办公设备费用', '5.00', '4.915', '计划支出8万元购置办公设备。', '已购置国产化电脑、涉密打印机等办公设备。') },
    { name: '“其中”之后是一部分的支出，不与执行数比较', doc: withGoals('专项业务费', '10.00', '9.772', '保障业务工作开展。', '全年项目支出9.77万元，其中印刷费支出2万元。') },
    { name: '文字已写明项目支出时，“费用”不另作执行数读', doc: withGoals('专项业务费', '10.00', '9.772', '保障业务工作开展。', '项目支出9.77万元，委托业务费用3万元。') },
    { name: '分析文字中项目名称后的金额（可能是预算）不作执行数读', doc: table('新增办公设备费用', '8.00', '5.20', '2.80', '65.00', '2024年新增办公设备费用8万元，用于购置国产化电脑。') },
    { name: '“印刷费支出”是一部分的支出，不作执行数读', doc: withGoals('专项业务费', '10.00', '9.772', '保障业务工作开展。', '完成宣传品印制，印刷费支出2万元。') },
    {
      name: '部门整体：基本支出、项目支出是部门资金的一部分，不与年度资金总额比较',
      doc: doc({ deptEvaluations: [{ ...deptEvaluation(), achieved: [{ text: '2023年基本支出213.62万元，项目支出37.44万元，全区网络安全事件零发生。', ref: { file: 'test.xlsx', sheet: '整体支出绩效自评表', cell: 'E12', row: 12, col: 5 } }] }] }),
    },
    { name: '“共完成预算资金”与执行数一致：无报告', doc: withGoals('委托业务项目', '90.00', '89.974', '本项目共申请预算资金90万元。', '本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目审计。') },
    {
      name: '部门整体：以元列示的表，文字写“全年执行数2,510,600.00元”',
      doc: doc({ deptEvaluations: [{ ...deptEvaluation({ funds: { full: '2510600.00', executed: '2510600.00', rate: '100', weight: '10', score: '10' } }), unit: '元' as const, achieved: [{ text: '2023年全年执行数2,510,600.00元，全区网络安全事件零发生。', ref: { file: 'test.xlsx', sheet: '整体支出绩效自评表', cell: 'E12', row: 12, col: 5 } }] }] }),
    },
    { name: '评价结论“项目自评得分98分”是总分 97.83 的四舍五入', doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], total: '97.83', analysis: ['评价结论：项目自评得分98分，评价等级为优。'] })] }) },
    { name: '“产出指标得分”“执行率得分”是总分的一部分，不与总分比较', doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], total: '97.83', analysis: ['产出指标自评得分48分，执行率得分9.83分。'] })] }) },
    { name: '“满分100分”“总分100分”说的是分值，不是得分', doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], total: '97.83', analysis: ['按满分100分评分，总分100分。'] })] }) },
    { name: '评价结论“等级为优”与表中等次“优”一致', doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], total: '97.83', grade: '优', analysis: ['评价结论：项目自评得分98分，评价等级为“优秀”。'] })] }) },
    { name: '“安全等级为三级”“满意度等级为良”不是本表的等次', doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], total: '97.83', grade: '优', analysis: ['机房安全等级为三级，服务对象满意度等级为良。'] })] }) },
    {
      name: '偏差原因“预算批复金额为5万元，实际支付4.91万元”说的是该成本指标，不与项目执行数比较',
      doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], indicators: [{ l1: '成本指标', name: '办公设备购置成本', target: '≤7.2万元', actual: '≤4.91万元', weight: '10', score: '10', note: '预算批复金额为5万元，实际支付4.91万元' }] })] }),
    },
    { name: '偏差原因“项目支出4.92万元”是 4.915 的四舍五入', doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], indicators: [{ l1: '成本指标', name: '办公设备购置成本', target: '≤5万元', actual: '4.92万元', weight: '10', score: '10', note: '项目支出4.92万元，控制在预算内' }] })] }) },
    { name: '“其中”列举到句末：其后各项都是一部分', doc: withGoals('专项业务费', '10.00', '9.772', '保障业务工作开展。', '全年项目支出9.77万元，其中：办公费支出3万元，委托业务费用2万元，项目支出4.77万元用于印刷。') },
    { name: '上年的支出不与本年执行数比较', doc: withGoals('培训费', '5.37', '3.973', '组织业务培训。', '较上年支出4.5万元有所减少，培训效果良好。') },
  ],
  invalid: [
    {
      name: '实际完成情况“项目支出8万元”，表中全年执行数 5.2',
      doc: withGoals('新增办公设备费用', '8.00', '5.20', '购置办公设备，保障单位运转。', '已完成办公设备购置，项目支出8万元，单位运转正常。'),
      errors: [{ messageId: 'figureMismatch', data: { what: '项目支出', stated: '8万元', table: '5.20' }, cell: 'G10', actual: '8', expected: '5.20', severity: 2 }],
    },
    {
      name: '实际完成情况“费用8万元”：未说明是全部支出，只作警告（请复核）',
      doc: withGoals('新增办公设备费用', '8.00', '5.20', '购置办公设备，保障单位运转。', '已完成办公设备购置，费用8万元。'),
      errors: [{ messageId: 'figureMismatch', data: { what: '费用', stated: '8万元' }, cell: 'G10', actual: '8', expected: '5.20', severity: 1 }],
    },
    {
      name: '“培训费支出”以项目名称限定：4.97万元对执行数 3.973 是错误',
      doc: withGoals('培训费', '5.37', '3.973', '组织业务培训。', '全年培训费支出4.97万元。'),
      errors: [{ messageId: 'figureMismatch', data: { what: '支出', stated: '4.97万元' }, cell: 'G10', actual: '4.97', expected: '3.973', severity: 2 }],
    },
    {
      name: '实际完成情况“新增办公设备费用8万元”：项目名称点明是本项目的花费，对执行数 5.2 是错误',
      doc: withGoals('新增办公设备费用', '8.00', '5.20', '购置办公设备，保障单位运转。', '已完成采购，新增办公设备费用8万元，单位运转正常。'),
      errors: [{ messageId: 'figureMismatch', data: { what: '新增办公设备费用', stated: '8万元' }, cell: 'G10', actual: '8', expected: '5.20', severity: 2 }],
    },
    {
      name: '“共完成预算资金89.97万元”说的是花了多少，不与全年预算数比较；与执行数不符只作警告',
      doc: withGoals('委托业务项目', '90.00', '80.00', '本项目共申请预算资金90万元。', '本项目共完成预算资金89.97万元，按期提交报告。'),
      errors: [{ messageId: 'figureMismatch', data: { what: '预算资金' }, actual: '89.97', expected: '80.00', severity: 1 }],
    },
    {
      name: '评价结论“自评总分99.5分”对表中总分 97.83',
      doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], total: '97.83', analysis: ['评价结论：结合自评情况，项目自评总分99.5分，等级为优。'] })] }),
      errors: [{ messageId: 'figureMismatch', data: { what: '自评总分', stated: '99.5分', column: '总分', table: '97.83' }, actual: '99.5', expected: '97.83', severity: 2 }],
    },
    {
      name: '偏差原因“预算执行率95%”对表中执行率 90.00',
      doc: doc({ evaluations: [evaluation({ name: '城乡环境整治', funds: [{ full: '50.00', executed: '45.00', rate: '90.00', score: '9.00' }], indicators: [{ l1: '产出指标', l2: '时效指标', name: '资金支付及时率', target: '100%', actual: '90%', weight: '10', score: '9', note: '预算执行率95%，部分尾款未到结算期' }] })] }),
      errors: [{ messageId: 'figureMismatch', data: { what: '预算执行率', stated: '95%', table: '90.00' }, cell: 'D12', actual: '95', expected: '90.00', severity: 2 }],
    },
    {
      name: '部门整体：总分下的评价结论“部门整体支出绩效自评得分95分”对总分 98',
      doc: doc({ deptEvaluations: [{ ...deptEvaluation({ total: '98' }), analysis: [{ text: '评价结论：2023年部门整体支出绩效自评得分95分，网络安全工作成效明显。', ref: { file: 'test.xlsx', sheet: '整体支出绩效自评表', cell: 'A33', row: 33, col: 1 } }] }] }),
      errors: [{ messageId: 'figureMismatch', data: { what: '绩效自评得分', stated: '95分', table: '98' }, cell: 'A33', actual: '95', expected: '98', severity: 2 }],
    },
    {
      name: '评价结论称“自评等级为良”，表中等次为“优”',
      doc: doc({ evaluations: [evaluation({ name: '新增办公设备费用', funds: [{ full: '5.00', executed: '4.915', rate: '98.31', score: '9.83' }], total: '97.83', grade: '优', analysis: ['评价结论：项目自评得分97.83分，自评等级为良。'] })] }),
      errors: [{ messageId: 'gradeDiffers', data: { phrase: '自评等级为良', grade: '优' }, severity: 2 }],
    },
    {
      name: '部门整体：实际完成情况“全年执行数240万元”对表 251.06',
      doc: doc({ deptEvaluations: [{ ...deptEvaluation(), achieved: [{ text: '2023年全年执行数240万元，全区网络安全事件零发生。', ref: { file: 'test.xlsx', sheet: '整体支出绩效自评表', cell: 'E12', row: 12, col: 5 } }] }] }),
      errors: [{ messageId: 'figureMismatch', data: { what: '全年执行数', stated: '240万元', table: '251.06' }, cell: 'E12', actual: '240', expected: '251.06', severity: 2 }],
    },
  ],
});

describe('figures in the table\'s texts that bind to nothing are listed as not understood', () => {
  const coverage = (d: ReturnType<typeof doc>): LintResult['coverage'] => {
    const rules = new Map<string, Rule<string>>([[rule.meta.id, rule as Rule<string>]]);
    const settings = new Map<string, RuleSetting>([[rule.meta.id, { severity: 2, options: {} }]]);
    return runRules(d, { rules, settings, lang: 'zh', strict: true }).coverage;
  };
  const figures = (c: LintResult['coverage']): string[] => (c.textsNotUnderstood ?? []).map((x) => x.figure);

  it('资金到位率 and an unnamed 8万元 are listed; 项目支出, 执行率, a figure after 其中 and one about 上年 are not', () => {
    const text = '2024年保洁经费预算总额5万元，资金到位率100%，截止2024年底项目支出3.43万元，其中印刷费2万元；项目执行率68.6%，上年支出4万元，另有8万元待结算。';
    const c = coverage(doc({ evaluations: [evaluation({ ...cleaningSpec(), analysis: [text] })] }));
    // (3.43万元 is the 办公室保洁总成本 note's, below.)
    expect(figures(c)).toEqual(['100%', '8万元', '3.43万元']);
    const own = c.textsNotUnderstood!.filter((x) => x.text === text);
    expect(own.every((x) => x.ruleId === 'perf/analysis-figures' && x.sheet === '办公场所保洁经费项目支出绩效自评表')).toBe(true);
  });

  it('a 偏差原因 figure no project word binds is listed, once per text and figure', () => {
    const c = coverage(doc({ evaluations: [evaluation(cleaningSpec())] }));
    // The analysis' 资金到位率100%, and 办公室保洁总成本's note "按合同预支，先支付2024年保洁费首付款3.43万元": an amount no column is named for.
    expect(figures(c)).toEqual(['100%', '3.43万元']);
    expect(c.textsNotUnderstood!.find((x) => x.figure === '3.43万元')?.text).toMatch(/首付款3.43万元/);
  });

  it('a figure right after an indicator\'s name is left to perf/output-text', () => {
    const spec = cleaningSpec();
    const c = coverage(doc({ evaluations: [evaluation({ ...spec, analysis: ['全年保洁人员工作达标率96%，项目执行率68.6%。'] })] }));
    expect(figures(c)).toEqual(['3.43万元']);
  });
});

describe('a quoted score has no rounding tail against the 总分', () => {
  const messages = (text: string, total = '79.86') => {
    const rules = new Map<string, Rule<string>>([[rule.meta.id, rule as Rule<string>]]);
    const settings = new Map<string, RuleSetting>([[rule.meta.id, { severity: 2, options: {} }]]);
    return runRules(doc({ evaluations: [evaluation({ ...cleaningSpec(), total, analysis: [text] })] }), { rules, settings, lang: 'zh', strict: true }).messages.filter((m) => m.messageId === 'figureMismatch');
  };

  it('79.86 quoted as 79.9分 or 80分 agrees', () => {
    expect(messages('项目自评得分79.9分。')).toEqual([]);
    expect(messages('项目自评得分80分。')).toEqual([]);
  });

  it('an integer 总分 98 quoted as 99分 is an error, not a tail', () => {
    expect(messages('项目自评得分99分。', '98').map((m) => [m.severity, m.tail ?? false, m.actual, m.expected])).toEqual([[2, false, '99', '98']]);
  });
});
