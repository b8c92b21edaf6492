/**
 * src/text: the project's one normaliser and number parser, as any reader of prose uses it (the
 * narrative here; a self-evaluation's analysis text reads the same way with its own units).
 */
import { figureValue, FIGURE_SOURCE, foldLabel, foldName, halfWidth, normaliseText, scanNumbers } from '../../src/text';

describe('src/text', () => {
  it('reads an analysis sentence with its units: 元, 万元 and %', () => {
    const n = normaliseText('项目预算总金额６０,０００.００ 元，实际支出5.2万元，预算执行率100％。');
    const found = scanNumbers(n.text, '(万元|元|%)').map((t) => `${t.text}${t.unit} ${t.value.toString()} d${t.decimals}`);
    expect(found).toEqual(['60,000.00元 60000 d2', '5.2万元 5.2 d1', '100% 100 d0']);
  });

  it('skips numbers without a unit unless asked', () => {
    expect(scanNumbers('2024年共3项', '(项)').map((t) => t.text)).toEqual(['3']);
    expect(scanNumbers('2024年共3项', '(项)', { keepBare: true }).map((t) => t.text)).toEqual(['2024', '3']);
  });

  it('one figure pattern and its exact value', () => {
    expect(new RegExp(`^${FIGURE_SOURCE}$`).test('1,234.56')).toBe(true);
    expect(new RegExp(`^${FIGURE_SOURCE}$`).test('1,23')).toBe(false);
    const v = figureValue('1,234.50');
    expect([v.value.toString(), v.decimals]).toEqual(['1234.5', 2]);
  });

  it('a full-width comma is a thousands separator only between digits', () => {
    expect(halfWidth('１，２３４，收入')).toBe('1,234，收入');
  });

  it('one way to fold a name: brackets to ASCII, tags and quotes gone', () => {
    expect(foldName('“三公”经费（类）')).toBe('三公经费');
    expect(foldName('因公出国（境）费')).toBe('因公出国(境)费');
  });

  it('one way to fold a label: ASCII brackets and colons, no spaces or quotes, every word kept', () => {
    expect(foldLabel(' 其中：“三公”经费 （２０２４年） ')).toBe('其中:三公经费(2024年)');
    expect(foldLabel('决算数')).toBe('决算数');
  });
});
