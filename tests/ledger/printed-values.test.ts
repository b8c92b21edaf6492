/**
 * Values as printed (DESIGN §3): a stored double is the shortest decimal at Excel's 15 significant
 * digits, an explicit number format gives the printed figure and its decimals, General keeps the
 * stored value's own decimals, and figures stored as text read as the same number in every form.
 */
import { cellFromGrid, formatDecimals, isGeneralFormat } from '../../src/ledger/cells';
import { numberText, parseNumber } from '../../src/ledger/decimal';
import { checkSum } from '../../src/ledger/check';
import type { GridCell } from '../../src/types';

const ref = { file: 'x.xlsx', sheet: 'S', cell: 'A1' };
const grid = (value: GridCell['value'], raw: string, numFmt?: string): GridCell => ({ r: 0, c: 0, address: 'A1', raw, value, ...(numFmt ? { numFmt } : {}) });
const read = (value: GridCell['value'], raw: string, numFmt?: string) => {
  const c = cellFromGrid(grid(value, raw, numFmt), ref);
  return { value: c.value?.toString() ?? null, decimals: c.decimals, percent: c.percent ?? false };
};

// What Excel stores for =SUM(1654.65, 0.13).
const noisy = 1654.65 + 0.13;

describe('stored doubles', () => {
  it('the noise is real in the binary value', () => {
    expect(String(noisy)).toBe('1654.7800000000002');
  });
  it.each([
    [noisy, '1654.78'],
    [0.1 + 0.2, '0.3'],
    [196.4, '196.4'],
    [411, '411'],
    [-3.2000000000000006, '-3.2'],
    [1e21, '1000000000000000000000'],
    [0.000001, '0.000001'],
  ])('numberText(%p) = %s', (n, text) => {
    expect(numberText(n)).toBe(text);
  });
  it('General format: 1654.7800000000002 shown as 1654.78 is 1654.78 with 2 decimals', () => {
    expect(read(noisy, '1654.78', 'General')).toEqual({ value: '1654.78', decimals: 2, percent: false });
  });
  it('without a known format: the same', () => {
    expect(read(noisy, '1654.78')).toEqual({ value: '1654.78', decimals: 2, percent: false });
  });
  it('0.00 format: 1654.7800000000002 is 1654.78 with 2 decimals', () => {
    expect(read(noisy, '1654.78', '0.00')).toEqual({ value: '1654.78', decimals: 2, percent: false });
  });
  it('a total stored with noise equals the sum of its printed parts (no tail, no error)', () => {
    const total = cellFromGrid(grid(noisy, '1654.78', '0.00'), ref);
    const parts = [cellFromGrid(grid(1654.65, '1654.65', '0.00'), ref), cellFromGrid(grid(0.13, '0.13', '0.00'), ref)];
    expect(checkSum(total, parts)?.kind).toBe('equal');
  });
  it('General format keeps the stored value’s own decimals (3.973 stays 3.973)', () => {
    expect(read(3.973, '3.973', 'General')).toEqual({ value: '3.973', decimals: 3, percent: false });
  });
});

describe('explicit number formats give the printed value', () => {
  it('3.973 under 0.00 is printed, and read, as 3.97', () => {
    expect(read(3.973, '3.97', '0.00')).toEqual({ value: '3.97', decimals: 2, percent: false });
  });
  it('411 under 0.00 is 411.00 (2 decimals)', () => {
    expect(read(411, '411.00', '0.00')).toEqual({ value: '411', decimals: 2, percent: false });
  });
  it('#,##0.00 prints 千分位', () => {
    expect(read(noisy, '1,654.78', '#,##0.00')).toEqual({ value: '1654.78', decimals: 2, percent: false });
  });
  it('0.00% prints percent units', () => {
    expect(read(0.98310000000000002, '98.31%', '0.00%')).toEqual({ value: '98.31', decimals: 2, percent: true });
  });
  it('a format whose display does not parse (¥#,##0.00) still gives its decimals', () => {
    expect(read(noisy, '¥1,654.78', '"¥"#,##0.00')).toEqual({ value: '1654.78', decimals: 2, percent: false });
  });
  it.each([
    ['General', true],
    ['@', true],
    ['0.00', false],
    ['#,##0.00_ ', false],
  ])('isGeneralFormat(%p) = %p', (f, general) => {
    expect(isGeneralFormat(f)).toBe(general);
  });
  it.each([
    ['0.00', 2],
    ['#,##0.000_ ', 3],
    ['0.0%', 1],
    ['0', 0],
    ['#,##0.00;[Red]-#,##0.00', 2],
    ['"¥"#,##0.00', 2],
  ])('formatDecimals(%p) = %p', (f, d) => {
    expect(formatDecimals(f)).toBe(d);
  });
});

describe('figures stored as text are the same number in every form', () => {
  it.each([
    ['1654.78'],
    ['1,654.78'],
    ['  1654.78 '],
    ['\u30001654.78\u3000'],
    ['１６５４．７８'],
    ['１，６５４．７８'],
    ['1 654.78'],
  ])('%p is 1654.78 with 2 decimals', (raw) => {
    expect(read(raw.trim(), raw.trim())).toEqual({ value: '1654.78', decimals: 2, percent: false });
    const p = parseNumber(raw)!;
    expect([p.value.toString(), p.decimals]).toEqual(['1654.78', 2]);
  });
  it.each([
    ['（3.20）', '-3.2'],
    ['－3.20', '-3.2'],
    ['\u22123.20', '-3.2'],
    ['＋3.20', '3.2'],
    ['９８．３１％', '98.31'],
  ])('%p is %s', (raw, value) => {
    expect(parseNumber(raw)?.value.toString()).toBe(value);
  });
});
