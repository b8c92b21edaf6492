/** The readings recognizers record: unit printed or borrowed, 06 totals placed by header or by order. */
import { gridFromText } from '../../src/read/grid';
import { recognize } from '../../src/recognize/index';

const E = '';

describe('unit readings', () => {
  it('a table without its own 单位 line borrows the unit of another table, as a weak default', () => {
    const income = gridFromText('d.xlsx', 'S2', [
      ['收入决算表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '本年收入合计', '财政拨款收入'],
      ['合计', E, '10.00', '10.00'],
      ['201', '一般公共服务支出', '10.00', '10.00'],
    ]);
    const expense = gridFromText('d.xlsx', 'S3', [
      ['支出决算表'],
      ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '上缴上级支出'],
      ['合计', E, '10.00', '6.00', '4.00', E],
      ['201', '一般公共服务支出', '10.00', '6.00', '4.00', E],
    ]);
    const [t2, t3] = recognize([income, expense]).tables;
    expect(t2.unitReading).toMatchObject({ as: '万元', basis: 'label', strength: 'strong', detail: '单位：万元' });
    expect(t3.unit).toBe('万元');
    expect(t3.unitReading).toMatchObject({ as: '万元', basis: 'default', strength: 'weak', note: { zh: '取自收入决算表', en: 'taken from “收入决算表”' } });
    expect(t3.unitReading?.detail).toBeUndefined();
  });
});

describe('06 totals', () => {
  const grid = (totals: string[]) =>
    gridFromText('d.xlsx', 'S6', [
      ['一般公共预算财政拨款基本支出决算表'],
      ['单位：万元'],
      ['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数'],
      ['301', '工资福利支出', '90.00', '302', '商品和服务支出', '10.00'],
      ['30101', '基本工资', '90.00', '30201', '办公费', '10.00'],
      totals,
    ]);
  const totalCell = (totals: string[], key: string) => recognize([grid(totals)]).tables[0].rows.find((r) => r.key === key)!.cells.get('amount')!;

  it('a figure under a 决算数 header is placed by that header', () => {
    const cell = totalCell(['人员经费合计', E, '90.00', '公用经费合计', E, '10.00'], 'personnel.total');
    expect(cell.raw).toBe('90.00');
    expect(cell.readings ?? []).toEqual([]);
  });

  it('a figure found only by coming after its label is an order reading (weak)', () => {
    const cell = totalCell(['人员经费合计', '90.00', E, '公用经费合计', '10.00', E], 'personnel.total');
    expect(cell.raw).toBe('90.00');
    expect(cell.readings).toEqual([expect.objectContaining({ aspect: 'placement', basis: 'order', strength: 'weak' })]);
  });
});

describe('a row whose figures sit off the header', () => {
  it('reads what stands under the header, each cell with a weak placement reading naming the stray figures', () => {
    const grid = gridFromText('d.xlsx', 'S5', [
      ['一般公共预算财政拨款支出决算表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', E, '9.00', E, E, E, '1.00'],
      ['201', '一般公共服务支出', '9.00', '6.00', '3.00'],
    ]);
    const out = recognize([grid]);
    const t = out.tables[0];
    const total = t.rows.find((r) => r.key === 'total')!;
    for (const cell of total.cells.values()) expect(cell.readings).toEqual([expect.objectContaining({ aspect: 'placement', basis: 'position', strength: 'weak', alternative: 'G4 1.00' })]);
    expect([...t.rows.find((r) => r.code === '201')!.cells.values()].every((c) => !c.readings)).toBe(true);
    expect(out.unrecognised.map((u) => u.reason)).toContain('一般公共预算财政拨款支出决算表：G4的数值“1.00”不在任何栏目下，未读取');
  });
});

describe('a budget row whose figures sit off the header', () => {
  it('marks what was read as a weak placement', () => {
    const grid = gridFromText('d.xlsx', 'S5', [
      ['一般公共预算支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', '9.00', '6.00', '3.00'],
      ['20101', '人大事务', E, '6.00', '3.00', '9.00'],
    ]);
    const t = recognize([grid]).tables[0];
    expect(t.kind).toBe('budget-gpb-expense');
    const off = t.rows.find((r) => r.code === '20101')!;
    for (const cell of off.cells.values()) expect(cell.readings).toEqual([expect.objectContaining({ basis: 'position', strength: 'weak', alternative: 'F5 9.00' })]);
    expect([...t.rows.find((r) => r.code === '201')!.cells.values()].every((c) => !c.readings)).toBe(true);
  });
});
