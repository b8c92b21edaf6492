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
import { chooseOwner, type OpenTable, type Region } from './continuation';
import { OPEN } from './project';

type Kind = 'project' | 'dept' | 'basics';
interface Start {
  row: number;
  kind: Kind;
}

const DEPT_TITLE = /整体支出绩效自评表|部门整体支出绩效评价表|整体支出绩效[^|]{0,10}评分表/;
const BASICS_TITLE = /绩效评价基础数据表|基础数据表/;
const PROJECT_TITLE = /(项目支出绩效(自评表|评价表|表|[^|]{0,10}评分表)?|绩效自评表)(\(\d{4}年度?\))?$/;

/** Where each self-evaluation table of a grid starts. A 项目名称 row without a title above starts one too. */
export function findStarts(grid: Grid): Start[] {
  const starts: Start[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const full = rowText(grid, r);
    if (!full) continue;
    // A title merged over its columns is copied into each of them: it is still one title.
    const text = [...new Set(full.split('|'))].join('|');
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

type Owner = { project: ProjectEvaluation } | { dept: DeptEvaluation };

function recognizeEvaluations(ctx: RecognizeContext): void {
  let dept: DeptEvaluation | null = null;
  // Tables read so far that may go on past a page break or a sheet (a closed one is skipped by continueTable).
  const tables: OpenTable<Owner>[] = [];
  // The last table read: a continuation with nothing else to tell may go on from it (a weak reading).
  let last: OpenTable<Owner> | null = null;
  const pending: Region[] = [];
  const read = new Set<string>();
  const all = new Set(ctx.grids.map((g) => g.sheet));
  const openTables = (): OpenTable<Owner>[] => tables.filter((t) => !OPEN.get('project' in t.owner ? t.owner.project : t.owner.dept)?.closed);
  const join = (region: Region, final: 'no' | 'told' | 'guess'): boolean | 'defer' => {
    const choice = chooseOwner(region, tables, openTables(), read, all, last, final);
    if (choice === 'defer' || choice === null) return choice ?? false;
    const { owner } = choice.owner;
    const ok = 'project' in owner ? continueProject(region.grid, region.from, region.to, owner.project, choice.reading) : continueDept(region.grid, region.from, region.to, owner.dept, choice.reading);
    if (!ok) return false;
    ctx.claim(region.grid, region.from, region.to);
    choice.owner.grid = region.grid;
    choice.owner.sheets.push(region.grid.sheet);
    last = choice.owner;
    return true;
  };
  const goOn = (region: Region): boolean => {
    const done = join(region, 'no');
    if (done === 'defer') pending.push(region);
    return done !== false;
  };
  const opened = (owner: Owner, name: string, grid: Grid): void => {
    last = { owner, name, grid, sheets: [grid.sheet] };
    tables.push(last);
  };
  for (const grid of ctx.grids) {
    if (fullyClaimed(ctx, grid)) {
      read.add(grid.sheet);
      continue;
    }
    const starts = findStarts(grid);
    const head = (starts[0]?.row ?? grid.rowCount) - 1;
    if (head >= 0 && !ctx.isClaimed(grid, 0)) goOn({ grid, from: 0, to: head });
    starts.forEach((s, i) => {
      if (ctx.isClaimed(grid, s.row)) return;
      const bottom = (starts[i + 1]?.row ?? grid.rowCount) - 1;
      if (s.kind === 'project') {
        const ev = parseProject(grid, s.row, bottom);
        // A title repeated after a page break, with no fund block under it: the table goes on.
        if (!ev) return void goOn({ grid, from: s.row, to: bottom });
        ctx.out.evaluations.push(ev);
        opened({ project: ev }, ev.name, grid);
        ctx.claim(grid, s.row, bottom);
      } else {
        dept ??= emptyDept(grid, s.row);
        if (s.kind === 'basics') {
          last = null;
          parseBasics(grid, s.row, bottom, dept);
        } else if (parseDeptSelfEval(grid, s.row, bottom, dept)) opened({ dept }, dept.name, grid);
        // Else the title repeated after a page break, with no fund block under it: the table may go on.
        else if (!goOn({ grid, from: s.row, to: bottom })) last = null;
        ctx.claim(grid, s.row, bottom);
      }
    });
    read.add(grid.sheet);
  }
  // Continuations met before the table they continue (sheets out of order): joined once all are read.
  last = null;
  for (const final of ['told', 'guess'] as const) {
    for (let progress = true; progress && pending.length; ) {
      progress = false;
      for (const region of [...pending]) {
        if (join(region, final) !== true) continue;
        pending.splice(pending.indexOf(region), 1);
        progress = true;
      }
    }
  }
  if (dept) ctx.out.deptEvaluations.push(dept);
}
