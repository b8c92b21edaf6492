import { runRules, TAIL_RULE_ID } from '../../../src/engine/engine';
import { createRule, Rule } from '../../../src/engine/rule';
import tail from '../../../rules/rounding/tail';
import { doc, table } from '../../helpers/ledger';
import { checkSum } from '../../../src/ledger/check';
import { rowByCode, rowByKey } from '../../../src/ledger/lookup';

const probe = createRule<'sum'>({
  meta: {
    id: 'test/probe',
    family: 'test',
    description: { zh: '测试', en: 'test' },
    defaultSeverity: 'error',
    docs: { rationale: { zh: '测试', en: 'test' } },
    messages: { sum: { zh: '{{actual}} ≠ {{expected}}', en: '{{actual}} != {{expected}}' } },
  },
  check(d, ctx) {
    const t = d.tables[0];
    const total = rowByKey(t, 'total')!.cells.get('total');
    const v = checkSum(total, [rowByCode(t, '2013701')!.cells.get('total'), rowByCode(t, '2013702')!.cells.get('total')]);
    if (v.kind !== 'equal') ctx.report({ messageId: 'sum', data: { actual: v.actual, expected: v.expected }, at: total!.ref, actual: v.actual, expected: v.expected, tail: v.kind === 'tail' });
  },
});

const seed = (a: string) =>
  doc({ tables: [table('final-02', { columns: ['total'], rows: [{ key: 'total', cells: { total: '411.00' } }, { code: '2013701', cells: { total: a } }, { code: '2013702', cells: { total: '214.61' } }] })] });

function lint(a: string, tailSeverity: 0 | 1 | 2) {
  const rules = new Map<string, Rule<string>>([[probe.meta.id, probe as Rule<string>], [TAIL_RULE_ID, tail as Rule<string>]]);
  const settings = new Map([
    [probe.meta.id, { severity: 2 as const, options: {} }],
    [TAIL_RULE_ID, { severity: tailSeverity, options: {} }],
  ]);
  return runRules(seed(a), { rules, settings, lang: 'zh', strict: true }).messages;
}

describe('rounding/tail routing', () => {
  it('a tail is reported under rounding/tail at warning level, naming the rule that found it', () => {
    expect(lint('196.40', 1)).toEqual([expect.objectContaining({ ruleId: 'rounding/tail', tailOf: 'test/probe', severity: 1, tail: true, actual: '411.00', expected: '411.01', sheet: 'final-02', cell: 'C8' })]);
  });
  it('"rounding/tail": "off" silences tails but not errors', () => {
    expect(lint('196.40', 0)).toEqual([]);
    expect(lint('196.90', 0)).toEqual([expect.objectContaining({ ruleId: 'test/probe', severity: 2, actual: '411.00', expected: '411.51' })]);
  });
  it('the rule itself reports nothing (it only names the channel)', () => {
    const reports: unknown[] = [];
    tail.check(seed('196.40'), { report: (d: unknown) => reports.push(d) } as never);
    expect(reports).toEqual([]);
  });
});
