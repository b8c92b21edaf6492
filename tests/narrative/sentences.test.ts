import { splitSentences } from '../../src/narrative/sentences';
import { paragraphs } from '../helpers/ledger';

describe('splitSentences', () => {
  it('keeps the heading path and the column of each sentence', () => {
    const s = splitSentences(
      paragraphs([
        '第三部分 情况说明',
        '一、收入支出决算总体情况说明',
        '2024年度收入总计502.98万元。与上年相比，收入总计减少58.63万元。',
        '十、其他重要事项情况说明',
        '（二）政府采购情况说明2024年度政府采购支出总额93.24万元，其中：货物6.25万元。',
      ]),
    );
    expect(s.map((x) => [x.text, x.section.join(' / '), x.ref.line, x.ref.column])).toEqual([
      ['2024年度收入总计502.98万元。', '第三部分 情况说明 / 一、收入支出决算总体情况说明', 3, 1],
      ['与上年相比，收入总计减少58.63万元。', '第三部分 情况说明 / 一、收入支出决算总体情况说明', 3, 20],
      // a list marker's colon ends a sentence: its items read the same printed on or after it
      ['2024年度政府采购支出总额93.24万元，其中：', '第三部分 情况说明 / 十、其他重要事项情况说明 / （二）政府采购情况说明', 5, 12],
      ['货物6.25万元。', '第三部分 情况说明 / 十、其他重要事项情况说明 / （二）政府采购情况说明', 5, 37],
    ]);
  });

  it('reads full-width numbering (１．) as its ASCII form: an item line does not run into the next line', () => {
    const read = (item: string) => splitSentences(paragraphs(['（二）部门预算执行情况', item, '年初预算支出数为213.62万元。'])).map((x) => x.text);
    expect(read('1.基本支出情况')).toContain('年初预算支出数为213.62万元。');
    // Sentences are normalised text, so the full-width renditions read exactly as the ASCII one.
    for (const item of ['１．基本支出情况', '１.基本支出情况']) expect(read(item)).toEqual(read('1.基本支出情况'));
  });

  it('does not take a number-bearing line for a heading', () => {
    const s = splitSentences(paragraphs(['一、收入合计465.34万元', '1、公务接待费支出0.05万元，共接待2批次，6人次。']));
    expect(s.map((x) => x.text)).toEqual(['一、收入合计465.34万元', '1、公务接待费支出0.05万元，共接待2批次，6人次。']);
  });
});
