/**
 * Text as people write it: Chinese numerals for counts, full-width digits, "万 元", line breaks
 * inside sentences, several sections run together in one paragraph — each read like the plain
 * form, so the same findings come out.
 */
import { seed000With } from './helpers';
import { narrativeErrors } from './helpers-run';
import { splitSentences } from '../../src/narrative';
import { paragraphs } from '../helpers/ledger';
import { chineseNumeral, normaliseText, scanNumbers } from '../../src/text';

describe('Chinese numerals for counts', () => {
  it.each([
    ['十一', 11],
    ['十三', 13],
    ['二十三', 23],
    ['两', 2],
    ['一百零五', 105],
    ['一二', null],
  ])('%s → %s', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });

  it('十三个项目 is checked against the 11 attached tables; 十一个 agrees', () => {
    const wrong = seed000With(['（四）预算绩效情况说明', '2024年二级项目绩效自评个数十三个。']);
    expect(narrativeErrors(wrong)).toEqual(['2 narrative/evaluation-count 13/11']);
    const right = seed000With(['（四）预算绩效情况说明', '2024年二级项目绩效自评个数十一个。']);
    expect(narrativeErrors(right)).toEqual([]);
  });

  it('a numeral that is a word (一是, 一方面, 三个方面) is no figure and leaves the sentence understood', () => {
    const d = seed000With(['三、支出决算情况说明', '基本支出287.49万元，主要用于三个方面，一是人员经费。']);
    expect(d.narrativeStats.notUnderstood).toEqual([]);
    expect(narrativeErrors(d)).toEqual(['2 narrative/amount 287.49/278.49']);
  });
});

describe('digits and units as typed', () => {
  it.each([
    ['full-width digits', '基本支出２８７．４９万元。'],
    ['a space inside the unit', '基本支出287.49 万 元。'],
    ['a thousands separator', '基本支出287.49万元，项目支出224.50万元，本年支出合计1,000.00万元。'],
  ])('%s', (_name, line) => {
    expect(narrativeErrors(seed000With(['三、支出决算情况说明', line]))).toContain('2 narrative/amount 287.49/278.49');
  });

  it('normaliseText keeps where every character was printed', () => {
    const n = normaliseText('收入 ５０２．９８ 万 元');
    expect(n.text).toBe('收入502.98万元');
    expect(n.origin[n.text.indexOf('5')]).toBe(3);
    expect(scanNumbers(n.text, '(万元|元)')[0]).toMatchObject({ text: '502.98', unit: '万元', decimals: 2 });
  });
});

describe('a line break inside a sentence', () => {
  it('joins the lines: the figure keeps its subject and its finding', () => {
    const d = seed000With(['三、支出决算情况说明', '本年支出合计502.98万元，其中：基本支出', '287.49万元，项目支出224.50万元。']);
    expect(narrativeErrors(d)).toContain('2 narrative/amount 287.49/278.49');
  });

  it('a finding on the second line points at the second line', () => {
    const s = splitSentences(paragraphs(['本年支出合计502.98万元，其中：基本支出', '287.49万元。'])).find((x) => x.text.includes('287.49'))!;
    expect(s.at(s.text.indexOf('287.49'))).toMatchObject({ line: 2, column: 1 });
  });
});

describe('several sections run together in one paragraph', () => {
  it('each heading starts its own section: no subject or list crosses into the next', () => {
    const ss = splitSentences(paragraphs(['一、收入决算情况说明本年收入合计465.34万元。二、支出决算情况说明本年支出合计502.98万元。']));
    expect(ss.map((s) => [s.section.join('/'), s.text])).toEqual([
      ['一、收入决算情况说明', '本年收入合计465.34万元。'],
      ['二、支出决算情况说明', '本年支出合计502.98万元。'],
    ]);
  });

  it('a 其中 after the next heading is not a list of the previous section’s total', () => {
    const d = seed000With(['第三部分 情况说明', '九、财政拨款“三公”经费支出决算情况说明“三公”经费支出0.05万元。十、机关运行经费支出情况说明其中：办公费3.68万元，差旅费4.17万元。']);
    expect(narrativeErrors(d)).toEqual([]);
  });
});
