/**
 * The narrative reads the same whatever its layout: "万 元" with a space, paragraphs joined into one
 * per section (tests/metamorphic narrative-* cases).
 */
import { findNumbers } from '../../src/narrative/numbers';
import { splitSentences } from '../../src/narrative/sentences';
import { paragraphs } from '../helpers/ledger';

describe('万 元 with a space reads as 万元', () => {
  it('an amount in 万 元 is one token in 万元, and a threshold in a name (100万 元（含）以上) is no figure', () => {
    const read = (s: string) => findNumbers(s).map((t) => `${t.text}${t.unit}:${t.kind}`);
    expect(read('单价100万 元（含）以上设备（不含车辆）0台（套）。')).toEqual(read('单价100万元（含）以上设备（不含车辆）0台（套）。'));
    expect(read('支出9746.50万 元，1.2亿 元。')).toEqual(['9746.50万元:amount', '1.2亿元:amount']);
  });

  it('a numbered line stating an amount in 万 元 is a sentence, not a heading', () => {
    const texts = (unit: string) => splitSentences(paragraphs(['（三）三公经费', `2、公务用车购置及运行维护费支出0.00${unit}。其中：`, `公务用车购置支出为0.00${unit}。`])).map((s) => s.text.replace(/\s/g, ''));
    expect(texts('万 元')).toEqual(texts('万元'));
    expect(texts('万元')).toHaveLength(3);
  });
});
