/**
 * 预算 recognition on seed 001 in three renditions: Word written by the `docx` package, Word written
 * by LibreOffice from HTML, and a workbook with one sheet per table (fixtures/README.md).
 */
import type { LedgerTable } from '../../src/types';
import type { RecognizeOutput } from '../../src/recognize/types';
import { recognizeFiles } from './final-helpers';

const DOCX = 'seed-001/001.docx';
const LIBRE = 'seed-001/001-libreoffice.docx';
const XLSX = 'seed-001/001.xlsx';

const KINDS = [
  'budget-summary',
  'budget-income',
  'budget-expense',
  'budget-fiscal-summary',
  'budget-gpb-expense',
  'budget-gpb-basic',
  'budget-fund',
  'budget-soe',
  'budget-sangong',
  ...Array(6).fill('budget-perf-target'),
  'budget-procurement',
  'budget-assets',
];

const PROJECTS = ['互联网企业监管和网络执法经费', '互联网信息管理经费', '网络安全保障经费', '网络安全主题宣传经费', '网信系统视频会议室网络租赁经费', '微信矩阵运营及维护经费'];

/** A table's content independent of where it was printed: row keys / codes / names and figures. */
function content(t: LedgerTable): unknown {
  return {
    kind: t.kind,
    empty: !!t.empty,
    rows: t.rows.map((r) => [r.key ?? '', r.code ?? '', r.name, ...[...r.cells].filter(([, c]) => c.raw !== '').map(([k, c]) => `${k}=${c.value !== null ? c.value.toFixed(c.decimals) : c.raw}`)].join('|')),
  };
}

const out: Record<string, RecognizeOutput> = {};
beforeAll(async () => {
  for (const f of [DOCX, LIBRE, XLSX]) out[f] = await recognizeFiles(f);
});

const tableOf = (o: RecognizeOutput, kind: string): LedgerTable => o.tables.find((t) => t.kind === kind) as LedgerTable;
const rowOf = (t: LedgerTable, key: string): LedgerTable['rows'][number] => t.rows.find((r) => r.key === key || r.code === key) as LedgerTable['rows'][number];

describe.each([DOCX, LIBRE, XLSX])('seed 001 as %s', (file) => {
  it('recognises every table, in order, and leaves nothing unrecognised', () => {
    expect(out[file].tables.map((t) => t.kind)).toEqual(KINDS);
    expect(out[file].unrecognised).toEqual([]);
    expect(out[file].tables.filter((t) => t.kind === 'budget-perf-target').map((t) => t.title)).toEqual(PROJECTS);
  });

  it('reads the meta lines', () => {
    expect(out[file].meta).toEqual({ department: '中共馆陶县委网络安全和信息化委员会办公室本级', year: '2024', unit: '万元' });
  });

  it('marks the tables printed without data empty, with their notes in the workbook', () => {
    const empty = out[file].tables.filter((t) => t.empty).map((t) => t.kind);
    expect(empty).toEqual(['budget-fund', 'budget-soe', 'budget-sangong', 'budget-procurement']);
    if (file === XLSX) expect(tableOf(out[file], 'budget-fund').notes).toEqual(['注：无政府基金预算财政拨款预算，空表列示。']);
  });

  it('reads the two-sided summary, the subject tables and the blank 资产总额', () => {
    const s = tableOf(out[file], 'budget-summary');
    expect(rowOf(s, 'income.total').cells.get('amount')?.value?.toFixed(2)).toBe('116.76');
    expect(s.rows.filter((r) => r.key === 'expense.class')).toHaveLength(31);
    const basic = tableOf(out[file], 'budget-gpb-basic');
    expect(rowOf(basic, '302').cells.get('public')?.value?.toFixed(2)).toBe('8.95');
    expect(rowOf(basic, '30101').cells.get('total')?.decimals).toBe(2);
    const assets = tableOf(out[file], 'budget-assets');
    expect(rowOf(assets, 'total').cells.get('value')?.value).toBeNull();
    expect(rowOf(assets, 'other').cells.get('value')?.value?.toFixed(3)).toBe('1.385');
  });

  it('reads each 绩效目标表: 预算数, 财政资金, quarterly plan and seven indicators', () => {
    const p = out[file].tables.find((t) => t.title === '网信系统视频会议室网络租赁经费') as LedgerTable;
    const funds = rowOf(p, 'funds');
    expect(funds.code).toBe('13043324P00001310006N');
    expect(funds.cells.get('budget')?.value?.toFixed(2)).toBe('0.84');
    expect(funds.cells.get('fiscal')?.value?.toFixed(2)).toBe('0.84');
    expect(['q1', 'q2', 'q3', 'q4'].map((q) => rowOf(p, 'plan').cells.get(q)?.value?.toString())).toEqual(['25', '50', '75', '100']);
    const ind = p.rows.filter((r) => r.key === 'indicator');
    expect(ind.map((r) => r.name)).toHaveLength(7);
    const cost = ind.find((r) => r.name === '网络专线租用成本控制率');
    expect(cost?.cells.get('l1')?.raw).toBe('产出指标');
    expect(cost?.cells.get('l2')?.raw).toBe('成本指标');
    expect(cost?.cells.get('value')?.raw).toBe('≤0.84万元');
    const last = ind[ind.length - 1];
    expect([last.cells.get('l1')?.raw, last.cells.get('l2')?.raw, last.name, last.cells.get('value')?.raw]).toEqual(['满意度指标', '服务对象满意度指标', '会议满意度', '≥95%']);
  });
});

describe('renditions agree', () => {
  it('the LibreOffice .docx and the workbook hold the same ledger as the docx-package .docx', () => {
    const base = out[DOCX].tables.map(content);
    expect(out[LIBRE].tables.map(content)).toEqual(base);
    expect(out[XLSX].tables.map(content)).toEqual(base);
  });
});

describe('locations', () => {
  it('docx cells name the table number (sheet 表N), row and column', () => {
    const assets = tableOf(out[DOCX], 'budget-assets');
    expect(assets.source).toMatchObject({ sheet: '表24', range: 'A1:C8' });
    expect(rowOf(assets, 'other').cells.get('value')?.ref).toMatchObject({ sheet: '表24', cell: 'C8', row: 8, col: 3 });
    const summary = tableOf(out[DOCX], 'budget-summary');
    expect(rowOf(summary, 'income.gpb').cells.get('amount')?.ref).toMatchObject({ sheet: '表1', cell: 'C5', row: 5, col: 3 });
  });

  it('workbook cells name their sheet and A1 cell (titles are on row 1)', () => {
    const assets = tableOf(out[XLSX], 'budget-assets');
    expect(rowOf(assets, 'total').cells.get('value')?.ref).toMatchObject({ cell: 'C4' });
    expect(assets.title).toBe('单位固定资产占用情况表');
  });
});

describe('部门预算 variants', () => {
  it('部门财务收支预算总表, 项目支出表 and a 本表无数据 note, by title in a workbook', async () => {
    const { gridFromText } = await import('../../src/read/grid');
    const { recognize } = await import('../../src/recognize/index');
    const E = '';
    const summary = gridFromText('d.xlsx', 'S1', [
      ['部门财务收支预算总表'],
      ['部门：某某局', E, E, '单位：万元'],
      ['收入', E, '支出', E],
      ['项目', '预算数', '项目', '预算数'],
      ['一、一般公共预算拨款收入', '300.00', '一、一般公共服务支出', '250.00'],
      ['二、政府性基金预算拨款收入', E, '二、教育支出', '50.00'],
      ['本年收入合计', '300.00', '本年支出合计', '300.00'],
      ['收入总计', '300.00', '支出总计', '300.00'],
    ]);
    const projects = gridFromText('d.xlsx', 'S2', [
      ['项目支出表'],
      ['单位：万元'],
      ['项目名称', '合计', '一般公共预算拨款', '政府性基金预算拨款'],
      ['信息化运维', '30.00', '30.00', E],
      ['专项调研', '20.00', '20.00', E],
      ['合计', '50.00', '50.00', E],
    ]);
    const fund = gridFromText('d.xlsx', 'S3', [
      ['政府性基金预算支出表'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['栏次', E, '1', '2', '3'],
      ['说明：本表无数据。'],
    ]);
    const out = recognize([summary, projects, fund]);
    expect(out.tables.map((t) => t.kind)).toEqual(['budget-summary', 'budget-project-expense', 'budget-fund']);
    const [s, p, f] = out.tables;
    expect(s.title).toBe('部门财务收支预算总表');
    expect(s.rows.filter((r) => r.key === 'expense.class').map((r) => r.name)).toEqual(['一般公共服务支出', '教育支出']);
    expect(p.rows.map((r) => `${r.key}:${r.name}:${r.cells.get('amount')?.raw}`)).toEqual(['project:信息化运维:30.00', 'project:专项调研:20.00', 'total:合计:50.00']);
    expect(f).toMatchObject({ empty: true, notes: ['说明：本表无数据。'] });
    expect(out.meta).toMatchObject({ department: '某某局', unit: '万元' });
  });
});

describe('stacked', () => {
  it('all of seed 001’s tables stacked in one sheet (by their titles) read as one per sheet', async () => {
    const { gridsOf } = await import('./final-helpers');
    const { gridFromText } = await import('../../src/read/grid');
    const { recognize } = await import('../../src/recognize/index');
    const rows: string[][] = [];
    for (const g of await gridsOf(XLSX)) {
      for (const r of g.rows) rows.push(Array.from({ length: g.colCount }, (_, c) => r?.[c]?.raw ?? ''));
      rows.push([]);
    }
    const stacked = recognize([gridFromText('stacked.xlsx', '全部', rows)]);
    expect(stacked.tables.map(content)).toEqual(out[XLSX].tables.map(content));
    expect(stacked.unrecognised).toEqual([]);
  });
});
