/**
 * Paired statements ("收、支总计各是A、B万元…各减少C、D万元，各下降E%、F%") split into their pairs:
 * the first figure of each run is the first subject's, the second the second's — never one figure for
 * both, never the second subject's figure taken for the first.
 */
import type { AmountClaim, ChangeClaim } from '../../src/narrative/claim-types';
import { bare } from './helpers';

const read = (lines: string[]) => {
  const claims = bare(lines).claims;
  return {
    amounts: claims.filter((c): c is AmountClaim => c.type === 'amount').map((c) => `${c.subject} ${c.amount.stated.raw}`),
    changes: claims.filter((c): c is ChangeClaim => c.type === 'change').map((c) => `${c.subject} ${c.word}${c.delta?.stated.raw ?? ''} ${c.percent?.raw ?? ''} of ${c.current?.stated.raw ?? '-'}`),
  };
};

describe('paired statements', () => {
  it('"各是A、B万元 … 各减少C、D万元，各下降E%、F%": each figure to its subject, in order', () => {
    expect(read(['一、收入支出决算总体情况说明', '2024年度收、支总计各是502.98万元、500.00万元。与上年相比，各减少58.63万元、50.00万元，各下降10.44%、9.09%。'])).toEqual({
      amounts: ['收入总计 502.98万元', '支出总计 500.00万元'],
      changes: ['收入总计 减少58.63万元 10.44% of 502.98万元', '支出总计 减少50.00万元 9.09% of 500.00万元'],
    });
  });

  it('"各是A,B万元 … 各减少C,D万元,各下降E%、F%": figures sharing one unit, joined by commas, still pair in order', () => {
    expect(read(['一、收入支出决算总体情况说明', '2024年度收、支总计各是3316.08,3316.08万元。与2023年相比,收、支总计各减少812.40,812.40万元,各下降19.68%，19.68%。'])).toEqual({
      amounts: ['收入总计 3316.08万元', '支出总计 3316.08万元'],
      changes: ['收入总计 减少812.40万元 19.68% of 3316.08万元', '支出总计 减少812.40万元 19.68% of 3316.08万元'],
    });
  });

  it('"均为A万元 … 各减少C万元，下降E%": one figure for both subjects', () => {
    expect(read(['一、收入支出决算总体情况说明', '2024年度收、支总计均为502.98万元。与上年相比，收、支总计各减少58.63万元，下降10.44%。'])).toEqual({
      amounts: ['收入总计 502.98万元', '支出总计 502.98万元'],
      changes: ['收入总计 减少58.63万元 10.44% of 502.98万元', '支出总计 减少58.63万元 10.44% of 502.98万元'],
    });
  });

  it('"财政拨款收入总计A万元，支出总计B万元": the second total shares the first one’s 财政拨款', () => {
    const x = read(['四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收入总计502.98万元，支出总计502.98万元。与上年相比，财政拨款收入总计减少58.63万元，下降10.44%；财政拨款支出总计减少58.63万元，下降10.44%。']);
    expect(x.amounts).toEqual(['财政拨款收入总计 502.98万元', '财政拨款支出总计 502.98万元']);
    // the change after "；" finds its current figure: the same subject, stated in the sentence before
    expect(x.changes).toEqual(['财政拨款收入总计 减少58.63万元 10.44% of 502.98万元', '财政拨款支出总计 减少58.63万元 10.44% of 502.98万元']);
  });

  it('a list "A x万元、B y万元" after its own subjects is no pair', () => {
    expect(read(['其中：货物支出6.25万元、工程支出0万元。']).amounts).toEqual(['货物支出 6.25万元', '工程支出 0万元']);
  });
});
