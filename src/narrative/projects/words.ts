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

/**
 * What may follow a grade word: a quote, punctuation, 等级 / 等次 / 级 / 档, 的, the end. Anything
 * else makes the word part of another (中央, 中期, 差旅, 优先, 良性): not a grade — and scales that are
 * not 优/良/中/差 (一等 / 二等, A / B 级, 第一名) hold no grade word at all, so they are no tally.
 */
const GRADE_END = '(?=[”"」’\'）)，,。；;、：:\\s]|等级|等次|级|档|的|$)(?![”"」’\']?及?以[上下])';

/** "个项目自评等级为“优”" / "个项目为中" / "个评为优秀": the grade after a count (a word that says so before it). */
const GRADE_AFTER = new RegExp(`^(?:个|项)(?:二级|一级)?(?:项目)?[^，。；,;、：:]{0,12}?(?:等级|等次|结果|评定|评为|获评|为|是)[“"「]?${GRADE_WORD}${GRADE_END}`);
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
  // "开展绩效自评的项目（共11个）": the count in brackets after 项目
  return /(?:项目|自评|评价|监控|绩效目标)(?:的)?(?:个数|数量|总数|数)[（(]?(?:为|是|共|达|共计)?$/.test(before) || /项目[（(]?(?:共|有|为|共计)?$/.test(before);
}

const ACTIVITY: [Activity, RegExp][] = [
  ['review', /部门评价|重点评价|财政评价|重点绩效评价|第三方评价|外部评价|财政重点评价/g],
  ['self', /自评/g],
  ['monitor', /监控|跟踪/g],
  // 绩效目标 alone is no activity (未完成年度绩效目标): it must be set, declared or compiled
  ['target', /绩效目标(?:编制|申报|设定|管理|填报|编报|审核)|(?:编制|申报|设定|填报|编报|设置|审核)(?:了)?(?:绩效)?目标/g],
];

/**
 * The activity of a count at [start, end) of `text`: the nearest activity word inside the count's
 * clause, else the last one before it in the sentence. Undefined when none is printed.
 */
/** An activity word followed by one of these describes the projects (自评得分在90分以上), it is not what they were counted for. */
const DESCRIBES = /^(?:得分|分数|评分|总分|平均分|等级|等次|结果)/;

export function activityAt(text: string, start: number, end: number): { activity: Activity; words: string; inClause: boolean } | undefined {
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
      if (inClause && pos > start && DESCRIBES.test(text.slice(pos + m[0].length))) continue;
      // a review word also holds 评价; 自评 inside 部门评价 does not occur, but 评价 of 自评 does
      if (inClause) {
        const distance = pos < start ? start - (pos + m[0].length) : pos - end;
        if (!best || distance < best.distance) best = { activity, words: m[0], distance };
      } else if (pos < start && (!before || pos > before.pos)) before = { activity, words: m[0], pos };
    }
  }
  if (best) return { activity: best.activity, words: best.words, inClause: true };
  return before ? { activity: before.activity, words: before.words, inClause: false } : undefined;
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
  // the project's 总分 only: 产出指标得分 / 预算执行率得分 / 满意度得分 are a block's or an indicator's
  if (kind === 'count') return unit === '分' && /^[，,、；;：:]?(?:项目|该项目|的)?(?:绩效)?(?:自评|评价|综合)?(?:得分|总分|分数|评分|自评分|综合得分)$/.test(l) ? 'score' : undefined;
  if (/年初预算(?:数|资金|金额)?$/.test(l)) return 'initial';
  if (/(?:全年|调整后|调整)预算(?:数|资金|金额)?$/.test(l)) return 'full';
  if (/预算(?:数|资金|金额|总金额|总额)?$/.test(l)) return 'budget';
  if (/(?:全年)?执行(?:数|金额|资金)?$|(?:实际)?(?:支出|使用|支付)(?:资金|金额|数)?$|完成(?:支出)?$/.test(l)) return 'executed';
  return undefined;
}

/** "等级为“中”" / "评价结果为优秀": a project's grade in words (no count before it). */
export const PROJECT_GRADE = new RegExp(`(?:等级|等次|结果|评定|评为|获评)(?:为|是|评定为)?[“"「]?${GRADE_WORD}${GRADE_END}`, 'g');

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

/** Another body's projects: those of 下属单位 / 所属单位 / 二级单位 (not 所属3个项目, the department's own). */
const OTHER_BODY = /(?:下属|所属|直属|下级|二级|基层)(?:各)?(?:预算)?单位|各(?:下属|所属|二级)单位/;

/** The words of another body printed in `text` (a sentence before a count, or a heading). */
export function otherBody(text: string): string | undefined {
  return OTHER_BODY.exec(text)?.[0];
}

/** "选取 / 抽取 / 重点 3 个项目": a selection of the projects (in the count's clause, or 个重点项目 after it). */
export function selectionWords(clauseBefore: string, unitAndAfter: string): string | undefined {
  const b = /(?:选取|抽取|选择|挑选|抽查|随机抽取|筛选|选定|重点)(?:了)?/.exec(clauseBefore);
  if (b && !/重点(?:绩效)?评价/.test(clauseBefore.slice(b.index))) return b[0];
  const a = /^(?:个|项)(重点|典型|代表性)/.exec(unitAndAfter);
  return a ? a[1] : undefined;
}

/** "全部13个项目" / "所有的13个项目" / "本部门共有16个项目": a count printed as that of every project. */
export function allWords(clauseBefore: string): string | undefined {
  return /(?:全部|所有|全体)(?:的)?$|共有$/.exec(clauseBefore)?.[0];
}

const COVER_ALL = /(?:所有|全部|全体|每个|每一个|各个|各)(?:的)?(?:二级|一级|部门|预算|本级)?项目/g;
const COVER_FULL = /全覆盖|覆盖(?:率)?(?:达到|达|为)?100(?:\.0+)?%|覆盖(?:到)?(?:了)?(?:所有|全部)项目/g;
const NEGATED = /未|尚未|没有|不是|并非|不能|无法|逐步|力争|争取|将|计划/;

/**
 * "所有项目都开展了绩效自评" / "实现绩效自评全覆盖" / "项目绩效监控覆盖率100%": clauses of `text` that say
 * an activity covers every project. Strong for 所有 / 全部 / 全体 / 每个 / 全覆盖 / 覆盖率100%, weak for
 * 各 / 各个; a clause that negates or promises it (未实现, 力争) says nothing.
 */
export function coverageClauses(text: string): { activity: Activity; activityWords: string; words: string; start: number; end: number; strong: boolean }[] {
  const out: { activity: Activity; activityWords: string; words: string; start: number; end: number; strong: boolean }[] = [];
  for (const re of [COVER_ALL, COVER_FULL]) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const start = clauseStartOf(text, m.index);
      const rest = text.slice(m.index);
      const endRel = rest.search(/[，,；;。]/);
      const end = endRel >= 0 ? m.index + endRel : text.length;
      const clause = text.slice(start, end);
      if (NEGATED.test(text.slice(start, m.index)) || /不(?:到|足)|尚未|未/.test(text.slice(m.index, end))) continue;
      // the activity must be printed in the clause (所有项目资金均按规定使用 is no activity)
      const act = activityIn(clause) ?? (re === COVER_FULL ? activityIn(text.slice(clauseStartOf(text, start > 0 ? start - 1 : 0), start)) : undefined);
      if (!act) continue;
      const words = m[0];
      if (out.some((o) => o.activity === act.activity)) continue;
      out.push({ ...act, words, start: m.index, end: m.index + words.length, strong: !/^各/.test(words) });
    }
  }
  return out;
}

function activityIn(clause: string): { activity: Activity; activityWords: string } | undefined {
  let best: { activity: Activity; activityWords: string; pos: number } | undefined;
  for (const [activity, re] of ACTIVITY) {
    const m = new RegExp(re.source).exec(clause);
    if (m && (!best || m.index < best.pos)) best = { activity, activityWords: m[0], pos: m.index };
  }
  return best ? { activity: best.activity, activityWords: best.activityWords } : undefined;
}

/**
 * "优秀率" / "优良率" / "良好率" before a percentage: the grades whose share it is. 合格率 is left out:
 * it may mean 中 alone or every grade from 中 up.
 */
export function gradeRateOf(label: string): { grades: Grade[]; words: string } | undefined {
  // nothing but words of the projects' grading before it: 满意度优秀率 is another thing's share
  const m = /^(?:其中|全部|所有|自评|评价|项目|绩效|等级|等次|结果|的|，|,|、)*(优秀|优良|良好|优|良)率(?:为|是|达到?|约)?$/.exec(label);
  if (!m) return undefined;
  const grades: Grade[] = m[1] === '优良' ? ['优', '良'] : /^优/.test(m[1]) ? ['优'] : ['良'];
  return { grades, words: `${m[1]}率` };
}

/** "占项目总数的" / "占自评项目的比例为" before a percentage: the share of the tally just before it. */
export function shareOfCount(label: string): string | undefined {
  return /占(?:全部|所有)?(?:自评)?(?:项目)?(?:总数|总量|个数|数量)?的?(?:比例|比重)?(?:为|是|达)?$/.exec(label)?.[0];
}

/** "5个项目自评得分在90分以上" / "3个项目未完成…" / "2个项目执行率低于80%": the projects counted are described, a part of a count. */
export function describedAfter(unitAndAfter: string): boolean {
  return /^(?:个|项)(?:二级|一级)?(?:项目)?(?:的)?(?:绩效)?(?:自评)?(?:得分|总分|分数|执行率|未|没有|尚未|低于|高于|不足|超过|在\d|达到\d)/.test(unitAndAfter);
}
