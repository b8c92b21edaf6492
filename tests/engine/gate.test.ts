/**
 * The evidence gate: the engine, not the rule, decides whether a finding may be an error.
 */
import { runRules, TAIL_RULE_ID } from '../../src/engine/engine';
import { createRule, Rule } from '../../src/engine/rule';
import tail from '../../rules/rounding/tail';
import tableNotRead from '../../rules/doc/table-not-read';
import { doc, table } from '../helpers/ledger';
import { reading } from '../../src/ledger/evidence';
import { reportSum, cellPart } from '../../rules/sum/util/check';
import { rowByCode, rowByKey } from '../../src/ledger/lookup';
import type { LintDocument } from '../../src/types';

/** total = 2013701 + 2013702 in column 'total', through the shared reportSum (which declares `uses`). */
const probe = createRule<'sum' | 'said'>({
  meta: {
    id: 'test/probe',
    family: 'test',
    description: { zh: '测试', en: 'test' },
    defaultSeverity: 'error',
    docs: { rationale: { zh: '测试', en: 'test' } },
    messages: { sum: { zh: '{{actual}} ≠ {{expected}}', en: '{{actual}} != {{expected}}' }, said: { zh: '句子', en: 'sentence' } },
  },
  check(d, ctx) {
    for (const t of d.tables) {
      const total = rowByKey(t, 'total')!;
      for (const col of ['total', 'basic']) {
        if (!t.columns.some((c) => c.key === col)) continue;
        reportSum(ctx, { messageId: 'sum', data: {}, total: total.cells.get(col), at: total.ref, parts: ['2013701', '2013702'].map((code) => cellPart(t, rowByCode(t, code)!, col)) });
      }
    }
    for (const c of d.claims) ctx.report({ messageId: 'said', at: c.ref, source: 'narrative' });
  },
});

function lint(d: LintDocument) {
  const rules = new Map<string, Rule<string>>([
    [probe.meta.id, probe as Rule<string>],
    [TAIL_RULE_ID, tail as Rule<string>],
    [tableNotRead.meta.id, tableNotRead as Rule<string>],
  ]);
  const settings = new Map([
    [probe.meta.id, { severity: 2 as const, options: {} }],
    [TAIL_RULE_ID, { severity: 1 as const, options: {} }],
    [tableNotRead.meta.id, { severity: 1 as const, options: {} }],
  ]);
  return runRules(d, { rules, settings, lang: 'zh', strict: true });
}

const wrongTotal = () =>
  table('final-02', { columns: ['total'], rows: [{ key: 'total', cells: { total: '421.00' } }, { code: '2013701', cells: { total: '196.40' } }, { code: '2013702', cells: { total: '214.61' } }] });

describe('evidence gate', () => {
  it('a difference on strongly read figures stays an error and carries its evidence', () => {
    const t = wrongTotal();
    t.columns[0].reading = reading('column', '合计', 'header', '合计');
    const [m] = lint(doc({ tables: [t] })).messages;
    expect(m).toEqual(expect.objectContaining({ severity: 2, actual: '421.00', expected: '411.01' }));
    expect(m.doubt).toBeUndefined();
    expect(m.evidence).toEqual([expect.objectContaining({ aspect: 'column', basis: 'header', strength: 'strong' })]);
  });

  it('a column placed by position makes the same finding a warning that names the reading and its alternative', () => {
    const t = wrongTotal();
    t.columns[0].reading = reading('column', '合计', 'position', undefined, '基本支出');
    const [m] = lint(doc({ tables: [t] })).messages;
    expect(m).toEqual(expect.objectContaining({ severity: 1, doubt: true, actual: '421.00' }));
    expect(m.message).toContain('请复核');
    expect(m.message).toContain('基本支出');
  });

  it('a weak reading of one part cell alone is enough to withhold the error level', () => {
    const t = wrongTotal();
    t.rows[2].cells.get('total')!.readings = [reading('placement', '项目 2013702 合计', 'order')];
    expect(lint(doc({ tables: [t] })).messages[0].severity).toBe(1);
  });

  it('a weak row reading is inherited by every cell of the row', () => {
    const t = wrongTotal();
    t.rows[0].reading = reading('row', '合计', 'position');
    expect(lint(doc({ tables: [t] })).messages[0].severity).toBe(1);
  });

  it('tails stay warnings under rounding/tail whatever the evidence', () => {
    const t = wrongTotal();
    t.rows[0].cells.get('total')!.value = t.rows[1].cells.get('total')!.value!.plus('214.60');
    const [m] = lint(doc({ tables: [t] })).messages;
    expect(m).toEqual(expect.objectContaining({ ruleId: 'rounding/tail', severity: 1 }));
  });

  it('a finding on a sentence the parser did not understand is withheld and listed in coverage', () => {
    const ref = { file: 'test.md', line: 12, column: 1 };
    const d = doc({
      claims: [{ type: 'count', what: 'projects', count: { value: null, raw: '3', decimals: 0, ref }, unitWord: '个', sentence: '共3个项目', ref, section: [], subject: '项目' }],
      narrativeStats: { sentencesWithNumbers: 1, notUnderstood: [{ text: '共3个项目', ref }] },
    });
    const r = lint(d);
    expect(r.messages).toEqual([]);
    expect(r.coverage.findingsWithheld).toEqual([expect.objectContaining({ ruleId: 'test/probe', file: 'test.md', line: 12 })]);
  });

  it('a table where most identities fail is reported once as not read with confidence', () => {
    const one = table('final-02', {
      columns: ['total', 'basic'],
      rows: [
        { key: 'total', cells: { total: '421.00', basic: '500.00' } },
        { code: '2013701', cells: { total: '196.40', basic: '1.00' } },
        { code: '2013702', cells: { total: '214.61', basic: '2.00' } },
      ],
    });
    const extra = table('final-02', {
      sheet: 'other',
      columns: ['total', 'basic'],
      rows: [
        { key: 'total', cells: { total: '9.00', basic: '9.00' } },
        { code: '2013701', cells: { total: '1.00', basic: '1.00' } },
        { code: '2013702', cells: { total: '2.00', basic: '2.00' } },
      ],
    });
    const r = lint(doc({ tables: [one, extra] }));
    // 'one' fails 2 of 2, below the minimum of 3: reported as errors; 'extra' likewise.
    expect(r.messages.filter((m) => m.severity === 2)).toHaveLength(4);
    expect(r.coverage.tablesInDoubt).toBeUndefined();
  });

  it('three or more failing identities out of a majority collapse into one doc/table-not-read warning', () => {
    const rows = [{ key: 'total', cells: { total: '421.00', basic: '500.00', project: '7.00' } }, { code: '2013701', cells: { total: '196.40', basic: '1.00', project: '1.00' } }, { code: '2013702', cells: { total: '214.61', basic: '2.00', project: '2.00' } }];
    const t = table('final-02', { columns: ['total', 'basic', 'project'], rows });
    const threeWay = createRule<'sum'>({
      meta: { ...probe.meta, messages: { sum: probe.meta.messages.sum } },
      check(d, ctx) {
        const tt = d.tables[0];
        const total = rowByKey(tt, 'total')!;
        for (const col of ['total', 'basic', 'project']) reportSum(ctx, { messageId: 'sum', data: {}, total: total.cells.get(col), at: total.ref, parts: ['2013701', '2013702'].map((code) => cellPart(tt, rowByCode(tt, code)!, col)) });
      },
    });
    const rules = new Map<string, Rule<string>>([[threeWay.meta.id, threeWay as Rule<string>], [TAIL_RULE_ID, tail as Rule<string>]]);
    const settings = new Map([
      [threeWay.meta.id, { severity: 2 as const, options: {} }],
      [TAIL_RULE_ID, { severity: 1 as const, options: {} }],
    ]);
    const r = runRules(doc({ tables: [t] }), { rules, settings, lang: 'zh', strict: true });
    expect(r.messages).toEqual([expect.objectContaining({ ruleId: 'doc/table-not-read', severity: 1, doubt: true })]);
    expect(r.messages[0].message).toContain('3 项勾稽关系中有 3 项不成立');
    expect(r.coverage.tablesInDoubt).toEqual([expect.objectContaining({ failed: 3, checked: 3 })]);
  });
});

describe('tableTitleAt', () => {
  it('places an address given by its A1 cell alone (no row) in the table whose rows hold it, on a stacked sheet', async () => {
    const { tableTitleAt } = await import('../../src/engine/engine');
    const a = { ...wrongTotal(), title: '收入支出决算总表', source: { file: 'test.xlsx', sheet: 'all', range: 'A1:F20' } };
    const b = { ...wrongTotal(), title: '政府性基金预算财政拨款收入支出决算表', source: { file: 'test.xlsx', sheet: 'all', range: 'A30:F40' } };
    const d = doc({ tables: [a, b] });
    expect(tableTitleAt(d, { file: 'test.xlsx', sheet: 'all', cell: 'A30' })).toBe('政府性基金预算财政拨款收入支出决算表');
    expect(tableTitleAt(d, { file: 'test.xlsx', sheet: 'all', cell: 'B5' })).toBe('收入支出决算总表');
  });
});
