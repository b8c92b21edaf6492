/**
 * The words around a figure that say what it is in a sentence about self-evaluated projects:
 * which figure of a project's table (年初预算数, 执行率, 得分), which activity a count of projects
 * is of (编制绩效目标, 监控, 自评, 部门评价), which grade a count is of (优的5个, 5个项目为优).
 */
import type { Activity, Grade, ProjectField } from './types';

const GRADE_WORD = '(优秀|良好|合格|不合格|较差|优|良|中等|中|差)';
const GRADE_OF: Record<string, Grade> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 合格: '中', 中等: '中', 中: '中', 不合格: '差', 较差: '差', 差: '差' };

export function gradeOf(word: string): Grade {
  return GRADE_OF[word];
}

/** "个项目自评等级为“优”" / "个项目为中" / "个评为优秀": the grade after a count (a word that says so before it). */
const GRADE_AFTER = new RegExp(`^(?:个|项)(?:二级|一级)?(?:项目)?[^，。；,;、：:]{0,12}?(?:等级|等次|结果|评定|评为|获评|为|是)[“"「]?${GRADE_WORD}(?![化先质惠势秀好格等])`);
/** "其中优8个" / "、良2个" / "评价等级为“优”的项目9个" / "良的3个": the grade before a count. */
const GRADE_BEFORE = new RegExp(`(?:^|[，,、；;：:（(]|其中|为|是|等级|等次|结果|评定|获评)[“"「]?${GRADE_WORD}[”"」]?(?:等级|等次|级|档)?(?:的)?(?:项目)?(?:有|共|为|数|计)?$`);

/** A grade tally at a count: its grade and the word as printed. */
export function tallyGrade(before: string, unitAndAfter: string): { grade: Grade; text: string } | undefined {
  const a = GRADE_AFTER.exec(unitAndAfter);
  if (a) return { grade: gradeOf(a[1]), text: a[1] };
  const b = GRADE_BEFORE.exec(before);
  if (b) return { grade: gradeOf(b[1]), text: b[1] };
  return undefined;
}

/** "个项目" / "个二级项目" after the count, or "项目个数" / "自评个数" before it: a count of projects. */
export function isProjectCount(before: string, unitAndAfter: string): boolean {
  if (/^(?:个|项)(?:二级|一级|重点|专项|部门)?项目/.test(unitAndAfter)) return true;
  if (!/^(?:个|项)/.test(unitAndAfter)) return false;
  // "自评个数13个", "编报绩效目标的2024年度项目39个"
  return /(?:项目|自评|评价|监控|绩效目标)(?:的)?(?:个数|数量|总数|数)(?:为|是|共|达|共计)?$/.test(before) || /项目(?:共|有|为|共计)?$/.test(before);
}

const ACTIVITY: [Activity, RegExp][] = [
  ['review', /部门评价|重点评价|财政评价|重点绩效评价|第三方评价|外部评价|财政重点评价/g],
  ['self', /自评/g],
  ['monitor', /监控|跟踪/g],
  ['target', /绩效目标(?:编制|申报|设定|管理)?|(?:编制|申报|设定|填报)(?:了)?(?:绩效)?目标/g],
];

/**
 * The activity of a count at [start, end) of `text`: the nearest activity word inside the count's
 * clause, else the last one before it in the sentence. Undefined when none is printed.
 */
export function activityAt(text: string, start: number, end: number): { activity: Activity; words: string } | undefined {
  const clauseStart = lastIndexOfAny(text, '，,；;。：:', start) + 1;
  const rest = text.slice(end);
  const clauseEnd = end + (rest.search(/[，,；;。]/) >= 0 ? rest.search(/[，,；;。]/) : rest.length);
  let best: { activity: Activity; words: string; distance: number } | undefined;
  let before: { activity: Activity; words: string; pos: number } | undefined;
  for (const [activity, re] of ACTIVITY) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const pos = m.index;
      const inClause = pos >= clauseStart && pos < clauseEnd;
      // a review word also holds 评价; 自评 inside 部门评价 does not occur, but 评价 of 自评 does
      if (inClause) {
        const distance = pos < start ? start - (pos + m[0].length) : pos - end;
        if (!best || distance < best.distance) best = { activity, words: m[0], distance };
      } else if (pos < start && (!before || pos > before.pos)) before = { activity, words: m[0], pos };
    }
  }
  if (best) return { activity: best.activity, words: best.words };
  return before ? { activity: before.activity, words: before.words } : undefined;
}

function lastIndexOfAny(text: string, chars: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (chars.includes(text[i])) return i;
  return -1;
}

export function clauseStartOf(text: string, before: number): number {
  return lastIndexOfAny(text, '，,；;。：:', before) + 1;
}

/** The figure of a project's table a label names, by the words right before the figure. */
export function fieldOf(label: string, kind: 'amount' | 'percent' | 'count', unit: string): ProjectField | undefined {
  const l = label.replace(/[为是达共计约]+$/, '').replace(/(?:达到|实现)$/, '');
  if (kind === 'percent') return /执行率$/.test(l) ? 'rate' : undefined;
  if (kind === 'count') return unit === '分' && /(?:得分|总分|分数|评分|自评分|综合得分)$/.test(l) ? 'score' : undefined;
  if (/年初预算(?:数|资金|金额)?$/.test(l)) return 'initial';
  if (/(?:全年|调整后|调整)预算(?:数|资金|金额)?$/.test(l)) return 'full';
  if (/预算(?:数|资金|金额|总金额|总额)?$/.test(l)) return 'budget';
  if (/(?:全年)?执行(?:数|金额|资金)?$|(?:实际)?(?:支出|使用|支付)(?:资金|金额|数)?$|完成(?:支出)?$/.test(l)) return 'executed';
  return undefined;
}

/** "等级为“中”" / "评价结果为优秀": a project's grade in words (no count before it). */
export const PROJECT_GRADE = new RegExp(`(?:等级|等次|结果|评定|评为|获评)(?:为|是|评定为)?[“"「]?${GRADE_WORD}(?![化先质惠势秀好格等])`, 'g');

/** Words in front of an amount that sum a count's projects (涉及金额 / 资金 / 预算资金). */
export function countAmountOf(label: string): { of: 'full' | 'executed'; strong: boolean } | undefined {
  const l = label.replace(/[为是达共计约]+$/, '');
  if (/(?:执行|支出)(?:数|金额|资金)?(?:总额|合计|共计)?$/.test(l)) return { of: 'executed', strong: true };
  if (/(?:涉及|预算)(?:资金|金额)?(?:总额|合计|共计)?$|预算(?:资金|金额|数)(?:总额|合计|共计)?$|涉及(?:资金|金额)(?:总额|合计|共计)?$/.test(l)) return { of: 'full', strong: true };
  if (/(?:资金|金额)(?:总额|合计|共计)?$/.test(l)) return { of: 'full', strong: false };
  return undefined;
}

/** "平均得分99.33分": the mean score of the projects counted. */
export function isAverageScore(label: string, unit: string): boolean {
  return unit === '分' && /平均(?:自评)?(?:得分|分数|分值|评分)(?:为|是|达)?$/.test(label);
}
