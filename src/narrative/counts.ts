/**
 * Counts and tallies: 自评个数13个, 8个项目自评等级为“优”, 共接待2批次6人次, 车辆1辆, 设备0台（套）,
 * 设5个内设科室，分别是：A，B… (the names are counted).
 */
import type { Binding, ClaimBase, CountClaim, CountWhat } from './claim-types';
import type { NumberToken } from './numbers';
import type { PhraseInfo } from './phrase';

const GRADE = /^(?:个|项)(?:二级)?(?:项目)?[^，。；,;]{0,12}?(?:等级|等次|评价|结果|评定|评为)?(?:为|是|评为)?[“"「]?(优秀|优|良好|良|中等|中|较差|差)/;
const GRADE_OF: Record<string, CountClaim['grade']> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 中等: '中', 中: '中', 较差: '差', 差: '差' };
const ENUM = /^(?:个|项|家|所)[^，。；]{0,12}[，,]?(?:分别是|分别为|具体是|包括)[：:]/;

export function countClaim(
  base: ClaimBase,
  ph: PhraseInfo,
  t: NumberToken,
  text: string,
  after: string,
  lastSubject: string,
  bind: (phrase: string) => Binding | undefined,
): CountClaim | undefined {
  const mk = (what: CountWhat, extra: Partial<CountClaim> = {}): CountClaim => ({
    type: 'count',
    ...base,
    what,
    count: { value: t.value, raw: `${t.text}${t.unit}`, decimals: 0, ref: base.ref },
    unitWord: t.unit,
    ...extra,
  });
  const unitAfter = t.unit + after;
  const g = GRADE.exec(unitAfter);
  if (g && /个|项/.test(t.unit)) return mk('grade', { grade: GRADE_OF[g[1]], subject: `自评等级“${GRADE_OF[g[1]]}”` });
  const subject = ph.subject;
  if (/个|项/.test(t.unit) && (/(自评|评价)(个数|项目数|数量)?$|项目(个数|数量|数)$/.test(subject) || /^(?:个|项)(?:二级)?项目(?:开展|进行)?(?:了)?(?:绩效)?自评/.test(unitAfter))) {
    return mk('projects', { subject: subject || '自评项目' });
  }
  const en = ENUM.exec(unitAfter);
  if (en) {
    const rest = text.slice(t.unitEnd + en[0].length - t.unit.length).split(/[。；;]/)[0];
    const names = rest.split(/[，、,]/).map((x) => x.trim()).filter(Boolean);
    return mk('enumerated', { listed: names.length, subject: subject || after.slice(1, 8) });
  }
  if (t.unit === '辆') {
    if (/保有量/.test(subject)) {
      const b = bind(subject);
      return mk('fleet', b ? { binding: b } : {});
    }
    if (/购置/.test(subject)) return mk('vehicles', { subject });
    const b = bind(subject);
    return mk('vehicles', b ? { binding: b } : {});
  }
  if (/^台/.test(t.unit) || t.unit === '套') {
    const b = bind(subject);
    return mk('equipment', b ? { binding: b } : {});
  }
  if (t.unit === '分') {
    const who = subject.replace(/(的)?(绩效)?(自评|评价)?(得分|总分|分数|评分|自评分数)(为|是|达)?$/, '').replace(/(自评|评价)$/, '');
    const b = who && who !== subject ? bind(who) : undefined;
    return b ? mk('score', { subject: who, binding: b }) : undefined;
  }
  const owner = lastSubject ? `${lastSubject.replace(/支出$/, '')}${subject ? `·${subject}` : ''}` : subject;
  // 批次 / 人次 of 公务接待 and 出国: the 三公 figures; staff counts (编制20人) are not checked
  if (!/接待|出国|团组/.test(owner)) return undefined;
  if (t.unit === '批次') return mk('batches', { subject: owner });
  if (t.unit === '人次' || t.unit === '人') return mk('persons', { subject: owner });
  if (/团组/.test(subject) && t.unit === '个') return mk('groups', { subject });
  return undefined;
}
