/**
 * The typed claim model: what a sentence of the narrative asserts. Owned by src/narrative/;
 * narrative rules read claims, never raw text.
 */
import type { Cell, SourceRef, Unit } from '../types';

export interface ClaimBase {
  /** The sentence the claim came from, and where. */
  sentence: string;
  ref: SourceRef;
  /** Heading path of the sentence (e.g. ['三、支出决算情况说明']). */
  section: string[];
  /** Subject words as written (e.g. '基本支出', '一般公共服务支出(类)'). */
  subject: string;
}

/** An amount converted to 万元 exactly, keeping the printed figure. */
export interface StatedAmount {
  /** Value in 万元 (exact conversion). */
  wan: Cell;
  /** The figure as written, in its own unit. */
  stated: Cell;
  unit: Unit;
}

export interface AmountClaim extends ClaimBase { type: 'amount'; amount: StatedAmount }
export interface ShareClaim extends ClaimBase { type: 'share'; part?: StatedAmount; whole?: string; percent: Cell }
export interface ChangeClaim extends ClaimBase {
  type: 'change';
  current?: StatedAmount;
  prior?: StatedAmount;
  direction: 'up' | 'down' | 'flat';
  delta?: StatedAmount;
  percent?: Cell;
}
export interface CompletionClaim extends ClaimBase { type: 'completion'; budget?: StatedAmount; actual?: StatedAmount; percent: Cell }
export interface ListClaim extends ClaimBase {
  type: 'list';
  total?: StatedAmount;
  exhaustive: boolean;
  items: { subject: string; amount: StatedAmount; percent?: Cell }[];
}
export interface CountClaim extends ClaimBase { type: 'count'; what: string; count: Cell; unitWord: string }

export type Claim = AmountClaim | ShareClaim | ChangeClaim | CompletionClaim | ListClaim | CountClaim;
