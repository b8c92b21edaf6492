/**
 * 绩效自评 recognizers: project self-evaluation (templates a/b), department self-evaluation and its
 * 基础数据表. Tables are found by content (titles, 项目名称, header words), several per sheet allowed.
 */
import type { Grid } from '../../types';
import type { DeptEvaluation } from '../../ledger/evaluation';
import type { FamilyRecognizer, RecognizeContext } from '../types';
import type { ProjectEvaluation } from '../../ledger/evaluation';
import { continueProject, parseProject } from './project';
import { continueDept, emptyDept, parseBasics, parseDeptSelfEval } from './dept';
import { rowText, withRowTexts } from './rows';

type Kind = 'project' | 'dept' | 'basics';
interface Start {
  row: number;
  kind: Kind;
}

const DEPT_TITLE = /整体支出绩效自评表|部门整体支出绩效评价表/;
const BASICS_TITLE = /绩效评价基础数据表|基础数据表/;
const PROJECT_TITLE = /(项目支出绩效(自评表|评价表|表)?|绩效自评表)(\(\d{4}年度?\))?$/;

/** Where each self-evaluation table of a grid starts. A 项目名称 row without a title above starts one too. */
export function findStarts(grid: Grid): Start[] {
  const starts: Start[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const text = rowText(grid, r);
    if (!text) continue;
    const short = text.split('|').length <= 3 && text.length <= 60;
    if (short && BASICS_TITLE.test(text) && !/附件[:：]?\d?\.?部门/.test(text)) starts.push({ row: r, kind: 'basics' });
    else if (short && DEPT_TITLE.test(text) && !/报告/.test(text)) starts.push({ row: r, kind: 'dept' });
    else if (short && PROJECT_TITLE.test(text) && !DEPT_TITLE.test(text) && !/报告/.test(text)) starts.push({ row: r, kind: 'project' });
    else if (/^项目名称/.test(text)) {
      const prev = starts[starts.length - 1];
      if (!prev || prev.kind !== 'project' || r - prev.row > 4) starts.push({ row: r, kind: 'project' });
    }
  }
  // Collapse a title directly followed by another title of the same table (title + (2024年度)).
  return starts.filter((s, i) => !(i > 0 && starts[i - 1].kind === s.kind && s.row - starts[i - 1].row <= 2 && s.kind !== 'project'));
}

export const evaluationRecognizer: FamilyRecognizer = {
  id: 'evaluation',
  recognize(ctx: RecognizeContext) {
    withRowTexts(() => recognizeEvaluations(ctx));
  },
};

/** Every row with content already belongs to a 决算 table: no self-evaluation can start here. */
function fullyClaimed(ctx: RecognizeContext, grid: Grid): boolean {
  for (let r = 0; r < grid.rowCount; r++) {
    if (!ctx.isClaimed(grid, r) && grid.rows[r]?.some((g) => g && g.raw !== '')) return false;
  }
  return true;
}

function recognizeEvaluations(ctx: RecognizeContext): void {
  let dept: DeptEvaluation | null = null;
  // The last table read (project or department): one without its 总分 may go on past a page break or a sheet.
  let last: { project: ProjectEvaluation } | { dept: DeptEvaluation } | null = null;
  const goOn = (grid: Grid, from: number, to: number): boolean => !!last && ('project' in last ? continueProject(grid, from, to, last.project) : continueDept(grid, from, to, last.dept));
  for (const grid of ctx.grids) {
    if (fullyClaimed(ctx, grid)) continue;
    const starts = findStarts(grid);
    const head = (starts[0]?.row ?? grid.rowCount) - 1;
    if (last && head >= 0 && !ctx.isClaimed(grid, 0) && goOn(grid, 0, head)) ctx.claim(grid, 0, head);
    starts.forEach((s, i) => {
      if (ctx.isClaimed(grid, s.row)) return;
      const bottom = (starts[i + 1]?.row ?? grid.rowCount) - 1;
      if (s.kind === 'project') {
        const ev = parseProject(grid, s.row, bottom);
        if (!ev) {
          // A title repeated after a page break, with no fund block under it: the table goes on.
          if (last && 'project' in last && goOn(grid, s.row, bottom)) ctx.claim(grid, s.row, bottom);
          return;
        }
        ctx.out.evaluations.push(ev);
        last = { project: ev };
        ctx.claim(grid, s.row, bottom);
      } else {
        dept ??= emptyDept(grid, s.row);
        if (s.kind === 'basics') {
          last = null;
          parseBasics(grid, s.row, bottom, dept);
        } else if (parseDeptSelfEval(grid, s.row, bottom, dept)) last = { dept };
        // Else the title repeated after a page break, with no fund block under it: the table may go on.
        else if (!(last && 'dept' in last && goOn(grid, s.row, bottom))) last = null;
        ctx.claim(grid, s.row, bottom);
      }
    });
  }
  if (dept) ctx.out.deptEvaluations.push(dept);
}
