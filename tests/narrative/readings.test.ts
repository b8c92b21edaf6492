/**
 * Narrative figures bound by meaning and scope (issue "Narrative figures bound by meaning and
 * scope"): one block per bullet of its "Why". Every case here was a false (or hidden) finding of the
 * parser before bindings became readings; the controls show the same check still fires when the
 * sentence does name the figure.
 */
import { seed000With, bare } from './helpers';
import { narrativeErrors, narrativeFindings } from './helpers-run';
import type { AmountClaim } from '../../src/narrative/claim-types';

const Y2024 = { meta: { year: '2024' } };

describe('binding by the whole term, never by the end of a phrase', () => {
  it('离退休人员经费 is not 人员经费', () => {
    const d = seed000With(['六、一般公共预算财政拨款基本支出决算情况说明', '离退休人员经费12.00万元。']);
    expect(narrativeErrors(d)).toEqual([]);
    expect(d.claims.find((c): c is AmountClaim => c.type === 'amount')?.amount.binding).toBeUndefined();
  });

  it('信息化项目支出 is not 项目支出', () => {
    const d = seed000With(['三、支出决算情况说明', '信息化项目支出50.00万元。']);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('control: 人员经费 itself binds, with a strong reading naming the term', () => {
    const d = seed000With(['六、一般公共预算财政拨款基本支出决算情况说明', '人员经费217.29万元。']);
    expect(narrativeErrors(d)).toEqual(['2 narrative/amount 217.29/207.29']);
    const b = d.claims.find((c): c is AmountClaim => c.type === 'amount')?.amount.binding;
    expect(b?.reading).toMatchObject({ aspect: 'binding', basis: 'label', strength: 'strong', detail: '人员经费' });
  });

  it('the department’s own name before a total does not hide it (上海市…局收入支出总计)', () => {
    const d = seed000With(['一、收入支出决算总体情况说明', '上海市某某区某某局2024年度收入支出总计512.98万元。'], {}, Y2024);
    expect(narrativeErrors(d)).toEqual(['2 narrative/amount 512.98/502.98']);
  });
});

describe('scope: a figure of another scope binds to that scope or to nothing', () => {
  it('a subset of projects (涉及二级项目9个，资金…，其中…项目支出) is not the whole 项目支出', () => {
    const d = seed000With(['（四）预算绩效情况说明', '涉及二级项目9个，资金410.20万元，其中一般公共预算项目支出410.20万元。']);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('部门评价 figures are not the whole 一般公共预算支出', () => {
    const d = seed000With(['（五）部门评价情况', '本年度开展部门评价项目1个，涉及一般公共预算支出0.00万元。']);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('a 部门整体 sentence next to project tables binds to nothing of a project', () => {
    const d = seed000With([
      '（四）预算绩效情况说明',
      '网信长治项目年初预算数20.00万元，全年预算数20.00万元，全年执行数20.00万元，预算执行率100.00%。部门整体年初预算数700.00万元，全年预算数720.00万元，全年执行数690.00万元，预算执行率95.83%。',
    ]);
    const amounts = d.claims.filter((c): c is AmountClaim => c.type === 'amount');
    const dept = amounts.filter((c) => ['700.00', '720.00', '690.00'].includes(c.amount.stated.value!.toFixed(2)));
    expect(dept).toHaveLength(3);
    // no project's 自评表 figure: not 网信长治's (the subject before), not any other project's
    expect(dept.map((c) => c.amount.binding?.table ?? 'none')).toEqual(['none', 'none', 'none']);
    expect(dept.every((c) => c.scope?.kind === 'department')).toBe(true);
    expect(narrativeErrors(d)).toEqual([]);
    // control: the project's own sentence does bind to its table
    const project = amounts.find((c) => c.subject.startsWith('网信长治') && c.amount.role === 'budget');
    expect(project?.amount.binding?.table).toBe('evaluation');
  });

  it('another year’s budget (2023年人员经费预算) is not this year’s', () => {
    const d = seed000With(['六、一般公共预算财政拨款基本支出决算情况说明', '2023年人员经费预算为58.10万元。'], {}, Y2024);
    expect(d.claims.filter((c): c is AmountClaim => c.type === 'amount').map((c) => c.amount.binding?.table ?? 'none')).toEqual(['none']);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('another year (上年 / 2023年) is not this year’s figure', () => {
    const d = seed000With(['十、其他重要事项情况说明', '（一）机关运行经费支出情况说明', '上年机关运行经费7.50万元。2023年机关运行经费支出25.72万元。'], {}, Y2024);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('last year’s figure binds to last year’s column when the document has one (基础数据表 上年决算数)', () => {
    const { cellOf } = jest.requireActual('../../src/ledger/cells');
    const basics = new Map([
      ['public.total.final', cellOf('92.01', { file: 'b.xlsx', sheet: '基础数据表', cell: 'D20' })],
      ['public.total.prior', cellOf('83.72', { file: 'b.xlsx', sheet: '基础数据表', cell: 'B20' })],
    ]);
    const d = bare(['1.全年支出情况', '2022年公用经费决算83.72万元，2023年公用经费决算92.01万元。'], {
      meta: { year: '2023' },
      deptEvaluations: [{ name: 'd', source: { file: 'b.xlsx', sheet: '基础数据表' }, blocks: [], total: null, totalWeight: null, grade: null, basics }],
    });
    const cells = d.claims.filter((c): c is AmountClaim => c.type === 'amount').map((c) => c.amount.binding?.cell.ref.cell);
    expect(cells).toEqual(['B20', 'D20']);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('control: this year named by its year still binds', () => {
    const d = seed000With(['十、其他重要事项情况说明', '（一）机关运行经费支出情况说明', '2024年机关运行经费支出72.20万元。'], {}, Y2024);
    expect(narrativeErrors(d)).toEqual(['2 narrative/amount 72.20/71.20']);
  });

  it('no rewriting: a bare 资金 in a 绩效 section is not turned into 项目支出', () => {
    const d = seed000With(['（四）预算绩效情况说明', '2024年二级项目绩效自评个数11个，资金230.00万元。']);
    expect(narrativeErrors(d)).toEqual([]);
    expect(d.claims.find((c): c is AmountClaim => c.type === 'amount')?.amount.binding).toBeUndefined();
  });
});

describe('lists and repeated figures end at their sentence or paragraph', () => {
  it('a 其中 list does not run into the next enumerated point', () => {
    const d = bare([
      '九、财政拨款“三公”经费支出决算情况说明',
      '2、公务用车购置及运行维护费支出0.00万元。其中：',
      '公务用车购置支出为0.00万元。',
      '公务用车运行维护支出0.00万元。',
      '3、公务接待费支出0.39万元。其中：',
      '国内公务接待支出0.39万元。',
    ]);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('two items after 其中 are not taken as complete without evidence: a warning, not an error', () => {
    const d = seed000With(['六、一般公共预算财政拨款基本支出决算情况说明', '基本支出278.49万元，其中：人员经费207.29万元，公用经费61.20万元。']);
    const found = narrativeFindings(d).filter((f) => f.includes('list-sum'));
    expect(found).toEqual(['1 narrative/list-sum 278.49/268.49']);
  });

  it('control: 分别 says the list is complete', () => {
    const d = seed000With(['三、支出决算情况说明', '本年支出合计502.98万元，其中分别为：基本支出278.49万元，项目支出214.50万元。']);
    expect(narrativeFindings(d).filter((f) => f.includes('list-sum'))).toEqual(['2 narrative/list-sum 502.98/492.99']);
  });

  it('面向中小企业的采购金额 is not 其他项目的采购金额', () => {
    const d = bare([
      '（二）政府采购支出情况',
      '在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额225.10万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额0.00万元。',
    ]);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('外宾接待人次 is not 接待人次', () => {
    const d = bare(['国内公务接待支出0.39万（含外宾接待支出0.00万元）。主要用于接待上级部门，列明公务接待2批次、26人次，其中：接待外宾0批次、0人次。']);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('年初预算 and 全年预算 are two figures, not one that changed', () => {
    const d = bare(['一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元。']);
    expect(narrativeErrors(d)).toEqual([]);
  });
});

describe('guesses are never errors', () => {
  it('a subject carried over a 。 from a sentence of two subjects is weak: a warning', () => {
    const d = seed000With(['三、支出决算情况说明', '基本支出278.49万元，项目支出224.50万元。较上年增加20.00万元，增长9.00%。']);
    expect(narrativeErrors(d)).toEqual([]);
    expect(narrativeFindings(d)).toEqual(['1 narrative/change 9.00/9.78']);
  });

  it('a role taken by default (no 决算 / 预算 word) where the table has both is weak', () => {
    const d = seed000With(['九、财政拨款“三公”经费支出决算情况说明', '公务接待费0.08万元。'], { '09.budget.reception': '0.08' });
    expect(narrativeErrors(d)).toEqual([]);
    expect(narrativeFindings(d)).toEqual(['1 narrative/amount 0.08/0.05']);
  });

  it('a list’s total is never the section’s last figure seen', () => {
    const d = bare(['三、支出决算情况说明', '本年支出合计502.98万元。', '主要情况如下。', '其中：基本支出278.49万元，项目支出200.00万元。']);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('a share’s whole is never any earlier figure of another paragraph', () => {
    const d = bare(['部门预算总额600.00万元。', '基本支出278.49万元，占部门预算总额的50.00%。']);
    expect(narrativeErrors(d)).toEqual([]);
  });

  it('several rows of one name: the value does not choose (a warning naming the other row)', () => {
    const d = seed000With(['六、一般公共预算财政拨款基本支出决算情况说明', '办公设备购置27.75万元。'], { '06.30902': '5.00' });
    const found = narrativeFindings(d);
    expect(found).toEqual(['1 narrative/amount 27.75/5.00']);
  });

  it('a sentence listed as not understood produces no finding', () => {
    const d = seed000With(['三、支出决算情况说明', '基本支出287.49万元，某某专项经费5.00万元。']);
    expect(d.narrativeStats.notUnderstood.map((n) => n.text)).toEqual(['基本支出287.49万元，某某专项经费5.00万元。']);
    expect(narrativeFindings(d)).toEqual([]);
  });
});
