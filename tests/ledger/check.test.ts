import fc from 'fast-check';
import { checkRatio, checkSame, checkSum } from '../../src/ledger/check';
import { cell } from '../helpers/ledger';
import { D } from '../../src/ledger/decimal';
import { ofPrinted, ratio, sum, overlaps } from '../../src/ledger/interval';

describe('checkSum (rounding model, DESIGN §3)', () => {
  it('equal when the total is the sum', () => {
    expect(checkSum(cell('465.34'), [cell('411.00'), cell('0.27'), cell('27.44'), cell('7.76'), cell('18.87')]).kind).toBe('equal');
  });
  it('a one-cent difference explained by rounding is a tail, with actual/expected', () => {
    const v = checkSum(cell('411.00'), [cell('196.40'), cell('214.61')]);
    expect(v).toMatchObject({ kind: 'tail', actual: '411.00', expected: '411.01' });
  });
  it('a difference no rounding explains is an error', () => {
    const v = checkSum(cell('411.00'), [cell('196.90'), cell('214.61')]);
    expect(v).toMatchObject({ kind: 'error', actual: '411.00', expected: '411.51' });
  });
  it('blank parts count as zero and a blank total as 0', () => {
    expect(checkSum(cell(''), [cell(''), cell('—')]).kind).toBe('equal');
    expect(checkSum(cell(''), [cell('3.00')]).kind).toBe('error');
  });
  it('subtraction through signed parts: 结余 = 预算 − 执行', () => {
    expect(checkSum(cell('1.57'), [cell('5'), { cell: cell('3.43'), sign: -1 }]).kind).toBe('equal');
    expect(checkSum(cell('1.60'), [cell('5.00'), { cell: cell('3.43'), sign: -1 }]).kind).toBe('error');
  });
  it('tolerance from config widens intervals, never silently (explicit option)', () => {
    expect(checkSum(cell('411.00'), [cell('196.40'), cell('214.65')]).kind).toBe('error');
    expect(checkSum(cell('411.00'), [cell('196.40'), cell('214.65')], { tolerance: new D('0.02') }).kind).toBe('tail');
  });
});

describe('checkRatio', () => {
  it('execution rate printed half-up from unrounded figures is equal (3.973 / 5.37 = 73.985 → 73.99)', () => {
    expect(checkRatio(cell('73.99'), cell('3.973'), cell('5.37'))?.kind).toBe('equal');
  });
  it('99.91 against 9.99 / 10 = 99.90 is a tail (input rounding)', () => {
    expect(checkRatio(cell('99.91'), cell('9.99'), cell('10'))).toMatchObject({ kind: 'tail', actual: '99.91', expected: '99.90' });
  });
  it('notices truncation: 9.7369 / 10 = 97.369 printed 97.36', () => {
    const v = checkRatio(cell('97.36'), cell('9.7369'), cell('10.0000'));
    expect(v).toMatchObject({ kind: 'tail', truncated: true });
  });
  it('a wrong rate is an error', () => {
    expect(checkRatio(cell('95.00'), cell('9.99'), cell('10.00'))?.kind).toBe('error');
    // 99.99 is within what 9.99 / 10.00 can mean once both are rounded: a tail, not an error
    expect(checkRatio(cell('99.99'), cell('9.99'), cell('10.00'))?.kind).toBe('tail');
  });
  it('undefined for a zero denominator', () => {
    expect(checkRatio(cell('0'), cell('0'), cell('0'))).toBeNull();
  });
});

describe('checkSame', () => {
  it('same figure at different precision is equal when it rounds (9.77 vs 9.772)', () => {
    expect(checkSame(cell('9.77'), cell('9.772')).kind).toBe('equal');
  });
  it('9.9 vs 9.99 is an error', () => {
    expect(checkSame(cell('9.9'), cell('9.99')).kind).toBe('error');
  });
});

describe('interval arithmetic (property-based)', () => {
  const cents = fc.integer({ min: -10_000_000, max: 10_000_000 });
  it('the exact sum of values always lies in the sum of their intervals', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 30 }), (xs) => {
        const exact = xs.reduce((s, x) => s.plus(new D(x).div(100)), new D(0));
        const iv = sum(xs.map((x) => ofPrinted(new D(x).div(100), 2)));
        return iv.lo.lte(exact) && exact.lte(iv.hi);
      }),
      { numRuns: 300 },
    );
  });
  it('a total printed from exact parts by half-up rounding is never an error', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 20 }), (mils) => {
        // parts known to 3 decimals, printed to 2; the total printed from the exact sum
        const parts = mils.map((m) => new D(m).div(1000));
        const total = parts.reduce((s, p) => s.plus(p), new D(0));
        const v = checkSum(cell(total.toFixed(2)), parts.map((p) => cell(p.toFixed(2))));
        return v.kind !== 'error';
      }),
      { numRuns: 300 },
    );
  });
  it('ratio intervals contain the exact ratio of any values inside the operand intervals', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: -0.005, max: 0.005, noNaN: true }), fc.double({ min: -0.005, max: 0.005, noNaN: true }), (a, b, da, db) => {
        const av = new D(a).div(100);
        const bv = new D(b).div(100);
        const iv = ratio(ofPrinted(av, 2), ofPrinted(bv, 2));
        if (!iv) return bv.lte(new D('0.005'));
        const x = av.plus(new D(da.toFixed(6))).div(bv.plus(new D(db.toFixed(6))));
        return overlaps(iv, { lo: x, hi: x });
      }),
      { numRuns: 300 },
    );
  });
});
