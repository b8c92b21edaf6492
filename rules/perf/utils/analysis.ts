/**
 * Figures stated in a self-evaluation's own text (项目实施和预算执行情况, 实际完成情况 …): 预算总金额,
 * 项目支出 / 实际支出, 预算执行率, 资金结余 — in 万元, 元 ("60,000.00元") or %.
 *
 * Numbers are read by the project's one prose parser (src/text scanNumbers over normaliseText), so
 * full-width digits, thousands separators and line breaks inside "3.43 万元" read as everywhere else.
 * A figure is bound to a fund figure only by the fund word written right before it (the word, then
 * at most a verb such as 为/达到/共): that is a label reading. Nothing else binds.
 */
import type { Cell, SourceRef } from '../../../src/types';
import { normaliseText, scanNumbers } from '../../../src/text';

export type AnalysisKind = 'budget' | 'spent' | 'rate' | 'balance' | 'score';

export interface AnalysisFigure {
  kind: AnalysisKind;
  /** The figure as written, in its own unit; its readings say how it was bound. */
  stated: Cell;
  unit: '万元' | '元' | '%' | '分';
  /** The written text ("60,000.00元"). */
  text: string;
  /** The fund word that binds it ("项目支出", "预算执行率", "费用"). */
  word: string;
  /** Whether the word names the fund figure itself (strong) or may name a part or the budget (weak). */
  strength: 'strong' | 'weak';
}

const UNIT = '(万元|元|%|分)';
const VERB = '(?:为|是|共|共计|计|达|达到|了|:)?';
/** Fund words that name the project's own figure; each must end right before the figure (after an optional verb). */
const WORDS: [AnalysisKind, string][] = [
  ['budget', '预算总金额|预算资金总额|预算总额|安排项目预算|项目预算|预算金额|预算资金|全年预算数|年初预算数|预算数'],
  ['spent', '项目总支出|项目支出|实际支出|实际支付|支出资金|资金支出|累计支出|全年执行数|执行数|执行金额|实际执行'],
  ['rate', '预算执行率|项目执行率|资金执行率|执行率'],
  ['balance', '资金结余|结余资金|资金结转|结余|结转'],
  ['score', '绩效自评得分|自评总分|自评得分|综合得分|评价得分|总得分|自评分'],
];
/** The unit each kind is written in. */
const unitFits = (kind: AnalysisKind, unit: string): boolean => (kind === 'rate' ? unit === '%' : kind === 'score' ? unit === '分' : unit !== '%' && unit !== '分');
/** A score of a block or an item (产出指标得分, 执行率得分) is a part of the 总分, not the 总分. */
const PART_SCORE = /指标|执行率|资金|管理|产出|效益|满意度|决策|过程|单项/;
const LEADS: [AnalysisKind, RegExp][] = WORDS.map(([k, w]) => [k, new RegExp(`(${w})${VERB}$`)]);
/**
 * Words that say money was spent without saying on what (费用 8万元, 支出 3万元): they may name a
 * part of the project or its budget, so they bind only weakly — unless the project's own name
 * stands right before them (培训费支出3.97万元).
 */
const SPENT_LOOSELY = /(支出|支付|花费|费用|经费|使用资金)(?:为|共|共计|计|了|:)?$/;
const SPENDING_VERB = /完成|使用|支出|支付|执行|花费|用于|用去|用掉/;
/** What may stand before a loose word without naming a subject of its own: a date, 全年, 共, 累计 … */
const NO_SUBJECT = /^(?:截至|截止|到)?(?:\d{4}年(?:度|底|末)?)?(?:\d{1,2}月(?:底|末)?)?(?:全年|本年|当年|年度)?(?:共|共计|合计|累计|已|实际|总)?$/;
const NAME_VERB = /(?:项目)?(?:为|共|共计|计|:)?$/;
/** A figure about another year (上年 …) binds to nothing of the table. */
const OTHER_SCOPE = /上年|去年|上一年|同比|比上年/;

export interface TextScope {
  /** The table's project name ('' for a department). */
  project?: string;
  /** The text is what the table says was done (实际完成情况): a sum right after the project's name is what it cost. */
  achieved?: boolean;
  /** A 部门整体 table: its 项目支出 / 项目预算 are a part of the department's funds, not their whole. */
  dept?: boolean;
}

/** A figure of a text that no fund word binds (nor a scope word such as 其中 / 上年 sets aside). */
export interface UnboundFigure {
  /** As written, with its unit ("8万元"). */
  text: string;
  /** The words before it in its clause: what an indicator's name may stand in. */
  lead: string;
  unit: string;
}

/**
 * Figures of one text bound by their fund word, in the order written. Figures bound to nothing —
 * neither by a fund word nor set aside by their scope (其中, 上年, a project's figure on a 部门整体
 * table) — go to `unbound` when given, so the caller can list them as not understood.
 */
export function analysisFigures(text: string, ref: SourceRef, scope: TextScope = {}, unbound?: UnboundFigure[]): AnalysisFigure[] {
  const { project = '', achieved = false, dept = false } = scope;
  const norm = normaliseText(text).text;
  const name = normaliseText(project).text;
  const names = name.length >= 2 ? [...new Set([name, name.replace(/项目$/, '')])].filter((n) => n.length >= 2) : [];
  const out: AnalysisFigure[] = [];
  let namesSpending = false;
  let from = 0;
  const loose: UnboundFigure[] = [];
  for (const n of scanNumbers(norm, UNIT)) {
    // The words between the previous figure and this one: a fund word binds only the figure it precedes.
    const lead = norm.slice(from, n.start);
    from = n.unitEnd;
    const clause = lead.slice(Math.max(0, ...['，', ',', '。', '；', ';'].map((c) => lead.lastIndexOf(c) + 1)));
    // A list opened by 其中 runs to the end of its sentence: every figure in it is a part.
    const sentence = norm.slice(Math.max(0, ...['。', '；', ';'].map((c) => norm.lastIndexOf(c, n.start - 1) + 1)), n.start);
    if (OTHER_SCOPE.test(clause) || /其中/.test(sentence)) continue;
    const unit = n.unit as AnalysisFigure['unit'];
    const miss = (): void => void unbound?.push({ text: `${n.text}${unit}`, lead: clause, unit });
    const stated: Cell = { value: n.value, raw: n.text, decimals: n.decimals, ref, ...(unit === '%' ? { percent: true } : {}) };
    const figure = (kind: AnalysisKind, word: string, strength: AnalysisFigure['strength']): AnalysisFigure => ({ kind, unit, word, strength, text: `${n.text}${unit}`, stated });
    const strong = LEADS.find(([kind, re]) => unitFits(kind, unit) && re.test(lead));
    if (strong) {
      const word = strong[1].exec(lead)![1];
      // On a 部门整体 table, a project's score (网络宣传项目自评得分…) is not the department's.
      if (strong[0] === 'score' && dept && /项目/.test(clause)) continue;
      // The score of a block or an item (产出指标得分) is a part of the 总分: nothing here checks it.
      if (strong[0] === 'score' && PART_SCORE.test(clause)) {
        miss();
        continue;
      }
      if (dept && /项目/.test(word)) continue;
      // 共完成预算资金89.97万元: a budget word after a verb of spending speaks of what was spent of it.
      if (strong[0] === 'budget' && SPENDING_VERB.test(clause.slice(0, clause.length - (lead.length - lead.lastIndexOf(word))))) {
        out.push(figure('spent', word, 'weak'));
        continue;
      }
      namesSpending ||= strong[0] === 'spent';
      out.push(figure(strong[0], word, 'strong'));
      continue;
    }
    if (unit === '%' || unit === '分') {
      miss();
      continue;
    }
    // The project's own name right before a sum: what it cost where the text says what was done;
    // elsewhere it may be the budget as well, and binds to nothing.
    const named = names.find((x) => lead.replace(NAME_VERB, '').endsWith(x));
    if (named) {
      if (achieved) {
        namesSpending = true;
        out.push(figure('spent', named, 'strong'));
      } else miss();
      continue;
    }
    const word = SPENT_LOOSELY.exec(lead);
    if (word) {
      const byName = names.some((x) => lead.slice(0, word.index).endsWith(x));
      namesSpending ||= byName;
      // 印刷费支出, 基本支出: the word names a part's spending, not the table's.
      if (byName || NO_SUBJECT.test(clause.slice(0, clause.length - (lead.length - word.index)))) {
        out.push(figure('spent', word[1], byName ? 'strong' : 'weak'));
        if (!byName) loose.push({ text: `${n.text}${unit}`, lead: clause, unit });
        continue;
      }
    }
    miss();
  }
  // A loose word is read only where the text names no spending of its own (项目支出 …): the others are not read.
  if (namesSpending) unbound?.push(...loose);
  return namesSpending ? out.filter((f) => f.strength === 'strong') : out;
}

const GRADE_MENTION = /(自评等级|评价等级|自评等次|评价等次|绩效等级|等级|等次)(?:评定)?(?:为|是|:)?[“"「]?(优秀|优|良好|良|中等|中|合格|较差|不合格|差)(?=[”"」，,。；;、)]|$)/g;
const GRADE_OF: Record<string, '优' | '良' | '中' | '差'> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 中等: '中', 中: '中', 合格: '中', 较差: '差', 不合格: '差', 差: '差' };

export interface GradeMention {
  /** 优 / 良 / 中 / 差. */
  grade: '优' | '良' | '中' | '差';
  /** As written ("评价等级为“良”"). */
  text: string;
}

/** The grades a text gives the table (自评等级为优, 评价等次“良”); on a 部门整体 table, not a project's. */
export function gradeMentions(text: string, scope: TextScope = {}): GradeMention[] {
  const norm = normaliseText(text).text;
  const out: GradeMention[] = [];
  GRADE_MENTION.lastIndex = 0;
  for (let m = GRADE_MENTION.exec(norm); m; m = GRADE_MENTION.exec(norm)) {
    const before = norm.slice(0, m.index);
    const clause = before.slice(Math.max(0, ...['，', ',', '。', '；', ';'].map((c) => before.lastIndexOf(c) + 1)));
    if (OTHER_SCOPE.test(clause) || PART_SCORE.test(clause) || (scope.dept && /项目/.test(clause))) continue;
    out.push({ grade: GRADE_OF[m[2]], text: m[0] });
  }
  return out;
}

/** The same figure in 万元 (元 ÷ 10 000, keeping its printed precision). */
export function toWan(c: Cell, unit: '万元' | '元'): Cell {
  if (unit === '万元' || c.value === null) return c;
  return { ...c, value: c.value.div(10000), decimals: c.decimals + 4 };
}

/** A 万元 figure written out in 元. */
export function toYuan(c: Cell): Cell {
  if (c.value === null) return c;
  return { ...c, value: c.value.times(10000), decimals: Math.max(0, c.decimals - 4) };
}
