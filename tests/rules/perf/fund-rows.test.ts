import rule from '../../../rules/perf/fund-rows';
import type { LintMessage } from '../../../src/types';
import type { Rule } from '../../../src/engine/rule';
import { runRules, type RuleSetting } from '../../../src/engine/engine';
import { recognize } from '../../../src/recognize';
import { gridFromText } from '../../../src/read/grid';
import { ruleTester } from '../../helpers/rule-tester';
import { evaluation } from '../../helpers/ledger';
import { cleaningSpec, doc, templateBSpec } from './helpers';

const withSources = (executed: string[]) => {
  const spec = templateBSpec();
  spec.funds!.slice(1).forEach((f, i) => (f.executed = executed[i]));
  return doc({ evaluations: [evaluation(spec)] });
};

ruleTester.run(rule, {
  valid: [
    { name: '保洁经费 5 − 3.43 = 1.57', doc: doc({ evaluations: [evaluation(cleaningSpec())] }) },
    { name: '模板二 资金来源 36 + 4.5 + 4.5 = 45', doc: withSources(['36.00', '4.50', '4.50']) },
  ],
  invalid: [
    {
      name: '结余算错',
      doc: doc({ evaluations: [evaluation({ name: '指令传输系统', funds: [{ full: '30.00', executed: '23.79', balance: '6.12', rate: '79.30', score: '7.93' }] })] }),
      errors: [{ messageId: 'balanceMismatch', data: { stated: '6.12', computed: '6.21' }, cell: 'H7', actual: '6.12', expected: '6.21', tail: false }],
    },
    {
      name: '单位资金执行数与总额不合',
      doc: withSources(['36.00', '4.50', '5.50']),
      errors: [{ messageId: 'rowsNotTotal', data: { column: '全年执行数', stated: '45.00', computed: '46.00' }, cell: 'G7', actual: '45.00', expected: '46.00' }],
    },
    {
      name: '结余差 0.001：尾差',
      doc: doc({ evaluations: [evaluation({ name: '培训费', funds: [{ full: '5.37', executed: '3.973', balance: '1.396', rate: '73.99', score: '7.40' }] })] }),
      errors: [{ messageId: 'balanceMismatch', cell: 'H7', actual: '1.396', expected: '1.397', tail: true }],
    },
  ],
});

describe('a 财政拨款 row beside a 上年结转资金 row is read with its doubt', () => {
  // 新增办公设备费用 (seed 000): 5.00 budgeted, 4.915 spent; the sources re-split with a carry-over of 0.50.
  const table = (fiscal: string, [fFull, fExec]: [string, string]): string[][] => [
    ['新增办公设备费用项目支出绩效自评表'],
    ['项目名称', '新增办公设备费用'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '5.00', '5.00', '4.915', '10', '98.31%', '9.83'],
    ['', fiscal, fFull, fFull, fExec],
    ['', '上年结转资金', '0.50', '0.50', '0.50'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['', '产出指标', '数量指标', '办公设备购置数量', '≥20台', '20台', '90', '88'],
    ['总分', '', '', '', '', '', '100', '97.83'],
  ];
  const findings = (rows: string[][]): LintMessage[] => {
    const out = recognize([gridFromText('f.xlsx', 'f', rows)]);
    const rules = new Map<string, Rule<string>>([[rule.meta.id, rule as Rule<string>]]);
    const settings = new Map<string, RuleSetting>([[rule.meta.id, { severity: 2, options: {} }]]);
    return runRules(doc({ id: 'f', evaluations: out.evaluations }), { rules, settings, lang: 'zh', strict: true }).messages.filter((m) => m.messageId === 'rowsNotTotal');
  };

  it('records the reading on the row: weak, with 含上年结转 as the alternative', () => {
    const [ev] = recognize([gridFromText('f.xlsx', 'f', table('其中：财政拨款', ['5.00', '4.915']))]).evaluations;
    const fiscal = ev.funds.find((f) => f.kind === 'fiscal')!;
    expect([fiscal.reading?.strength, fiscal.reading?.detail]).toEqual(['weak', '财政拨款']);
    expect(JSON.stringify(fiscal.reading?.alternative)).toMatch(/含上年结转资金/);
    expect(ev.funds.find((f) => f.kind === 'total')!.reading).toBeUndefined();
  });

  it('a 财政拨款 that holds the carry-over (5.00 = 5.00, not 5.50) is at most a warning naming both readings (请复核)', () => {
    const ms = findings(table('其中：财政拨款', ['5.00', '4.915']));
    expect(ms.length).toBeGreaterThan(0);
    expect(ms.every((m) => m.severity === 1 && m.doubt === true && /含上年结转资金/.test(m.message))).toBe(true);
  });

  it('当年财政拨款 says which it is: 4.50 + 0.50 = 5.00 passes, and 4.515 + 0.50 is an error', () => {
    expect(findings(table('其中：当年财政拨款', ['4.50', '4.415']))).toEqual([]);
    expect(findings(table('其中：当年财政拨款', ['4.50', '4.515'])).map((m) => [m.severity, m.actual, m.expected])).toEqual([[2, '4.915', '5.015']]);
  });

  it('a sum wrong under either reading of the row stays an error', () => {
    // 4.60 + 0.50 = 5.10 and 4.60 alone: neither is 5.00.
    expect(findings(table('其中：财政拨款', ['4.60', '4.415'])).filter((m) => m.data?.column === '全年预算数').map((m) => [m.severity, m.doubt ?? false])).toEqual([[2, false]]);
  });
});
