/**
 * The typed claim model: what a sentence of the narrative asserts. Owned by src/narrative/;
 * narrative rules read claims, never raw text.
 */
import type { Cell, SourceRef, Unit } from '../ledger/model';
import type { Reading } from '../ledger/evidence';
import type { Scope } from './scope';
import type { ProjectEvaluation } from '../ledger/evaluation';

/** A ledger figure a narrative number was bound to (a table cell, or a self-evaluation cell). */
export interface Binding {
  cell: Cell;
  /** Human label for messages: "公开01 收入支出决算总表 · 总计". */
  label: string;
  /** Table kind ('final-01'), 'evaluation' or 'basics'. */
  table: string;
  /** Loose correspondence (e.g. 三公 公务用车保有量 vs 公开10 车辆数): findings are warnings. */
  soft?: boolean;
  /**
   * How the phrase was bound to the figure: the phrase names the subject as a whole term (strong,
   * basis 'label'), or the binding is a guess — an inherited subject, a default role (weak).
   */
  reading?: Reading;
  /** Complete sets of the figure's parts in its table (支出合计 → 基本支出 + 项目支出), for lists. */
  parts?: Cell[][];
}

/** What a figure is, inside its subject: 决算/实际 (default), 年初/全年预算, or last year's figure. */
export type FigureRole = 'actual' | 'budget' | 'prior';

export interface ClaimBase {
  /** The sentence the claim came from, and where (file + line + column of the sentence). */
  sentence: string;
  ref: SourceRef;
  /** Heading path of the sentence (e.g. ['第三部分 情况说明', '三、支出决算情况说明']). */
  section: string[];
  /** Subject words as written (e.g. '基本支出', '一般公共服务支出(类)'). */
  subject: string;
  /** What the figure is about beyond its subject (another year, a subset of projects …). */
  scope?: Scope;
}

/** An amount converted to 万元 exactly, keeping the printed figure. */
export interface StatedAmount {
  /** Value in 万元 (exact conversion); decimals widened so the interval is the printed one. */
  wan: Cell;
  /** The figure as written, in its own unit. */
  stated: Cell;
  unit: Unit;
  role?: FigureRole;
  /** Which budget figure: 年初 / 全年 (调整后) — two figures, never one that "changed". */
  budgetKind?: 'initial' | 'full';
  /** The ledger figure this amount names, when the subject could be bound. */
  binding?: Binding;
  /** Not written in the sentence: taken from the bound table cell (e.g. 全年预算 of 三公). */
  fromTable?: boolean;
}

export interface AmountClaim extends ClaimBase {
  type: 'amount';
  amount: StatedAmount;
  /** The subject was not printed before the figure but carried over from an earlier clause. */
  inherited?: boolean;
  /** Words of the clause before the subject that narrow it (在面向中小企业预留的项目中，由…成交的). */
  qualifier?: string;
  /** The year printed last before the figure in its sentence (2023年…), as written. */
  year?: string;
}

export interface ShareClaim extends ClaimBase {
  type: 'share';
  part?: StatedAmount;
  /** The whole as written (占本年支出合计的 → '本年支出合计'), or the enclosing list total's subject. */
  whole?: string;
  /** The whole's figure: stated in the narrative, or taken from the bound table cell. */
  wholeAmount?: StatedAmount;
  percent: Cell;
}

export interface ChangeClaim extends ClaimBase {
  type: 'change';
  /** This year's figure: stated in the narrative or taken from the bound table cell. */
  current?: StatedAmount;
  /** Last year's figure when stated ("较2022年决算1,035.60万元增加…"). */
  prior?: StatedAmount;
  direction: 'up' | 'down' | 'flat';
  /** The direction word as written (增加 / 下降 / 与上年相同 …). */
  word: string;
  delta?: StatedAmount;
  percent?: Cell;
  /** The word in front of the percentage (下降 in "减少58.63万元，下降10.44%"), when it differs. */
  percentWord?: string;
  /** Set when the percentage's word points the other way than the amount's (减少…，增长X%). */
  percentDirection?: 'up' | 'down';
  /** The comparison as written: '上年', '2023年'. */
  comparator: string;
  /** Binding of the subject (this year's cell), used to find last year's cell with --prior. */
  subjectBinding?: Binding;
  /** Last year's figure in this document (基础数据表 上年决算数), when it has one. */
  priorBinding?: Binding;
  /** How the change's subject was read when it was not printed in front of it (weak when carried over a 。). */
  subjectReading?: Reading;
  /**
   * Another subject the change may be of: "总预算A，其中：基本支出B，项目支出C，同比增加D" — D may be
   * the last item's change or the list total's. A check both readings pass or that only this one
   * passes is no finding.
   */
  otherSubject?: { subject: string; current: StatedAmount };
}

export interface CompletionClaim extends ClaimBase {
  type: 'completion';
  budget?: StatedAmount;
  actual?: StatedAmount;
  percent: Cell;
  /** The words named the budget (完成年初预算的): 'initial' / 'full'. */
  budgetKind?: 'initial' | 'full';
  /** The paragraph's other budget figure (全年 when 年初 was named), for the message when the named one is 0. */
  otherBudget?: StatedAmount;
}

export interface ListItem {
  subject: string;
  amount: StatedAmount;
  percent?: Cell;
  /** The item's own change claim, when the item sentence states one (较上年决算减少…). */
  change?: ChangeClaim;
}

export interface ListClaim extends ClaimBase {
  type: 'list';
  total?: StatedAmount;
  /** "其中：A、B" with two or more items: the items make up the total. 主要包括 / 主要用于: a part. */
  exhaustive: boolean;
  /** The word that opened the list (其中 / 主要包括 / 主要用于). */
  marker: string;
  /**
   * How completeness was read: the text says so (分别 / 具体如下 / 包括 — basis 'label'), the items
   * are all the total's parts in its table ('label'), or only 其中 with two or more items ('default').
   */
  completeness?: Reading;
  /** How the total was found when not in the list's own sentence or paragraph (weak: by position). */
  totalReading?: Reading;
  items: ListItem[];
}

export type CountWhat =
  | 'projects'
  | 'grade'
  | 'vehicles'
  | 'fleet'
  | 'equipment'
  | 'batches'
  | 'persons'
  | 'groups'
  | 'enumerated'
  | 'score'
  | 'other';

export interface CountClaim extends ClaimBase {
  type: 'count';
  what: CountWhat;
  /** For what = 'grade': 优 / 良 / 中 / 差. */
  grade?: '优' | '良' | '中' | '差';
  count: Cell;
  unitWord: string;
  binding?: Binding;
  /** For 'enumerated' ("设5个内设科室，分别是：A，B…"): how many names follow. */
  listed?: number;
}

/**
 * "决算数小于预算数" (五（三） of the 上海 template, per 项): how this year's 决算 stands to its 预算,
 * with the figures of the same paragraph it speaks of.
 */
export interface RelationClaim extends ClaimBase {
  type: 'relation';
  relation: 'less' | 'greater' | 'equal';
  /** The words as written (决算数小于预算数). */
  word: string;
  actual?: StatedAmount;
  budget?: StatedAmount;
  /** Which budget figure was meant, when the paragraph states two (年初 and 全年) that differ and the words name neither. */
  budgetReading?: Reading;
}

/** The figures of a 政府采购 section a procurement claim reads (src/narrative/procurement.ts). */
export type ProcurementPart = 'total' | 'reserved' | 'awardedReserved' | 'smallReserved' | 'awardedSmallReserved' | 'awardedOther';

/**
 * 政府采购 of one section (or paragraph): the total, the budget reserved for 中小企业 (and 小微企业),
 * and what 中小企业 won in the reserved and in the other projects — each figure bound by its words.
 */
export interface ProcurementClaim extends ClaimBase {
  type: 'procurement';
  parts: Partial<Record<ProcurementPart, { amount: StatedAmount; ref: SourceRef; reading: Reading }>>;
}

// ---- claims about self-evaluated projects (src/narrative/projects, issue #15) ----------------

export type Grade = '优' | '良' | '中' | '差';

/** Which figure of a project's 自评表 a phrase names. 'budget': 预算 without 年初 / 全年. */
export type ProjectField = 'initial' | 'full' | 'budget' | 'executed' | 'rate' | 'score' | 'grade';

/** "培训费项目年初预算数5.37万元 … 自评得分78.4分，评价等级为“中”": one figure of one project. */
export interface ProjectFigureClaim extends ClaimBase {
  type: 'project-figure';
  project: ProjectEvaluation;
  /** How the project was identified (its name as printed; carried within a paragraph). */
  identity: Reading;
  field: ProjectField;
  /** Amounts (initial / full / budget / executed), in 万元 with the printed figure. */
  amount?: StatedAmount;
  /** 执行率 (percent units) or 得分. */
  value?: Cell;
  grade?: { grade: Grade; text: string; ref: SourceRef };
  /** The words that named the field (年初预算数, 经费执行率, 自评得分). */
  label: string;
  /** How the field was read (weak for 预算 without 年初/全年 where the table prints two). */
  fieldReading: Reading;
  /** Claims of the same project in the same sentence or paragraph, for its own arithmetic. */
  group: ProjectFigureClaim[];
  /** Also bound by the claim builder to this project's table (its own rule compares it there): kept for the arithmetic only. */
  checkedElsewhere?: boolean;
}

/** What a count of projects is a count of. */
export type Activity = 'target' | 'monitor' | 'self' | 'review';

/** "对11个项目开展了绩效自评，涉及金额244.37万元" / "二级项目绩效自评个数13个". */
export interface ProjectCountClaim extends ClaimBase {
  type: 'project-count';
  activity: Activity;
  /** The words that named the activity (绩效自评, 编制了绩效目标, 运行监控). */
  activityWords: string;
  count: Cell;
  /** The amount of the projects counted, with which figure of their tables it sums. */
  amount?: { amount: StatedAmount; of: 'full' | 'executed'; reading: Reading; label: string };
  /** "平均得分99.33分": the mean 总分 of the projects counted. */
  average?: Cell;
  /** Grade tallies that divide this count (其中优8个、良2个 …). */
  tallies: GradeTallyClaim[];
  /**
   * Not this document's projects: another year (2023年 / 上年, in the sentence or its heading) or
   * another body (下属单位 / 所属单位 / 二级单位). Read so the sentence is understood; never checked
   * against this document's tables or counts.
   */
  foreign?: ForeignScope;
  /** "选取/抽取/重点 N 个项目": a selection; the attached tables may be that selection or a part of it. */
  selection?: string;
  /** "全部13个项目" / "本部门共有16个项目…": the count is printed as that of all the projects. */
  all?: string;
}

/** Whose projects a count or tally speaks of when they are not this document's. */
export interface ForeignScope {
  kind: 'year' | 'body';
  /** The words that say so (2023年, 上年度, 下属单位). */
  words: string;
}

/**
 * "所有项目都开展了绩效自评" / "实现绩效自评全覆盖" / "项目绩效监控覆盖率100%": an activity said to
 * cover every project of the document. Strong when all-words are printed (所有 / 全部 / 全覆盖 /
 * 覆盖率100%), weak for 全面 / 各项目.
 */
export interface ProjectCoverageClaim extends ClaimBase {
  type: 'project-coverage';
  activity: Activity;
  activityWords: string;
  /** The all-words as printed. */
  words: string;
  reading: Reading;
  /** 覆盖率100%: the percentage, when printed. */
  percent?: Cell;
}

/** "8个项目自评等级为“优”" / "优的5个" / "评价等级为“优”的项目9个". */
export interface GradeTallyClaim extends ClaimBase {
  type: 'grade-tally';
  grade: Grade;
  /** The grade as printed (优秀, 良好, 合格 …). */
  gradeText: string;
  count: Cell;
  /** The count it divides, when the sentence or paragraph states one. */
  of?: ProjectCountClaim;
  /** Of another year or body (the sentence or the count it divides says so): never checked. */
  foreign?: ForeignScope;
}

/**
 * "优秀率45.45%" / "优良率72.7%" / "优5个，占项目总数的45.45%": the share of a count of projects that has
 * some grades — the tallies (or the tables' grades) over the count.
 */
export interface GradeShareClaim extends ClaimBase {
  type: 'grade-share';
  grades: Grade[];
  /** The words as printed (优秀率, 占项目总数的). */
  words: string;
  percent: Cell;
  /** The count it divides. */
  of: ProjectCountClaim;
  /** For 占项目总数的: the tally it is the share of. */
  tally?: GradeTallyClaim;
}

export type ProjectClaim = ProjectFigureClaim | ProjectCountClaim | GradeTallyClaim | ProjectCoverageClaim | GradeShareClaim;

export type Claim = AmountClaim | ShareClaim | ChangeClaim | CompletionClaim | ListClaim | CountClaim | RelationClaim | ProcurementClaim | ProjectClaim;
