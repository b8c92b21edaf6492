/**
 * The workbook reader keeps each cell's number format, so the ledger reads the value as printed:
 * a workbook written by SheetJS with the formats Excel uses, read back through readWorkbook.
 */
import * as XLSX from 'xlsx';
import { readWorkbook } from '../../src/read/xlsx';
import { cellFromGrid, refOf } from '../../src/ledger/cells';

function workbook(cells: Record<string, XLSX.CellObject>): Buffer {
  const ws: XLSX.WorkSheet = { ...cells, '!ref': 'A1:A9' };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '表');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const read = (bytes: Buffer, address: string) => {
  const grid = readWorkbook(bytes, 'x.xlsx').grids[0];
  const g = grid.rows.flat().find((c) => c?.address === address)!;
  const c = cellFromGrid(g, refOf('x.xlsx', grid.sheet, g));
  return { value: c.value?.toString(), decimals: c.decimals, numFmt: g.numFmt };
};

describe('number formats through the xlsx reader', () => {
  const bytes = workbook({
    A1: { t: 'n', v: 1654.65 + 0.13 },
    A2: { t: 'n', v: 1654.65 + 0.13, z: '0.00' },
    A3: { t: 'n', v: 3.973, z: '0.00' },
    A4: { t: 'n', v: 3.973 },
    A5: { t: 'n', v: 411, z: '#,##0.00' },
    A6: { t: 'n', v: 0.9831, z: '0.00%' },
  });
  it('keeps the format string of each cell', () => {
    expect(read(bytes, 'A2').numFmt).toBe('0.00');
    expect(read(bytes, 'A1').numFmt).toBe('General');
  });
  it('a SUM result stored as 1654.7800000000002 is 1654.78, in General and under 0.00', () => {
    expect(read(bytes, 'A1')).toMatchObject({ value: '1654.78', decimals: 2 });
    expect(read(bytes, 'A2')).toMatchObject({ value: '1654.78', decimals: 2 });
  });
  it('3.973 under 0.00 is the printed 3.97; in General it stays 3.973', () => {
    expect(read(bytes, 'A3')).toMatchObject({ value: '3.97', decimals: 2 });
    expect(read(bytes, 'A4')).toMatchObject({ value: '3.973', decimals: 3 });
  });
  it('#,##0.00 and 0.00% print 411.00 and 98.31 %', () => {
    expect(read(bytes, 'A5')).toMatchObject({ value: '411', decimals: 2 });
    expect(read(bytes, 'A6')).toMatchObject({ value: '98.31', decimals: 2 });
  });
});
