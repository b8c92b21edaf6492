/**
 * Claims about self-evaluated projects (issue #15): what one project's figures are, how many
 * projects an activity covered and their amount, and how many got each grade.
 */
import type { Cell, SourceRef } from '../../ledger/model';
import type { Reading } from '../../ledger/evidence';
import type { ProjectEvaluation } from '../../ledger/evaluation';
import type { ClaimBase, StatedAmount } from '../claim-types';

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
}

export type ProjectClaim = ProjectFigureClaim | ProjectCountClaim | GradeTallyClaim;
