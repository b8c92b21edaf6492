/** The recognizer contract: a family scans grids by content and claims the rows it understood. */
import type { DocumentMeta, Grid, LedgerTable, Paragraph, Unrecognised } from '../types';
import type { DeptEvaluation, ProjectEvaluation } from '../ledger/evaluation';

export interface RecognizeOutput {
  tables: LedgerTable[];
  evaluations: ProjectEvaluation[];
  deptEvaluations: DeptEvaluation[];
  meta: DocumentMeta;
  /** Regions a family saw but could not read (say why: "表头无法识别：缺少‘本年收入合计’列"). */
  unrecognised: Unrecognised[];
  /** Sheets of prose (a 自评报告, a 情况说明 kept in the workbook): narrative paragraphs with their sheet and cell. */
  narrative: Paragraph[];
}

export interface RecognizeContext {
  grids: Grid[];
  /** Mark rows top..bottom (0-based, inclusive) of a grid as understood by this family. */
  claim(grid: Grid, top: number, bottom: number): void;
  isClaimed(grid: Grid, row: number): boolean;
  out: RecognizeOutput;
}

export interface FamilyRecognizer {
  id: string;
  recognize(ctx: RecognizeContext): void;
}
