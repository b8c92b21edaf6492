/** 决算 公开01–10 recognition on seed 000 (fixtures/seed-000/000.xlsx) and its renditions. */
import { FINAL_09_COLUMNS, FINAL_KINDS } from '../../src/ledger/table-kinds';
import type { RecognizeOutput } from '../../src/recognize/types';
import { cellAt, csvFiles, finalClaims, gridsOf, projection, recognizeFiles, rowBy, tableOf } from './final-helpers';

const SEED = 'seed-000/000.xlsx';
const DEPARTMENT = '中共长治市委网络安全和信息化委员会办公室';
const KINDS = Object.keys(FINAL_KINDS);

let seed: RecognizeOutput;
beforeAll(async () => {
  seed = await recognizeFiles(SEED);
});

describe('seed 000, one sheet per table', () => {
  it('recognises each of the ten tables once, with its printed title and unit', () => {
    const finals = seed.tables.filter((t) => t.kind.startsWith('final-'));
    expect(finals.map((t) => t.kind)).toEqual(KINDS);
    for (const t of finals) {
      expect(t.title).toBe(FINAL_KINDS[t.kind as keyof typeof FINAL_KINDS]);
      expect(t.unit).toBe('万元');
      expect(t.source.file).toMatch(/000\.xlsx$/);
    }
  });

  it('reads 部门名称 / 年度 / 金额单位 into the document meta', () => {
    expect(seed.meta).toEqual({ department: DEPARTMENT, year: '2024', unit: '万元' });
  });

  it('gives each table its sheet and range', () => {
    expect(tableOf(seed, 'final-06').source).toMatchObject({ sheet: '一般公共预算财政拨款基本支出决算明细表', range: 'A1:L37' });
    expect(tableOf(seed, 'final-02').source).toMatchObject({ sheet: '收入决算表', range: 'A1:I27' });
    // 01's sheet starts with the 第二部分 heading; the table starts at its title.
    expect(tableOf(seed, 'final-01').source.range).toBe('A2:F39');
  });

  it('reports no final table as unrecognised', () => {
    const titles = Object.values(FINAL_KINDS);
    expect(seed.unrecognised.filter((u) => titles.some((t) => u.reason.startsWith(t)))).toEqual([]);
  });

  it('02: code rows with levels, 411 printed as 411.00 by the table precision', () => {
    const t = tableOf(seed, 'final-02');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'fiscal', 'superior', 'business', 'operating', 'affiliate', 'other']);
    expect(cellAt(t, { code: '20137' }, 'total')).toEqual({ value: '411.00', decimals: 2, cell: 'C10', sheet: '收入决算表' });
    expect(cellAt(t, { code: '2013701' }, 'total')).toMatchObject({ value: '196.40', decimals: 2, cell: 'C11' });
    expect(cellAt(t, { key: 'total' }, 'fiscal')).toMatchObject({ value: '465.34', cell: 'D8' });
    expect(cellAt(t, { key: 'total' }, 'superior')).toMatchObject({ value: null, cell: 'E8' });
    expect(rowBy(t, { code: '201' })).toMatchObject({ name: '一般公共服务支出', level: 1, ref: { cell: 'A9', row: 9, col: 1 } });
    expect(rowBy(t, { code: '20137' }).level).toBe(2);
    expect(rowBy(t, { code: '2210201' }).level).toBe(3);
    expect(t.rows).toHaveLength(19);
  });

  it('03: header words split by spaces (上缴 上级 支出, 对附属单 位补助 支出) are placed', () => {
    const t = tableOf(seed, 'final-03');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'remit', 'operating', 'subsidy']);
    expect(cellAt(t, { key: 'total' }, 'project')).toMatchObject({ value: '224.50', cell: 'E7' });
  });

  it('01: two sides with canonical keys; class rows without their ordinal', () => {
    const t = tableOf(seed, 'final-01');
    expect(cellAt(t, { key: 'income.gpb' }, 'amount')).toMatchObject({ value: '465.34', cell: 'C8' });
    expect(cellAt(t, { key: 'income.carryIn' }, 'amount')).toMatchObject({ value: '37.64', cell: 'C36' });
    expect(cellAt(t, { key: 'income.grand' }, 'amount')).toMatchObject({ value: '502.98', cell: 'C38' });
    expect(cellAt(t, { key: 'expense.total' }, 'amount')).toMatchObject({ value: '502.98', cell: 'F34' });
    expect(cellAt(t, { key: 'expense.carryOut' }, 'amount')).toMatchObject({ value: null, cell: 'F36' });
    const classes = t.rows.filter((r) => r.key === 'expense.class');
    expect(classes[0]).toMatchObject({ name: '一般公共服务支出', side: 'expense', ref: { cell: 'D8' } });
    expect(classes.find((r) => r.name === '住房保障支出')?.cells.get('amount')?.value?.toFixed(2)).toBe('18.87');
    expect(t.rows.every((r) => r.side === 'income' || r.side === 'expense')).toBe(true);
    for (const key of ['income.total', 'income.nonFiscalSurplus', 'expense.surplusDistribution', 'expense.grand']) expect(rowBy(t, { key }).key).toBe(key);
  });

  it('04: income carry-in breakdown and four expense columns', () => {
    const t = tableOf(seed, 'final-04');
    expect(cellAt(t, { key: 'income.carryIn.gpb' }, 'amount')).toMatchObject({ value: '37.64', cell: 'C37' });
    expect(cellAt(t, { key: 'income.carryIn.fund' }, 'amount').value).toBeNull();
    expect(cellAt(t, { key: 'income.gpb' }, 'amount').value).toBe('465.34');
    expect(cellAt(t, { key: 'expense.total' }, 'gpb')).toMatchObject({ value: '502.98', cell: 'G35' });
    expect(cellAt(t, { key: 'expense.grand' }, 'total')).toMatchObject({ value: '502.98', cell: 'F40' });
    expect(rowBy(t, { key: 'expense.class' }).cells.get('gpb')?.ref.cell).toBe('G9');
  });

  it('05: 小计 / 基本支出 / 项目支出', () => {
    const t = tableOf(seed, 'final-05');
    expect(cellAt(t, { key: 'total' }, 'total')).toMatchObject({ value: '502.98', cell: 'C9' });
    expect(cellAt(t, { code: '2013702' }, 'basic').value).toBeNull();
    expect(cellAt(t, { code: '2013702' }, 'project').value).toBe('224.50');
  });

  it('06: four column groups flattened; 公用经费合计 read from the far-right column; ——— is blank', () => {
    const t = tableOf(seed, 'final-06');
    expect(cellAt(t, { key: 'personnel.total' }, 'amount')).toMatchObject({ value: '207.29', cell: 'C36' });
    expect(cellAt(t, { key: 'public.total' }, 'amount')).toMatchObject({ value: '71.20', decimals: 2, cell: 'L36' });
    expect(cellAt(t, { code: '302' }, 'amount')).toMatchObject({ value: '43.45', cell: 'F8' });
    expect(cellAt(t, { code: '31002' }, 'amount')).toMatchObject({ value: '27.75', cell: 'I28' });
    expect(cellAt(t, { code: '30901' }, 'amount')).toMatchObject({ value: null, cell: 'I14' });
    expect(cellAt(t, { code: '30229' }, 'amount')).toMatchObject({ value: '3.00', decimals: 2 });
    expect(rowBy(t, { code: '301' }).level).toBe(1);
    expect(rowBy(t, { code: '39999' })).toMatchObject({ level: 2, name: '其他支出', ref: { cell: 'J34' } });
    const codes = t.rows.filter((r) => r.code).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.slice(0, 2)).toEqual(['301', '30101']);
  });

  it('07 and 08: empty tables say so and keep their notes', () => {
    for (const kind of ['final-07', 'final-08']) {
      const t = tableOf(seed, kind);
      expect(t.empty).toBe(true);
      expect(t.notes).toContain('说明：本表无数据');
      expect(rowBy(t, { key: 'total' }).cells.size).toBe(t.columns.length);
    }
    expect(tableOf(seed, 'final-07').columns.map((c) => c.key)).toEqual(['carryIn', 'income', 'total', 'basic', 'project', 'carryOut']);
    expect(tableOf(seed, 'final-08').columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
  });

  it('09: one 三公 row with all twelve columns', () => {
    const t = tableOf(seed, 'final-09');
    expect(t.columns.map((c) => c.key)).toEqual(Object.keys(FINAL_09_COLUMNS));
    expect(t.rows).toHaveLength(1);
    expect(cellAt(t, { key: 'sangong' }, 'final.reception')).toMatchObject({ value: '0.05', decimals: 2, cell: 'L10' });
    expect(cellAt(t, { key: 'sangong' }, 'budget.total')).toMatchObject({ value: '0.05', cell: 'A10' });
    expect(cellAt(t, { key: 'sangong' }, 'budget.carRun')).toMatchObject({ value: null, cell: 'E10' });
    expect(cellAt(t, { key: 'sangong' }, 'final.car').cell).toBe('I10');
  });

  it('10: keyed rows; vehicle counts stay integers', () => {
    const t = tableOf(seed, 'final-10');
    expect(cellAt(t, { key: 'vehicles.confidential' }, 'amount')).toMatchObject({ value: '1', decimals: 0, cell: 'C18' });
    expect(cellAt(t, { key: 'vehicles.total' }, 'amount').value).toBe('1');
    expect(cellAt(t, { key: 'procurement.total' }, 'amount')).toMatchObject({ value: '93.24', cell: 'C6' });
    expect(cellAt(t, { key: 'adminCost.admin' }, 'amount')).toMatchObject({ value: '71.20', cell: 'C12' });
    expect(cellAt(t, { key: 'equipment.over1m' }, 'amount')).toMatchObject({ value: null, cell: 'C24' });
    expect(t.rows.map((r) => r.key)).toEqual([
      'procurement.total', 'procurement.goods', 'procurement.works', 'procurement.services', 'adminCost.admin', 'adminCost.civil',
      'vehicles.total', 'vehicles.minister', 'vehicles.head', 'vehicles.confidential', 'vehicles.emergency', 'vehicles.law',
      'vehicles.special', 'vehicles.retired', 'vehicles.other', 'equipment.over1m',
    ]);
  });

  it('does not claim the self-evaluation sheets, nor take the table of contents for tables', async () => {
    const grids = await gridsOf(SEED);
    const { out, claimed } = finalClaims(grids);
    const evalSheets = grids.map((g) => g.sheet).filter((s) => /绩效/.test(s));
    expect(evalSheets.length).toBeGreaterThan(5);
    for (const s of evalSheets) expect(claimed.get(s)).toBeUndefined();
    expect(claimed.get('表1')).toBeUndefined();
    expect(out.tables.every((t) => !/绩效|表1/.test(t.source.sheet))).toBe(true);
    expect(out.tables).toHaveLength(10);
    expect(out.unrecognised).toEqual([]);
    // every row of a table sheet from its title to its note is claimed
    expect([...(claimed.get('收入决算表') ?? [])].sort((a, b) => a - b)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
  });
});

describe('other renditions of seed 000 give the same ledger', () => {
  it('stacked in one sheet', async () => {
    const out = await recognizeFiles('seed-000-stacked.xlsx');
    expect(projection(out.tables)).toEqual(projection(seed.tables));
    expect(out.meta).toEqual(seed.meta);
    expect(new Set(out.tables.map((t) => t.source.sheet))).toEqual(new Set(['Sheet1']));
    expect(out.unrecognised).toEqual([]);
    // the ranges follow one another down the sheet
    const starts = out.tables.map((t) => Number(/^A(\d+)/.exec(t.source.range ?? '')?.[1]));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('one GBK CSV per table, numbers as text', async () => {
    const out = await recognizeFiles(...csvFiles('seed-000-csv'));
    expect(projection(out.tables)).toEqual(projection(seed.tables));
    expect(out.meta).toEqual(seed.meta);
    const t = tableOf(out, 'final-02');
    expect(cellAt(t, { code: '20137' }, 'total')).toEqual({ value: '411.00', decimals: 2, cell: 'C10', sheet: '02' });
    expect(cellAt(tableOf(out, 'final-06'), { key: 'public.total' }, 'amount')).toMatchObject({ value: '71.20', cell: 'L36', sheet: '06' });
  });

  it('02 continued on a second page with title and header repeated', async () => {
    const out = await recognizeFiles('seed-000-continued.xlsx');
    expect(projection(out.tables)).toEqual(projection(seed.tables));
    const t = tableOf(out, 'final-02');
    expect(t.rows).toHaveLength(19);
    expect(rowBy(t, { code: '201' }).ref.cell).toBe('A9');
    // page 2 rows keep their own cells (below the repeated header)
    expect(cellAt(t, { code: '208' }, 'total').cell).toBe('C24');
    expect(out.unrecognised.filter((u) => u.sheet === '收入决算表')).toEqual([]);
  });
});

describe('tables without their title lines (as docx tables arrive)', () => {
  it('are recognised by their header words, 05 before 08 by order', async () => {
    const { gridFromText } = await import('../../src/read/grid');
    const csv = await gridsOf(...csvFiles('seed-000-csv'));
    const titleLine = /(?:决算|明细|统计)表$|决算总表$|^公开\d+|^表$|部门名称|年度$|单位：|^第二部分/;
    const bodies = csv.map((g) => {
      const rows = g.rows.map((row) => Array.from({ length: g.colCount }, (_, c) => row[c]?.raw ?? ''));
      return gridFromText('dept.docx', `表${g.sheet}`, rows.filter((r) => !titleLine.test(r.join('').replace(/\s+/g, ''))));
    });
    const out = (await import('../../src/recognize/index')).recognize(bodies);
    expect(out.tables.map((t) => t.kind)).toEqual(KINDS);
    const expected = projection(seed.tables).map((l) => l.replace(' 万元 ', ' null '));
    expect(projection(out.tables)).toEqual(expected);
  });

  it('a lone budget-like table without a title is not taken for a 决算 table', async () => {
    const { gridFromText } = await import('../../src/read/grid');
    const { recognize } = await import('../../src/recognize/index');
    const grid = gridFromText('b.docx', '表1', [['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', '1.00', '1.00', '']]);
    expect(recognize([grid]).tables.filter((t) => t.kind.startsWith('final-'))).toEqual([]);
  });
});

describe('a Word document: titles, 单位 lines and notes as paragraphs, tables as tables', () => {
  it('gives the same rows and figures (the unit and notes live in the paragraphs)', async () => {
    const out = await recognizeFiles('seed-000-tables.docx');
    expect(out.tables.map((t) => t.kind)).toEqual(KINDS);
    const withoutUnitAndNotes = (lines: string[]) => lines.map((l) => (l.startsWith('# ') ? l.replace(/^(# \S+ \S+) \S+ (.*\]).*$/, '$1 $2') : l));
    expect(withoutUnitAndNotes(projection(out.tables))).toEqual(withoutUnitAndNotes(projection(seed.tables)));
    expect(out.unrecognised).toEqual([]);
    expect(tableOf(out, 'final-02').source.sheet).toBe('表2');
  });
});
