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

describe('paragraphs joined into one per section read as the printed paragraphs', () => {
  const read = (lines: string[]) => splitSentences(paragraphs(lines)).map((s) => [s.text, s.section.join(' / ')]);
  const paragraphsOf = (lines: string[]) => {
    const s = splitSentences(paragraphs(lines));
    return s.map((x) => s.findIndex((y) => y.paragraph === x.paragraph));
  };

  it('a numbered heading (1.全年收入情况) glued to its first sentence is cut off as a heading', () => {
    const printed = read(['（一）收入情况', '1.全年收入情况', '2023年收入实际完成251.06万元。']);
    expect(read(['（一）收入情况', '1.全年收入情况2023年收入实际完成251.06万元。'])).toEqual(printed);
    expect(printed[0]).toEqual(['2023年收入实际完成251.06万元。', '（一）收入情况 / 1.全年收入情况']);
  });

  it('an enumerated point inside a paragraph starts a paragraph, and 其中： before it ends its sentence', () => {
    const printed = ['支出决算为9746.50万元。其中：', '1、行政运行（项）。年初预算为54.53万元。', '2、事业运行（项）。年初预算为28.11万元。'];
    const joined = [printed.join('')];
    expect(read(joined)).toEqual(read(printed));
    expect(paragraphsOf(joined)).toEqual(paragraphsOf(printed));
    expect(paragraphsOf(printed)).toEqual([0, 0, 2, 2, 4, 4]);
  });
});
