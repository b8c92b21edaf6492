/**
 * The 上海 2024 部门决算 set (fixtures/corpus/sh-plan.xlsx, sh-social.xlsx: the workbooks of two
 * published documents): nine tables read by content, with their printed titles, columns and readings.
 */
import { FINAL_09_COLUMNS } from '../../src/ledger/table-kinds';
import type { RecognizeOutput } from '../../src/recognize/types';
import { cellAt, recognizeFiles, rowBy, tableOf } from './final-helpers';

const NINE = ['final-01', 'final-02', 'final-03', 'final-04', 'final-05', 'final-06', 'final-07', 'final-08', 'final-09'];

let plan: RecognizeOutput;
let social: RecognizeOutput;
beforeAll(async () => {
  plan = await recognizeFiles('corpus/sh-plan.xlsx');
  social = await recognizeFiles('corpus/sh-social.xlsx');
});

describe.each([
  ['sh-plan', () => plan],
  ['sh-social', () => social],
])('%s', (_name, out) => {
  it('reads the nine tables, each once, and leaves nothing unrecognised', () => {
    expect(out().tables.map((t) => t.kind).sort()).toEqual(NINE);
    expect(out().unrecognised).toEqual([]);
  });

  it('reads 06 and 08 under their 上海 titles', () => {
    expect(tableOf(out(), 'final-06').title).toBe('一般公共预算财政拨款基本支出决算表');
    expect(tableOf(out(), 'final-08').title).toBe('国有资本经营预算财政拨款收入支出决算表');
    expect(out().tables.some((t) => t.kind === 'budget-sangong')).toBe(false);
  });

  it('reads the 三公 header (因公出国（境）费, 公务用车购置及运行维护费 over 小计/购置费/运行维护费, 公务接待费) × 预算数/决算数', () => {
    const t = tableOf(out(), 'final-09');
    expect(t.columns.map((c) => c.key).sort()).toEqual(Object.keys(FINAL_09_COLUMNS).sort());
    for (const c of t.columns) expect(c.reading).toMatchObject({ basis: 'header', strength: 'strong' });
  });

  it('reads 08 with 07\'s columns (年初结转和结余 … 年末结转和结余), empty as its 说明 says', () => {
    const t = tableOf(out(), 'final-08');
    expect(t.columns.map((c) => c.key)).toEqual(['carryIn', 'income', 'total', 'basic', 'project', 'carryOut']);
    expect(t.empty).toBe(true);
  });

  it('records the kind from the title and the unit from the 单位 line', () => {
    for (const t of out().tables) {
      expect(t.readings).toEqual([expect.objectContaining({ aspect: 'table', basis: 'title', detail: t.title })]);
      expect(t.unitReading).toMatchObject({ as: '万元', basis: 'label', detail: '单位：万元' });
    }
  });

  it('keeps the template lines between a table\'s 注 and its 说明 as notes', () => {
    const notes = tableOf(out(), 'final-07').notes ?? [];
    expect(notes[0]).toMatch(/^注：/);
    expect(notes[notes.length - 1]).toMatch(/^说明：.*故本表无数据。$/);
  });
});

describe('sh-plan figures', () => {
  it('reads 三公 预算数 2.85 / 决算数 0.39, all of it 公务接待费', () => {
    const t = tableOf(plan, 'final-09');
    expect(cellAt(t, { key: 'sangong' }, 'budget.total').value).toBe('2.85');
    expect(cellAt(t, { key: 'sangong' }, 'final.total').value).toBe('0.39');
    expect(cellAt(t, { key: 'sangong' }, 'final.reception').value).toBe('0.39');
    expect(cellAt(t, { key: 'sangong' }, 'final.carRun').value).toBe('0.00');
  });

  it('reads 支出决算表 合计 9759.38 (not 0.00) and the 06 人员经费合计 4884.09', () => {
    expect(cellAt(tableOf(plan, 'final-03'), { key: 'total' }, 'total').value).toBe('9759.38');
    expect(cellAt(tableOf(plan, 'final-06'), { key: 'personnel.total' }, 'amount').value).toBe('4884.09');
    expect(rowBy(tableOf(plan, 'final-05'), { code: '2120101' }).reading).toMatchObject({ basis: 'code', detail: '2120101' });
  });
});

describe('sh-social', () => {
  it('reads the header of its empty 三公 table and says it is empty', () => {
    const t = tableOf(social, 'final-09');
    expect(t.columns).toHaveLength(12);
    expect(t.rows).toEqual([]);
    expect(t.empty).toBe(true);
  });
});

describe('the 上海 三公 header with its merges as first-column-only labels (PDF conversions)', () => {
  it('ends a sub-label\'s span where the next group (公务接待费) starts above it', async () => {
    const { gridFromText } = await import('../../src/read/grid');
    const { recognize } = await import('../../src/recognize/index');
    const E = '';
    const grid = gridFromText('d.xlsx', 'S9', [
      ['财政拨款“三公”经费支出决算表'],
      ['单位：万元'],
      ['财政拨款“三公”经费'],
      ['合计', E, '因公出国（境）费', E, '公务用车购置及运行维护费', E, E, E, E, E, '公务接待费', E],
      [E, E, E, E, '小计', E, '公务用车购置费', E, '公务用车运行维护费', E, E, E],
      ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
      ['2.85', '0.39', '0', '0', '0', '0', '0', '0', '0', '0', '2.85', '0.39'],
      ['注：本表反映部门本年度“三公”经费支出预决算情况。'],
    ]);
    const out = recognize([grid]);
    expect(out.unrecognised).toEqual([]);
    const row = out.tables[0].rows[0];
    expect(row.cells.get('budget.reception')?.raw).toBe('2.85');
    expect(row.cells.get('final.carRun')?.raw).toBe('0');
  });
});
