/**
 * One 项目支出绩效自评表 inside a grid (rows top..bottom): title, 项目名称, 项目资金 block,
 * 资金管理情况 block (template b), 绩效指标, 总分 / 等次, and the analysis text below.
 */
import type { Cell, Grid, Paragraph } from '../../types';
import type { Indicator, ProjectEvaluation, ScoreItem, StatedBlock } from '../../ledger/evaluation';
import { applyTablePrecision, refOf } from '../../ledger/cells';
import { a1 } from '../../read/grid';
import { reading, type Reading } from '../../ledger/evidence';
import { fundKey, headerRowsFrom, indicatorKey } from './columns';
import { headerSlots, parseFunds, statedExecWeight, type HeaderSlot } from './funds';
import { type IndicatorColumns, INDICATOR_HEADER, indicatorHeaderRows, parseIndicators, parseTotal, TOTAL_LABEL, withReading, type TotalParse } from './indicators';
import { cellsOf, figuresOf, findRow, gradeCell, isFigure, norm, rowText, textsOf, toCell, weightInLabel } from './rows';

export const FUND_HEADER = /全年预算数|全年执行数|执行率|(^|\|)(调整后)?预算数(\||$)|(^|\|)执行数(\||$)/;
/** The row that opens the year's goals (年度目标 | 实际完成情况). */
const GOALS = /年度目标|总体目标|绩效目标/;
const MANAGEMENT = /安排科学性|拨付合规性|使用规范性|预算绩效管理情况|资金管理/;
/** Field labels that share a line with 项目名称 and never name the project. */
const OTHER_FIELD = /^(主管部门|预算单位|实施单位|项目负责人|联系电话|项目单位|部门名称|单位名称|主管部门及代码)/;

/**
 * The indicator header of each self-evaluation parsed (project or department), whether its 总分 row
 * was found (else it may continue), and the 一级/二级 labels in force at its last row.
 */
export const OPEN = new WeakMap<object, { columns: IndicatorColumns; closed: boolean; carry?: { l1: string; l2: string } }>();

/** The first row at or after `from` whose first text is a total label (总分, 合计, 综合得分 …). */
export function totalRowOf(grid: Grid, from: number, to: number): number {
  for (let r = from; r <= to; r++) {
    // A merged 绩效指标 label copied down may come first.
    const first = textsOf(grid, r).find((g) => indicatorKey(g.raw) !== 'label');
    if (first && TOTAL_LABEL.test(norm(first.raw)) && (figuresOf(grid, r).length || gradeCell(grid, r))) return r;
  }
  return -1;
}

/**
 * The project's name from its 项目名称 field: the rest of that cell ("项目名称：X"), else the next
 * cell that is neither a copy of the label (a merged label cell) nor another field (主管部门 …).
 */
export function projectName(grid: Grid, top: number, bottom: number): { name: string; row: number } {
  const r = findRow(grid, top, bottom, /项目名称/);
  if (r < 0) return { name: '', row: -1 };
  const cells = textsOf(grid, r);
  const i = cells.findIndex((g) => /项目名称/.test(norm(g.raw)));
  // A project code printed before the name (51000021R000000019951-工资性支出) is not part of it.
  const cut = (t: string): string => t.split(/\s*(?:主管部门|预算单位|实施单位|项目负责人)/)[0].split(/\s+\d{3,}-/)[0].trim().replace(PROJECT_CODE, '');
  const inline = cut(cells[i].raw.replace(/\s+/g, ' ').trim().replace(/^.*?项目名称\s*[:：]?\s*/, ''));
  if (inline) return { name: inline, row: r };
  const next = cells.slice(i + 1).find((g) => !/项目名称/.test(norm(g.raw)));
  if (next && !OTHER_FIELD.test(norm(next.raw))) return { name: cut(next.raw.replace(/\s+/g, ' ')), row: r };
  // Fields printed as a header line (项目名称 | 主管部门 | …) with their values on the line below.
  const below = cellsOf(grid, r + 1).find((g) => g.c === cells[i].c && !isFigure(g));
  if (below && !OTHER_FIELD.test(norm(below.raw)) && !fundKey(below.raw) && !/项目名称/.test(norm(below.raw))) return { name: cut(below.raw.replace(/\s+/g, ' ')), row: r };
  return { name: '', row: r };
}

/** A project code before its name: digits, then letters and digits, then a dash. */
const PROJECT_CODE = /^\d{6,}[0-9A-Z]*\s*[-－—]\s*(?=\S)/;

const ACHIEVED = /^(实际完成情况|实际完成|完成情况|(年度)?目标完成情况)(:|$)/;
const isAchievedLabel = (raw: string): boolean => ACHIEVED.test(norm(raw)) && norm(raw).length <= 9;

/**
 * The 实际完成情况 texts of a 年度目标 block (its label row `head`, texts down to `to`), as a label
 * places them: in the text's own cell ("实际完成情况：…"), on its row left of it, or in the head row
 * above its column (at or left of the text's first column). Texts no label places are left out.
 */
export function achievedOf(grid: Grid, head: number, to: number): Paragraph[] {
  const header = textsOf(grid, head).find((g) => isAchievedLabel(g.raw));
  const out: Paragraph[] = [];
  for (const p of analysisOf(grid, head, to)) {
    const r = (p.ref.row ?? 0) - 1;
    const c = (p.ref.col ?? 0) - 1;
    if (/^(实际完成情况|实际完成|完成情况):/.test(norm(p.text))) out.push({ ...p, text: p.text.replace(/^[^:：]*[:：]\s*/, '') });
    else if (textsOf(grid, r).some((g) => g.c < c && isAchievedLabel(g.raw))) out.push(p);
    else if (header && r > head && c >= header.c && !textsOf(grid, r).some((g) => g.c < c && /预期目标|年度目标/.test(norm(g.raw)))) out.push(p);
  }
  return out;
}

export function analysisOf(grid: Grid, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let r = from; r <= to; r++) {
    if (/^备注|^注[:：]/.test(rowText(grid, r))) break;
    const seen = new Set<string>();
    for (const g of textsOf(grid, r)) {
      const text = g.raw.trim();
      if (text.length < 12 || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, ref: refOf(grid.file, grid.sheet, g) });
    }
  }
  return out;
}

/** 资金管理 rows print their 分值 / 得分 under the fund header's columns (template b). */
function managementItems(grid: Grid, from: number, to: number, slots: HeaderSlot[]): { items: ScoreItem[]; block: StatedBlock | null; rows: number[] } {
  const items: ScoreItem[] = [];
  let block: StatedBlock | null = null;
  const rows: number[] = [];
  // The block may print its own header line (资金管理情况 | 分值 | 得分): its words then name the columns.
  const own = [...Array(Math.max(0, to - from)).keys()].map((i) => from + i).find((r) => !figuresOf(grid, r).length && headerSlots(grid, [r]).filter((x) => x.slot === 'weight' || x.slot === 'score').length === 2);
  const named = own !== undefined ? headerSlots(grid, [own]) : slots;
  const weightCol = named.find((x) => x.slot === 'weight');
  const scoreCol = named.find((x) => x.slot === 'score');
  for (let r = from; r < to; r++) {
    const texts = textsOf(grid, r);
    const head = texts.find((g) => /资金管理/.test(norm(g.raw)));
    if (head) {
      const w = weightInLabel(head.raw);
      if (w) block = { name: '资金管理情况', kind: 'management', statedWeight: withReading(toCell(grid, { ...head, raw: w, value: Number(w) }) as Cell, reading('column', '资金管理分值', 'label', norm(head.raw))), ref: refOf(grid.file, grid.sheet, head) };
      rows.push(r);
    }
    const label = texts.find((g) => /安排科学性|拨付合规性|使用规范性|预算绩效管理情况|资金使用|资金拨付|资金安排/.test(norm(g.raw)) && !/资金管理/.test(norm(g.raw)));
    if (!label) continue;
    const figures = figuresOf(grid, r);
    const onWeight = weightCol ? figures.find((g) => g.c === weightCol.col) : undefined;
    const onScore = scoreCol ? figures.find((g) => g.c === scoreCol.col) : undefined;
    let w: Cell | null;
    let sc: Cell | null;
    if (onWeight && (onScore || figures.length === 1)) {
      w = withReading(toCell(grid, onWeight), reading('column', '分值', 'header', weightCol!.text));
      sc = onScore ? withReading(toCell(grid, onScore), reading('column', '得分', 'header', scoreCol!.text)) : null;
    } else {
      const note = { zh: '资金管理行的数字未落在表头“分值”“得分”列下，按数字顺序推断', en: 'the figures of the fund-management row are not under the header columns “分值” and “得分”; inferred from their order' };
      w = withReading(toCell(grid, figures[figures.length - 2] ?? figures[0]), reading('column', '分值', 'order', undefined, { note, alternative: '得分' }));
      sc = figures.length >= 2 ? withReading(toCell(grid, figures[figures.length - 1]), reading('column', '得分', 'order', undefined, { note, alternative: '分值' })) : null;
    }
    items.push({ name: norm(label.raw).replace(/\(.*$/, ''), weight: w, score: sc, ref: refOf(grid.file, grid.sheet, label) });
    rows.push(r);
  }
  return { items, block, rows };
}

/**
 * How the template scores execution. 分值 × 执行率 is known for the national 2020 template (分值 in
 * the fund header) and for templates whose header splits 年初预算数 into 目标申报数 / 预算编制数; a
 * table that states bands (执行率 ≥ x% 得 y 分, 分档) scores otherwise; any other template is unknown.
 */
const BANDS = { zh: '分档计分', en: 'scoring by bands' };

export function execScoring(grid: Grid, top: number, bottom: number, slots: HeaderSlot[]): Reading {
  let bands = '';
  for (let r = top; r <= bottom && !bands; r++) {
    const t = rowText(grid, r);
    const m = /执行率[^|]{0,40}(分档|档次|区间|按档)|执行率\s*[≥>＞][^|]{0,12}得[^|]{0,4}分|(分档|区间)[^|]{0,20}执行率/.exec(t);
    if (m) bands = m[0];
  }
  if (bands) return reading('table', '执行率得分 = 分值 × 执行率', 'default', bands, { note: { zh: '表内写明分档计分', en: 'the table states scoring by bands' }, alternative: BANDS });
  const weight = slots.find((s) => s.slot === 'weight');
  const split = slots.find((s) => s.slot === 'declared');
  if (weight && slots.some((s) => s.slot === 'rate')) {
    return reading('table', '执行率得分 = 分值 × 执行率', 'header', weight.text, {
      note: { zh: `表头印有${weight.text}、执行率、得分（财预〔2020〕10号模板）`, en: `the header prints “${weight.text}”, “执行率” and “得分”: the “财预〔2020〕10号” template` },
    });
  }
  if (split) {
    return reading('table', '执行率得分 = 分值 × 执行率', 'header', split.text, {
      note: { zh: `表头印有${split.text}（年初预算数分目标申报数、预算编制数的模板）`, en: `the header prints “${split.text}”: the template that splits “年初预算数” into “目标申报数” and “预算编制数”` },
    });
  }
  return reading('table', '执行率得分 = 分值 × 执行率', 'default', undefined, { note: { zh: '模板未知，未印明计分方式', en: 'template unknown; the scoring method is not printed' }, alternative: BANDS });
}

const CONTINUED_TITLE = /绩效自评表|绩效评价表|[(（]续[)）]|续表|^\(\d{4}年度?\)$/;

/** What rows continuing a 自评表 hold: more indicators (and stated blocks), maybe its 总分, grade and analysis. */
export interface Continuation {
  indicators: Indicator[];
  blocks: StatedBlock[];
  total: TotalParse | null;
  grade: ProjectEvaluation['grade'];
  analysis: Paragraph[];
}

/**
 * Rows from..to continue the open table `owner` (a project or department 自评表 cut by a page break
 * or carried on to the next sheet): more indicator rows under the same header (or a repeated one),
 * then 总分 and the analysis. Null when the rows hold nothing of the kind.
 */
export function continueTable(grid: Grid, from: number, to: number, owner: object, joined?: Reading): Continuation | null {
  const open = OPEN.get(owner);
  if (!open || open.closed) return null;
  let start = from;
  while (start <= to && (!cellsOf(grid, start).length || CONTINUED_TITLE.test(rowText(grid, start)))) start++;
  if (start > to) return null;
  const totalRow = totalRowOf(grid, start, to);
  const ind = parseIndicators(grid, [], start, totalRow < 0 ? to + 1 : totalRow, open.columns, open.carry);
  if (!ind.indicators.length && totalRow < 0) return null;
  // Only rows that read as this table's indicators: a repeated header, or a first row on the header's columns.
  const onHeader = INDICATOR_HEADER.test(rowText(grid, start)) || totalRow === start || !!ind.indicators[0]?.weight?.readings?.some((r) => r.basis === 'header');
  if (!onHeader) return null;
  const out: Continuation = { indicators: ind.indicators, blocks: ind.blocks, total: null, grade: null, analysis: [] };
  if (totalRow >= 0) {
    out.total = parseTotal(grid, totalRow, ind.columns);
    const g = gradeCell(grid, totalRow) ?? gradeCell(grid, totalRow + 1);
    if (g) out.grade = { text: norm(g.raw), ref: refOf(grid.file, grid.sheet, g) };
    out.analysis = analysisOf(grid, totalRow + 1, Math.min(to, grid.rowCount - 1));
  }
  OPEN.set(owner, { columns: ind.columns, closed: totalRow >= 0, carry: ind.carry });
  // How the rows were joined to their table goes with every figure read from them.
  if (joined) {
    for (const i of out.indicators) for (const c of [i.weight, i.score, i.deviation]) withReading(c ?? null, joined);
    for (const c of [out.total?.total, out.total?.totalWeight]) withReading(c ?? null, joined);
  }
  return out;
}

/** Rows from..to continue the project table `ev` (see continueTable). */
export function continueProject(grid: Grid, from: number, to: number, ev: ProjectEvaluation, joined?: Reading): boolean {
  const more = continueTable(grid, from, to, ev, joined);
  if (!more) return false;
  ev.indicators.push(...more.indicators);
  if (more.blocks.length) ev.statedBlocks = [...(ev.statedBlocks ?? []), ...more.blocks];
  if (more.total) {
    ({ total: ev.total, totalWeight: ev.totalWeight } = more.total);
    if (more.grade) ev.grade = more.grade;
    ev.analysis = [...ev.analysis, ...more.analysis];
  }
  ev.continuedIn = [...new Set([...(ev.continuedIn ?? []), grid.sheet])];
  return true;
}

export function parseProject(grid: Grid, top: number, bottom: number): ProjectEvaluation | null {
  const { name } = projectName(grid, top, bottom);
  const fundHeader = findRow(grid, top, bottom, FUND_HEADER);
  const indHeader = findRow(grid, top, bottom, INDICATOR_HEADER);
  if (indHeader >= 0 && (fundHeader < 0 || fundHeader > indHeader) && /评分表/.test(rowText(grid, top))) return parseScoreSheet(grid, top, bottom, indHeader, name);
  if (fundHeader < 0 || indHeader < 0 || indHeader < fundHeader) return null;
  const indRows = indicatorHeaderRows(grid, indHeader, bottom);
  const totalRow = totalRowOf(grid, indRows[indRows.length - 1] + 1, bottom);
  const stopInd = totalRow < 0 ? bottom + 1 : totalRow;
  const headerRows = headerRowsFrom(grid, fundHeader, fundKey, indHeader - 1);
  const goals = findRow(grid, fundHeader + 1, indHeader, GOALS);
  // Some templates (四川's) print the year's goals and what was done above the funds (项目基本情况).
  const goalsAbove = goals < 0 ? findRow(grid, top + 1, fundHeader - 1, GOALS) : -1;
  const mgmtStart = findRow(grid, fundHeader + 1, indHeader, MANAGEMENT);
  const fundStop = [goals, mgmtStart, indHeader].filter((r) => r > fundHeader).reduce((a, b) => Math.min(a, b), indHeader);
  const funds = parseFunds(grid, headerRows, headerRows[headerRows.length - 1] + 1, fundStop);
  const slots = headerSlots(grid, headerRows);
  const unitText = rowText(grid, fundHeader);
  const unit: '元' | '万元' = /\(元\)|单位:元/.test(unitText) ? '元' : '万元';
  // Fund amounts are printed at one precision (万元: 2 decimals); General-format cells drop zeros.
  const amounts = funds.funds.flatMap((f) => [f.initial, f.full, f.executed, f.balance]).filter((c): c is Cell => !!c);
  const precision = applyTablePrecision(amounts);
  if (unit === '万元' && precision < 2) for (const c of amounts) if (c.value !== null && c.decimals < 2) c.decimals = 2;
  const mgmt = mgmtStart > 0 ? managementItems(grid, mgmtStart, indHeader, slots) : { items: [], block: null, rows: [] };
  const ind = parseIndicators(grid, indRows, indRows[indRows.length - 1] + 1, stopInd);
  let total: Cell | null = null;
  let totalWeight: Cell | null = null;
  let grade: ProjectEvaluation['grade'] = null;
  if (totalRow >= 0) {
    ({ total, totalWeight } = parseTotal(grid, totalRow, ind.columns));
    const g = gradeCell(grid, totalRow) ?? gradeCell(grid, totalRow + 1);
    if (g) grade = { text: norm(g.raw), ref: refOf(grid.file, grid.sheet, g) };
  }
  const titleCell = cellsOf(grid, top).find((g) => /绩效/.test(g.raw)) ?? cellsOf(grid, top)[0];
  const allStated = indicatorsStated(grid, indRows);
  const statedBlocks = [...(mgmt.block ? [mgmt.block] : []), ...(allStated ? [allStated] : []), ...ind.blocks];
  const template: 'a' | 'b' = mgmt.items.length ? 'b' : 'a';
  const deptRow = findRow(grid, top, fundHeader, /主管部门/);
  const deptCell = deptRow >= 0 ? textsOf(grid, deptRow).find((g) => /^\d{3}/.test(g.raw.trim())) : undefined;
  const dm = deptCell ? /^(\d+)-?(.*)$/.exec(deptCell.raw.trim()) : null;
  const lastRow = Math.min(bottom, grid.rowCount - 1);
  const ev: ProjectEvaluation = {
    template,
    name: name || (titleCell?.raw ?? '').replace(/项目支出绩效自评表|项目支出绩效.*$/, ''),
    title: titleCell?.raw.trim() ?? '',
    source: { file: grid.file, sheet: grid.sheet, range: `${a1(top, 0)}:${a1(lastRow, Math.max(0, grid.colCount - 1))}` },
    ...(deptCell && dm ? { department: { code: dm[1], name: dm[2], ref: refOf(grid.file, grid.sheet, deptCell) } } : {}),
    funds: funds.funds,
    execWeight: funds.execWeight ?? statedExecWeight(grid, headerRows),
    execScore: funds.execScore,
    management: mgmt.items,
    indicators: ind.indicators,
    totalWeight,
    total,
    grade,
    analysis: totalRow >= 0 ? analysisOf(grid, totalRow + 1, lastRow) : [],
    ...(goals > 0 ? { goals: analysisOf(grid, goals + 1, indHeader - 1), achieved: achievedOf(grid, goals, indHeader - 1) } : {}),
    ...(goalsAbove > 0 ? { goals: analysisOf(grid, goalsAbove + 1, fundHeader - 1), achieved: achievedOf(grid, goalsAbove, fundHeader - 1) } : {}),
    ...(statedBlocks.length ? { statedBlocks } : {}),
    unit,
    execScoring: execScoring(grid, top, lastRow, slots),
  };
  OPEN.set(ev, { columns: ind.columns, closed: totalRow >= 0, carry: ind.carry });
  return ev;
}


/**
 * A project's 评分表 (项目支出绩效评价评分表): indicators with 分值 (or weights in their labels) and 得分,
 * 总分 and grade, no fund block — so no execution part; rules on funds say they could not run.
 */
function parseScoreSheet(grid: Grid, top: number, bottom: number, indHeader: number, name: string): ProjectEvaluation | null {
  const indRows = indicatorHeaderRows(grid, indHeader, bottom);
  const totalRow = totalRowOf(grid, indRows[indRows.length - 1] + 1, bottom);
  const ind = parseIndicators(grid, indRows, indRows[indRows.length - 1] + 1, totalRow < 0 ? bottom + 1 : totalRow);
  if (!ind.indicators.length || !ind.columns.columns.some((h) => h.key === 'score')) return null;
  const parsed = totalRow >= 0 ? parseTotal(grid, totalRow, ind.columns) : { total: null, totalWeight: null };
  const g = totalRow >= 0 ? gradeCell(grid, totalRow) ?? gradeCell(grid, totalRow + 1) : undefined;
  const titleCell = cellsOf(grid, top).find((c) => /评分表/.test(c.raw)) ?? cellsOf(grid, top)[0];
  const lastRow = Math.min(bottom, grid.rowCount - 1);
  const ev: ProjectEvaluation = {
    template: 'a',
    form: 'score-sheet',
    name: name || (titleCell?.raw ?? '').replace(/项目支出绩效.*$/, '').trim(),
    title: titleCell?.raw.trim() ?? '',
    source: { file: grid.file, sheet: grid.sheet, range: `${a1(top, 0)}:${a1(lastRow, Math.max(0, grid.colCount - 1))}` },
    funds: [],
    execWeight: null,
    execScore: null,
    management: [],
    indicators: ind.indicators,
    totalWeight: parsed.totalWeight,
    total: parsed.total,
    grade: g ? { text: norm(g.raw), ref: refOf(grid.file, grid.sheet, g) } : null,
    analysis: totalRow >= 0 ? analysisOf(grid, totalRow + 1, lastRow) : [],
    ...(ind.blocks.length ? { statedBlocks: ind.blocks } : {}),
  };
  OPEN.set(ev, { columns: ind.columns, closed: totalRow >= 0, carry: ind.carry });
  return ev;
}

/** 绩效指标（90分） on the indicator header: the weight of all the indicators together (a label reading). */
function indicatorsStated(grid: Grid, rows: number[]): StatedBlock | null {
  for (const r of rows) {
    for (const g of textsOf(grid, r)) {
      const w = indicatorKey(g.raw) === 'label' ? weightInLabel(g.raw) : null;
      if (!w) continue;
      const name = norm(g.raw).replace(/\(.*$/, '');
      return { name, kind: 'indicators', scope: 'all', statedWeight: withReading(toCell(grid, { ...g, raw: w, value: Number(w) }) as Cell, reading('column', '绩效指标分值', 'label', norm(g.raw))), ref: refOf(grid.file, grid.sheet, g) };
    }
  }
  return null;
}
