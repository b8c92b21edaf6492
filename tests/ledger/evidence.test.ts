/**
 * A reading says what it rests on in the document (detail, quoted as printed) apart from the
 * linter's own explanation (note) and another reading (alternative), which are shown in the run's
 * language.
 */
import { describeReading, distinctReadings, reading } from '../../src/ledger/evidence';

describe('reading', () => {
  it('keeps the old call shapes: detail and a printed alternative', () => {
    expect(reading('column', '分值', 'order', 'F5', '得分')).toEqual({ aspect: 'column', as: '分值', basis: 'order', strength: 'weak', detail: 'F5', alternative: '得分' });
    expect(reading('row', '合计', 'label', '')).toEqual({ aspect: 'row', as: '合计', basis: 'label', strength: 'strong' });
  });

  it('takes a bilingual note and alternative', () => {
    const r = reading('column', '分值', 'order', undefined, { note: { zh: '行末两个数字', en: 'the last two figures of the row' }, alternative: { zh: '按表头所在列读取', en: 'by header column' } });
    expect(r).toEqual({ aspect: 'column', as: '分值', basis: 'order', strength: 'weak', note: { zh: '行末两个数字', en: 'the last two figures of the row' }, alternative: { zh: '按表头所在列读取', en: 'by header column' } });
  });
});

describe('describeReading', () => {
  const r = reading('column', '分值', 'order', '20.00', { note: { zh: '行末两个数字之一', en: 'one of the last two figures of the row' }, alternative: '得分' });
  const b = reading('column', '分值', 'order', undefined, { note: { zh: '行末两个数字', en: 'the last two figures' }, alternative: { zh: '按表头所在列读取', en: 'by header column' } });

  it('zh: what was read and printed quoted, the note and alternative in Chinese', () => {
    expect(describeReading(r, 'zh')).toBe('列「分值」依据数字顺序“20.00”（行末两个数字之一），另一读法：“得分”');
    expect(describeReading(b, 'zh')).toBe('列「分值」依据数字顺序（行末两个数字），另一读法：按表头所在列读取');
  });

  it('en: the note and a bilingual alternative in English, printed text quoted', () => {
    expect(describeReading(r, 'en')).toBe('column “分值” read from order of figures “20.00” (one of the last two figures of the row); could also be “得分”');
    expect(describeReading(b, 'en')).toBe('column “分值” read from order of figures (the last two figures); could also be by header column');
    expect(describeReading(b, 'en')).not.toMatch(/按表头|行末/);
  });
});

describe('distinctReadings', () => {
  it('tells readings apart by their note and alternative too', () => {
    const a = reading('unit', '万元', 'default', undefined, { note: { zh: '未印明', en: 'not printed' } });
    const c = reading('unit', '万元', 'default', undefined, { note: { zh: '取自收入决算表', en: 'taken from “收入决算表”' } });
    expect(distinctReadings([a, c, { ...a }])).toHaveLength(2);
  });
});
