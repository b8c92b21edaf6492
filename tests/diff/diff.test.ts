import { diffDocuments } from '../../src/diff';
import { table, doc, FILE } from '../helpers/ledger';
import type { LintMessage, LintResult } from '../../src/types';
import type { RowSpec } from '../helpers/ledger';

const COLS = ['total', 'fiscal'];
const ROWS: RowSpec[] = [
  { key: 'total', name: '合计', cells: { total: '465.34', fiscal: '465.34' } },
  { code: '201', name: '一般公共服务支出', cells: { total: '411.00', fiscal: '411.00' } },
  { code: '20137', name: '网信事务', cells: { total: '411.00', fiscal: '411.00' } },
  { code: '2013701', name: '行政运行', cells: { total: '196.40', fiscal: '196.40' } },
  { code: '2013702', name: '一般行政管理事务', cells: { total: '214.60', fiscal: '214.60' } },
  { code: '208', name: '社会保障和就业支出', cells: { total: '54.34', fiscal: '54.34' } },
];

const final02 = (rows: RowSpec[]) => table('final-02', { sheet: '公开02表', title: '收入决算表', columns: COLS, rows });
const final03 = () => table('final-03', { sheet: '公开03表', title: '支出决算表', columns: ['total'], rows: [{ key: 'total', cells: { total: '465.34' } }] });

function res(messages: LintMessage[]): LintResult {
  return {
    filePath: FILE,
    inputs: [FILE],
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    coverage: { tables: [], unrecognised: [], rulesSkipped: [], evaluations: 0, sentencesWithNumbers: 0, claimsChecked: 0, claimsNotUnderstood: [] },
  };
}

/** The finding sum/subject-hierarchy reports on 20137's total, at whatever row it sits. */
function classFinding(row: number, actual: string, expected: string, severity: 1 | 2 = 2): LintMessage {
  return { ruleId: severity === 2 ? 'sum/subject-hierarchy' : 'rounding/tail', messageId: 'classNotSum', severity, message: `款 20137 ${actual} ≠ ${expected}`, line: row, column: 3, sheet: '公开02表', cell: `C${row}`, table: '收入决算表', actual, expected, ...(severity === 1 ? { tail: true, tailOf: 'sum/subject-hierarchy' } : {}) };
}

describe('diffDocuments', () => {
  it('identical documents: no changes', () => {
    const a = doc({ tables: [final02(ROWS), final03()] });
    const b = doc({ tables: [final02(ROWS), final03()] });
    const d = diffDocuments(a, b, res([classFinding(10, '411.00', '411.01', 1)]), res([classFinding(10, '411.00', '411.01', 1)]));
    expect(d.values).toEqual([]);
    expect(d.rows).toEqual({ added: [], removed: [] });
    expect(d.tables).toEqual({ added: [], removed: [] });
    expect(d.findings).toEqual({ introduced: [], resolved: [], unchanged: 1 });
    expect(d.newErrors).toBe(0);
  });

  it('one amount changed: exactly one value change, and the findings it adds / removes', () => {
    const changed = ROWS.map((r) => (r.code === '2013702' ? { ...r, cells: { ...r.cells, total: '204.60' } } : r));
    const a = doc({ tables: [final02(ROWS)] });
    const b = doc({ tables: [final02(changed)] });
    const oldF = classFinding(10, '411.00', '411.01', 1); // tail before
    const newF = classFinding(10, '411.00', '401.00'); // error after
    const d = diffDocuments(a, b, res([oldF]), res([newF]));
    expect(d.values).toHaveLength(1);
    expect(d.values[0]).toMatchObject({ type: 'changed', table: 'final-02', row: 'code:2013702', column: 'total', old: '214.60', new: '204.60' });
    expect(d.values[0].newRef).toMatchObject({ sheet: '公开02表', cell: 'C12' });
    expect(d.rows.added).toEqual([]);
    expect(d.findings.introduced).toEqual([newF]);
    expect(d.findings.resolved).toEqual([oldF]);
    expect(d.newErrors).toBe(1);
  });

  it('an inserted row shifts nothing: only the row itself, no spurious value changes or findings', () => {
    const inserted = [...ROWS.slice(0, 2), { code: '20101', name: '人大事务', cells: { total: '0.00', fiscal: '0.00' } }, ...ROWS.slice(2)];
    const a = doc({ tables: [final02(ROWS)] });
    const b = doc({ tables: [final02(inserted)] });
    // Same finding on 20137, which moved from row 10 to row 11.
    const d = diffDocuments(a, b, res([classFinding(10, '411.00', '411.01', 1)]), res([classFinding(11, '411.00', '411.01', 1)]));
    expect(d.values).toEqual([]);
    expect(d.rows.removed).toEqual([]);
    expect(d.rows.added).toHaveLength(1);
    expect(d.rows.added[0]).toMatchObject({ table: 'final-02', row: 'code:20101', rowLabel: '20101 人大事务' });
    expect(d.findings).toEqual({ introduced: [], resolved: [], unchanged: 1 });
  });

  it('printed precision alone is not a change (411 vs 411.00)', () => {
    const plain = ROWS.map((r) => (r.code === '201' ? { ...r, cells: { total: '411', fiscal: '411.0' } } : r));
    const d = diffDocuments(doc({ tables: [final02(ROWS)] }), doc({ tables: [final02(plain)] }), res([]), res([]));
    expect(d.values).toEqual([]);
  });

  it('tables added and removed; values added and removed', () => {
    const blanked = ROWS.map((r) => (r.code === '208' ? { ...r, cells: { total: '54.34' } } : r.code === '201' ? { ...r, cells: { ...r.cells } } : r));
    const a = doc({ tables: [final02(ROWS), final03()] });
    const b = doc({ tables: [final02(blanked), table('final-09', { sheet: '公开09表', title: '三公', columns: ['total'], rows: [{ key: 'total', cells: { total: '1.00' } }] })] });
    const d = diffDocuments(a, b, res([]), res([]));
    expect(d.tables.removed.map((t) => t.kind)).toEqual(['final-03']);
    expect(d.tables.added.map((t) => t.kind)).toEqual(['final-09']);
    expect(d.values).toEqual([expect.objectContaining({ type: 'removed', row: 'code:208', column: 'fiscal', old: '54.34' })]);
  });

  it('narrative findings match by sentence with figures blanked, not by line', () => {
    const para = (lines: string[]) => lines.map((text, i) => ({ text, ref: { file: 'test.md', line: i + 1, column: 1 } }));
    const a = doc({ narrative: para(['一、概况', '支出 465.34 万元，增长 12.5%。']) });
    const b = doc({ narrative: para(['一、概况', '（新增一段）', '支出 465.34 万元，增长 12.6%。']) });
    const m = (line: number, actual: string): LintMessage => ({ ruleId: 'narrative/change', messageId: 'pctWrong', severity: 2, message: '增长率不符', line, column: 1, file: 'test.md', source: 'narrative', actual, expected: '10.00' });
    const d = diffDocuments(a, b, res([m(2, '12.50')]), res([m(3, '12.60')]));
    expect(d.findings).toEqual({ introduced: [], resolved: [], unchanged: 1 });
  });

  it('duplicate keys (final-01 expense classes) are told apart by name', () => {
    const t = (amount: string) =>
      table('final-01', {
        sheet: '公开01表', columns: ['amount'],
        rows: [
          { key: 'expense.class', name: '一般公共服务支出', side: 'expense', cells: { amount: '411.00' } },
          { key: 'expense.class', name: '社会保障和就业支出', side: 'expense', cells: { amount: amount } },
        ],
      });
    const d = diffDocuments(doc({ tables: [t('54.34')] }), doc({ tables: [t('54.35')] }), res([]), res([]));
    expect(d.values).toEqual([expect.objectContaining({ row: 'expense:key:expense.class|社会保障和就业支出', old: '54.34', new: '54.35' })]);
  });
});

import { evaluation } from '../helpers/ledger';

describe('diffDocuments on self-evaluations', () => {
  const spec = (score: string) => ({
    name: '信息化运维',
    funds: [{ initial: '100.00', full: '100.00', executed: '95.00', rate: '95.00', weight: '10', score: '9.50' }],
    indicators: [
      { l1: '产出指标', l2: '数量指标', name: '系统数', target: '≥3个', actual: '3个', weight: '20', score: '20' },
      { name: '运维次数', target: '12次', actual: '12次', weight: '20', score },
    ],
    total: '89.50',
  });
  it('keys indicators by name, not row', () => {
    const d = diffDocuments(doc({ evaluations: [evaluation(spec('20'))] }), doc({ evaluations: [evaluation(spec('18'))] }), res([]), res([]));
    expect(d.values).toEqual([expect.objectContaining({ table: 'evaluation:信息化运维', row: 'ind:产出指标/数量指标/运维次数', column: 'score', old: '20', new: '18' })]);
  });
});
