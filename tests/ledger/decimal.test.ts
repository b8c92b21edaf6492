import { parseNumber, isPlaceholder } from '../../src/ledger/decimal';
import { applyTablePrecision, cellFromGrid } from '../../src/ledger/cells';
import { cell } from '../helpers/ledger';

describe('parseNumber', () => {
  it.each([
    ['1,654.78', '1654.78', 2, false],
    ['465.34', '465.34', 2, false],
    ['0.00', '0', 2, false],
    ['98.31%', '98.31', 2, true],
    ['(3.20)', '-3.2', 2, false],
    ['１２３.４', '123.4', 1, false],
    ['-0.01', '-0.01', 2, false],
  ])('%s', (raw, value, decimals, percent) => {
    const p = parseNumber(raw)!;
    expect(p.value.toString()).toBe(value);
    expect(p.decimals).toBe(decimals);
    expect(p.percent).toBe(percent);
  });
  it.each(['', '—', '———', '-', '－', '无', '/', '合计', '1,2,3', '2024年'])('not a number: %p', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });
  it('placeholders', () => {
    expect(isPlaceholder('———')).toBe(true);
    expect(isPlaceholder('0')).toBe(false);
  });
});

describe('table precision', () => {
  it('raises General-format cells (411 → 411.00) to the modal precision of the table', () => {
    const cells = ['411', '196.4', '214.61', '0.27', '18.29'].map((t) => cell(t));
    expect(applyTablePrecision(cells)).toBe(2);
    expect(cells.map((c) => c.decimals)).toEqual([2, 2, 2, 2, 2]);
  });
  it('takes the modal precision when most cells carry three decimals (3.973, 1.397)', () => {
    const cells = ['5.37', '3.973', '1.397'].map((t) => cell(t));
    applyTablePrecision(cells);
    expect(cells.map((c) => c.decimals)).toEqual([3, 3, 3]);
  });
  it('numeric grid cells use their shortest decimal at 15 significant digits, not binary floats', () => {
    const c = cellFromGrid({ r: 0, c: 0, address: 'A1', raw: '0.3', value: 0.1 + 0.2 }, { file: 'x' });
    expect(c.value!.toString()).toBe('0.3');
    const d = cellFromGrid({ r: 0, c: 0, address: 'A1', raw: '98.31%', value: 0.9831 }, { file: 'x' });
    expect(d).toMatchObject({ percent: true, decimals: 2 });
    expect(d.value!.toString()).toBe('98.31');
  });
});
