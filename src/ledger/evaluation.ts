/**
 * Self-evaluation (绩效自评) model. Owned by the perf family; rules read it, recognizers fill it.
 */
import type { Cell, Paragraph, SourceRef } from './model';
import type { Reading } from './evidence';

/** A fund row of 项目资金 (资金总额 / 财政拨款 / 财政专户管理资金 / 单位资金 / 其他). */
export interface FundRow {
  label: string;
  /** 'carried': 上年结转资金, a source of the year's funds (not 财政拨款 for all it says 资金). */
  kind: 'total' | 'fiscal' | 'special' | 'unit' | 'carried' | 'other';
  initial?: Cell;
  /** 上年结转 printed as a column of the fund block. */
  carried?: Cell;
  full?: Cell;
  executed?: Cell;
  balance?: Cell;
  /** 执行率 in percent units. */
  rate?: Cell;
  /** 分值 of the execution block (10) where printed on this row. */
  weight?: Cell;
  score?: Cell;
  ref: SourceRef;
  /**
   * How the row's place among the sources was read, when in doubt: a row labelled only 财政拨款
   * beside a 上年结转资金 row may be the year's 财政拨款 (a part beside the carry-over) or all of it,
   * carry-over included — a weak reading with that alternative.
   */
  reading?: Reading;
}

export interface Indicator {
  /** 一级 / 二级 / 三级 指标; blanks under merged labels are inherited. */
  l1: string;
  l2: string;
  name: string;
  initialTarget?: string;
  target: string;
  actual: string;
  weight: Cell | null;
  score: Cell | null;
  /** 偏差度 (template b), percent units. */
  deviation?: Cell | null;
  /** 偏差原因分析及改进措施 / 完成值情况说明. */
  note?: string;
  ref: SourceRef;
  /** Where the target / actual texts sit (for findings about them). */
  targetRef?: SourceRef;
  actualRef?: SourceRef;
}

/** A block whose weight is printed in its label: 产出指标（50分）, 资金管理情况（20分）. */
export interface StatedBlock {
  /** Label without the weight (产出指标, 资金管理情况). */
  name: string;
  /** 'management' for 资金管理情况; otherwise the 一级指标 the block stands for. */
  kind: 'management' | 'indicators';
  statedWeight: Cell;
  ref: SourceRef;
  /** 2 for a 二级指标 with its weight in the label (目标任务（15分）), under the 一级指标 `parent`. Absent: 一级. */
  level?: 2;
  /** 'all': the weight of every indicator together, printed on the header (绩效指标（90分）). */
  scope?: 'all';
  parent?: string;
}

/** A scored block such as 资金管理情况 (20) with its sub-items, or 产出指标（50分）. */
export interface ScoreItem {
  name: string;
  weight: Cell | null;
  score: Cell | null;
  ref: SourceRef;
}

export interface ProjectEvaluation {
  /** 'a': execution 10 + indicators 90; 'b': execution 10 + 资金管理 20 + indicators 70. */
  template: 'a' | 'b';
  /** 'score-sheet': a 项目支出绩效评价评分表 — indicators and 得分, no fund block (see DeptEvaluation.form). */
  form?: 'score-sheet';
  name: string;
  title: string;
  source: { file: string; sheet: string; range?: string };
  department?: { code?: string; name?: string; ref: SourceRef };
  funds: FundRow[];
  /** Execution block weight (usually 10) and score, taken from the 资金总额 row. */
  execWeight: Cell | null;
  execScore: Cell | null;
  management: ScoreItem[];
  indicators: Indicator[];
  /** 总分 under 分值 (template b) and under 得分. */
  totalWeight: Cell | null;
  total: Cell | null;
  grade: { text: string; ref: SourceRef } | null;
  /** Text cells of the analysis part (项目实施和预算执行情况 …), one paragraph each. */
  analysis: Paragraph[];
  /** Blocks with a weight in their label (absent when none is printed). */
  statedBlocks?: StatedBlock[];
  /** 年度目标 / 实际完成情况 texts above the indicators. */
  goals?: Paragraph[];
  /**
   * The 实际完成情况 side of those texts, as its label places it (the 实际完成情况 header above the
   * text's column, or the label on the text's own row or in its cell). Absent when no label says so:
   * the other goal texts state targets, not what was done.
   */
  achieved?: Paragraph[];
  /** Unit of the fund figures (万元 unless the header says 元). */
  unit?: '元' | '万元';
  /**
   * Whether this template scores execution as 分值 × 执行率 (capped): strong where the template is
   * known to (its header says so), weak where it is unknown or states bands.
   */
  execScoring?: Reading;
  /** Sheets and page breaks the table was read across, when it continued past its first grid. */
  continuedIn?: string[];
}

/** 部门整体支出绩效自评表 + 基础数据表 (seed 002). */
export interface DeptEvaluation {
  name: string;
  /**
   * 'score-sheet': a 评分表 (部门整体支出绩效评价评分表) — indicators with 分值 / 得分 and 评分标准, no
   * fund block: there is no execution part, and rules on funds cannot run on it. Absent: a 自评表.
   */
  form?: 'score-sheet';
  source: { file: string; sheet: string; range?: string };
  /** Blocks with their stated weight in the label (产出指标（50分）) and their indicators. */
  blocks: { name: string; statedWeight: Cell | null; indicators: Indicator[]; ref: SourceRef }[];
  /** 二级指标 with their weight in the label (目标任务（15分）), inside those blocks. */
  subBlocks?: StatedBlock[];
  total: Cell | null;
  totalWeight: Cell | null;
  grade: { text: string; ref: SourceRef } | null;
  /** Sheets and page breaks the 自评表 was read across, when it continued past its first grid. */
  continuedIn?: string[];
  /** Unit of the fund figures (万元 unless the fund header says 元). */
  unit?: '元' | '万元';
  /** Text cells below the 总分 row (评价结论, 存在问题 …), one paragraph each. */
  analysis?: Paragraph[];
  /** 年度总体目标 texts (预期目标 and 实际完成情况), and the 实际完成情况 side (see ProjectEvaluation). */
  goals?: Paragraph[];
  achieved?: Paragraph[];
  /**
   * Figures of the 基础数据表, keyed `row.column`: rows staff (columns quota | actual | rate),
   * sangong.total, sangong.car, sangong.car.purchase, sangong.car.running, sangong.abroad,
   * sangong.reception, project.total, public.total, public.office, procurement.total (columns
   * prior | budget | final: 上年决算数, 本年预算数, 本年决算数). E.g. 'sangong.total.final'.
   */
  basics: Map<string, Cell>;
  /** Fund rows of the 自评表 (年度资金总额 …) and the execution block. */
  funds?: FundRow[];
  execWeight?: Cell | null;
  execScore?: Cell | null;
  /**
   * Figures printed inside the 自评表's 按收入性质分 / 按支出性质分 lines
   * ('income.general', 'income.fund', 'expense.basic', 'expense.project').
   */
  composition?: Map<string, Cell>;
  /** Whether the template scores execution as 分值 × 执行率 (see ProjectEvaluation.execScoring). */
  execScoring?: Reading;
  /** Where the 基础数据表 came from, when it was found. */
  basicsSource?: { file: string; sheet: string; range?: string };
}
