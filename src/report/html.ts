/**
 * One self-contained HTML report (no network; inline CSS and JS under a hash-pinned CSP):
 * summary, charts per table and per rule family, findings grouped by family, and a view of each
 * sheet that has findings with the offending cells highlighted (hover / click → 实际 / 应为 and
 * the related cells). Everything from the document is escaped; the data the script uses is JSON in
 * a <script type="application/json"> block with '<' written as \u003c.
 *
 * For reviewers: a header with department, year, unit, date, tool version and coverage; filters by
 * severity, rule family and table, and a search box; each grid scrolled to its first flagged cell
 * with the row numbers and label columns sticky; a narrative finding shows its sentence with the
 * figure marked; values as printed in the sheet; each finding's evidence, `doubt` findings marked;
 * a print stylesheet (save as PDF and forward). A finding on a PDF shows where its cell is printed:
 * a small map of the page (html-map.ts), in its row and in the detail panel.
 */
import { createHash } from 'node:crypto';
import type { Grid, LintMessage, LintResult } from '../types';
import type { FormatContext, Formatter } from './types';
import { columnName } from '../read/grid';
import { escapeHtml as h, familyName, familyOf, labels, locationWithTable, messageFile, relatedWhere, relPath, scriptJson, severityLabel, totals } from './common';
import { describeReading } from '../ledger/evidence';
import { parseNumber } from '../ledger/decimal';
import { barChart, Bar } from './html-chart';
import { CSS, JS } from './html-assets';
import { pageMap } from './html-map';

const MAX_GRID_ROWS = 300;
const MAX_GRID_COLS = 60;
const MAX_CELL_CHARS = 80;
const CONTEXT_ROWS = 3;
/** Sheet views beyond this are left out (the findings list still has every finding). */
const MAX_VIEWS = 100;

interface Finding {
  id: number;
  result: LintResult;
  m: LintMessage;
  file: string;
}

interface SheetView {
  grid: Grid;
  file: string;
  findings: Finding[];
  related: Set<string>;
}

function collect(results: LintResult[], ctx: FormatContext): Finding[] {
  const out: Finding[] = [];
  for (const r of results) for (const m of r.messages) out.push({ id: out.length, result: r, m, file: relPath(messageFile(r, m), ctx.cwd) });
  return out;
}

function sheetViews(results: LintResult[], findings: Finding[], ctx: FormatContext): SheetView[] {
  const views: SheetView[] = [];
  if (!ctx.sources) return views;
  const byResult = new Map<LintResult, Finding[]>();
  for (const f of findings) if (!f.m.fatal) (byResult.get(f.result) ?? byResult.set(f.result, []).get(f.result)!).push(f);
  for (const r of results) {
    const inputs = r.inputs ?? [r.filePath];
    const mine = byResult.get(r) ?? [];
    if (!mine.length) continue;
    for (const input of inputs) {
      for (const grid of ctx.sources.get(input) ?? []) {
        const matches = (file: string | undefined, sheet: string | undefined): boolean =>
          sheet === grid.sheet && (file === undefined ? grid.file === r.filePath || inputs.includes(grid.file) : file === grid.file);
        const here = mine.filter((f) => matches(f.m.file, f.m.sheet));
        const related = new Set<string>();
        for (const f of mine) for (const x of f.m.related ?? []) if (x.cell && matches(x.file ?? f.m.file, x.sheet)) related.add(x.cell);
        if (here.length || related.size) views.push({ grid, file: relPath(grid.file, ctx.cwd), findings: here, related });
        if (views.length >= MAX_VIEWS) return views;
      }
    }
  }
  return views;
}

/**
 * The label columns a wide table is read by (科目编码, 项目名称, 指标): the leading columns, up to
 * two, whose filled cells are mostly text. They stay in view when the grid scrolls sideways.
 */
function labelColumns(g: Grid, cols: number): number {
  let n = 0;
  for (let c = 0; c < Math.min(2, cols); c++) {
    let filled = 0;
    let text = 0;
    for (const row of g.rows) {
      const cell = row?.[c];
      if (!cell || cell.raw === '') continue;
      filled++;
      if (typeof cell.value !== 'number' && !parseNumber(cell.raw)) text++;
    }
    if (!filled || text * 2 < filled) break;
    n++;
  }
  return n;
}

function rowsToShow(view: SheetView): number[] {
  const n = view.grid.rowCount;
  if (n <= MAX_GRID_ROWS) return [...Array(n).keys()];
  const keep = new Set<number>();
  for (let r = 0; r < Math.min(n, 8); r++) keep.add(r);
  const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0] ?? 0) - 1;
  const anchors = [...view.findings.map((f) => (f.m.cell ? rowOf(f.m.cell) : f.m.line - 1)), ...[...view.related].map(rowOf)];
  for (const a of anchors) for (let r = a - CONTEXT_ROWS; r <= a + CONTEXT_ROWS; r++) if (r >= 0 && r < n) keep.add(r);
  return [...keep].sort((a, b) => a - b).slice(0, MAX_GRID_ROWS * 2);
}

function gridHtml(view: SheetView, index: number, ctx: FormatContext): string {
  const t = labels(ctx.lang);
  const g = view.grid;
  const colOf = (cell: string): number => (/^[A-Z]+/.exec(cell)?.[0] ?? 'A').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const widest = Math.max(0, ...view.findings.map((f) => (f.m.cell ? colOf(f.m.cell) : 0)), ...[...view.related].map(colOf));
  const cols = Math.min(g.colCount, Math.max(MAX_GRID_COLS, widest + 1));
  const byCell = new Map<string, Finding[]>();
  for (const f of view.findings) if (f.m.cell) (byCell.get(f.m.cell) ?? byCell.set(f.m.cell, []).get(f.m.cell)!).push(f);
  const labelCols = labelColumns(g, cols);
  const lab = (c: number): string => (c < labelCols ? ` class="lab" data-lab="${c}"` : '');
  const first = view.findings.find((f) => f.m.cell)?.m.cell;
  let html = `<div class="gridwrap"${first ? ` data-first="${h(first)}"` : ''}><table class="grid" data-grid="${index}"><thead><tr><th></th>`;
  for (let c = 0; c < cols; c++) html += `<th${lab(c)}>${columnName(c)}</th>`;
  html += '</tr></thead><tbody>';
  let prev = -1;
  for (const r of rowsToShow(view)) {
    if (r > prev + 1) html += `<tr class="gap"><th></th><td colspan="${cols}">${h(t.truncatedRows(r - prev - 1))}</td></tr>`;
    prev = r;
    html += `<tr><th>${r + 1}</th>`;
    for (let c = 0; c < cols; c++) {
      const cell = g.rows[r]?.[c];
      const addr = `${columnName(c)}${r + 1}`;
      const text = cell?.raw ?? '';
      const shown = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
      const fs = byCell.get(addr);
      const cls = [fs ? `bad${fs.some((f) => f.m.severity === 2) ? ' err' : ''}` : '', c < labelCols ? 'lab' : ''].filter(Boolean).join(' ');
      const title = fs ? fs.map((f) => `${f.m.message}${f.m.actual !== undefined || f.m.expected !== undefined ? ` (${t.actual} ${f.m.actual ?? '—'} / ${t.expected} ${f.m.expected ?? '—'})` : ''}`).join('\n') : text.length > MAX_CELL_CHARS ? text : '';
      html += `<td data-cell="${addr}"${cls ? ` class="${cls}"` : ''}${c < labelCols ? ` data-lab="${c}"` : ''}${fs ? ` data-f="${fs.map((f) => f.id).join(' ')}" tabindex="0"` : ''}${title ? ` title="${h(title)}"` : ''}>${h(shown)}</td>`;
    }
    html += '</tr>';
  }
  return html + '</tbody></table></div>';
}

/** The cell's text as printed in the sheet, for a finding's figure ("224.50", not "224.5"). */
function printedAt(ctx: FormatContext, file: string, sheet: string | undefined, cell: string | undefined): string | undefined {
  if (sheet === undefined || cell === undefined || !ctx.sources) return undefined;
  for (const g of ctx.sources.get(file) ?? []) {
    if (g.sheet !== sheet) continue;
    for (const row of g.rows) for (const c of row ?? []) if (c && c.address === cell) return c.raw;
  }
  return undefined;
}

/** The figure as printed when the sheet's text is that same number; else the value given. */
function asPrinted(value: string | undefined, printed: string | undefined): string | undefined {
  if (value === undefined || printed === undefined) return value;
  const a = parseNumber(value);
  const b = parseNumber(printed);
  return a && b && a.value.eq(b.value) ? printed : value;
}

/** The sentence of a narrative finding, with the figure at its column marked. */
export function sentenceAt(ctx: FormatContext, file: string, line: number, column: number, figure: string | undefined): { before: string; mark: string; after: string } | null {
  const paragraphs = ctx.texts?.get(file);
  const p = paragraphs?.find((x) => x.line === line);
  if (!p) return null;
  const text = p.text;
  let at = column > 0 && column <= text.length ? column - 1 : -1;
  const NUM = /[-+]?\d[\d,]*(?:\.\d+)?/y;
  NUM.lastIndex = at;
  let m = at >= 0 ? NUM.exec(text) : null;
  if (!m && figure) {
    const i = text.indexOf(figure);
    if (i >= 0) {
      at = i;
      NUM.lastIndex = i;
      m = NUM.exec(text);
    }
  }
  const start = m ? at : -1;
  const end = m ? at + m[0].length : -1;
  // The sentence around the figure: from the previous 。；！？ to the next.
  const stops = /[。；！？!?]/g;
  let from = 0;
  let to = text.length;
  for (let x = stops.exec(text); x; x = stops.exec(text)) {
    if (start >= 0 && x.index < start) from = x.index + 1;
    else if (start >= 0 && x.index >= end) {
      to = x.index + 1;
      break;
    }
  }
  if (start < 0) return { before: text.length > 400 ? `${text.slice(0, 399)}…` : text, mark: '', after: '' };
  return { before: text.slice(from, start), mark: text.slice(start, end), after: text.slice(end, to) };
}

function findingRow(f: Finding, ctx: FormatContext, tables: string[]): string {
  const m = f.m;
  const t = labels(ctx.lang);
  const file = messageFile(f.result, m);
  const where = locationWithTable(m, ctx.lang);
  const actual = asPrinted(m.actual, printedAt(ctx, file, m.sheet, m.cell));
  let detail = pageMap(m, ctx.lang);
  if (m.sheet === undefined && m.line) {
    const s = sentenceAt(ctx, file, m.line, m.column, m.actual);
    if (s) detail += `<blockquote class="quote"><span class="muted">${h(t.sentence)} L${m.line}：</span>${h(s.before)}${s.mark ? `<mark>${h(s.mark)}</mark>` : ''}${h(s.after)}</blockquote>`;
  }
  if (m.doubt) detail += `<div class="doubt-note">${h(t.doubt)}</div>`;
  if (m.evidence?.length) {
    detail += `<ul class="evidence"><li class="muted">${h(t.evidence)}</li>${m.evidence.map((e) => `<li class="${e.strength === 'weak' ? 'weak' : 'strong'}">${h(describeReading(e, ctx.lang))}${e.strength === 'weak' ? ` <span class="tag">${h(t.weak)}</span>` : ''}</li>`).join('')}</ul>`;
  }
  const family = m.fatal ? 'fatal' : familyOf(m.ruleId);
  // Tables by index into the filter's options: nothing from the document goes into attributes the script matches.
  const table = tables.indexOf(tableOf(m));
  return (
    `<tr class="finding sev-${m.severity}${m.doubt ? ' doubt' : ''}" data-finding="${f.id}" data-sev="${m.severity}" data-family="${h(family)}" data-table="${table}" tabindex="0">` +
    `<td>${h(f.file)}</td><td>${h(where)}</td><td class="sev">${h(severityLabel(m, ctx.lang))}${m.doubt ? ` <span class="tag">?</span>` : ''}</td><td>${h(m.message)}${detail}</td>` +
    `<td class="num">${h(actual ?? '')}</td><td class="num">${h(m.expected ?? '')}</td><td><code>${h(m.ruleId ?? '')}</code></td></tr>`
  );
}

function unitName(unit: string | undefined, lang: string): string | undefined {
  if (!unit || lang !== 'en') return unit;
  return ({ 元: 'yuan', 万元: '10,000 yuan', 亿元: '100 million yuan' } as Record<string, string>)[unit] ?? unit;
}

/** The header's facts: department, year, unit, date, tool version, coverage. */
function headerFacts(results: LintResult[], ctx: FormatContext): string {
  const t = labels(ctx.lang);
  const meta = results.find((r) => r.meta)?.meta ?? {};
  const docs = results.filter((r) => !r.fatalErrorCount);
  const sum = (k: 'evaluations' | 'sentencesWithNumbers' | 'claimsChecked'): number => docs.reduce((n, r) => n + r.coverage[k], 0);
  const tables = docs.reduce((n, r) => n + r.coverage.tables.length, 0);
  const skipped = new Set(docs.flatMap((r) => r.coverage.rulesSkipped.map((x) => x.ruleId))).size;
  const date = typeof ctx.options?.date === 'string' ? ctx.options.date : new Date().toISOString().slice(0, 10);
  const facts: [string, string | undefined][] = [
    [t.department, meta.department],
    [t.year, meta.year],
    [t.unit, unitName(meta.unit, ctx.lang)],
    [t.date, date],
    [t.tool, typeof ctx.options?.version === 'string' ? `budget-lint ${ctx.options.version}` : 'budget-lint'],
    [t.coverage, t.coverageText(tables, sum('evaluations'), sum('sentencesWithNumbers'), sum('claimsChecked'), skipped)],
  ];
  return `<dl class="facts">${facts.filter(([, v]) => v).map(([k, v]) => `<div><dt>${h(k)}</dt><dd>${h(v)}</dd></div>`).join('')}</dl>`;
}

const tableOf = (m: LintMessage): string => m.table ?? m.sheet ?? '';

/** The tables findings are in, sorted: the table filter's options. */
function tableNames(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => tableOf(f.m)).filter(Boolean))].sort();
}

/** Severity, family and table filters and a search box (the script applies them). */
function toolbar(findings: Finding[], ctx: FormatContext): string {
  const t = labels(ctx.lang);
  const opt = (v: string, label: string): string => `<option value="${h(v)}">${h(label)}</option>`;
  const families = [...new Set(findings.map((f) => (f.m.fatal ? 'fatal' : familyOf(f.m.ruleId))))].sort();
  const tables = tableNames(findings);
  return (
    `<div class="toolbar" role="search">` +
    `<label>${h(t.filterSeverity)} <select id="f-sev">${opt('', t.all)}${opt('2', t.error)}${opt('1', t.warning)}</select></label>` +
    `<label>${h(t.filterFamily)} <select id="f-family">${opt('', t.all)}${families.map((f) => opt(f, familyName(f, ctx.lang))).join('')}</select></label>` +
    `<label>${h(t.filterTable)} <select id="f-table">${opt('', t.all)}${tables.map((x, i) => opt(String(i), x)).join('')}</select></label>` +
    `<label>${h(t.search)} <input id="f-search" type="search"></label>` +
    `<span id="f-count" class="muted" data-total="${findings.length}">${h(t.shown(findings.length, findings.length))}</span></div>`
  );
}

function bars(findings: Finding[], key: (f: Finding) => string): Bar[] {
  const map = new Map<string, Bar>();
  for (const f of findings) {
    const k = key(f);
    const b = map.get(k) ?? { label: k, errors: 0, warnings: 0 };
    if (f.m.severity === 2) b.errors++;
    else b.warnings++;
    map.set(k, b);
  }
  return [...map.values()];
}

function findingData(f: Finding, ctx: FormatContext): Record<string, unknown> {
  const m = f.m;
  const file = messageFile(f.result, m);
  const related = m.related?.map((x) => ({
    ...x,
    ...(x.value !== undefined ? { value: asPrinted(x.value, printedAt(ctx, x.file ?? file, x.sheet, x.cell)) } : {}),
    // PDF input: the location as the report says it, with its page (the script shows it as given)
    ...(x.page !== undefined ? { where: relatedWhere(x, m, ctx.lang) } : {}),
  }));
  return {
    file: messageFile(f.result, m),
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    ...(m.table !== undefined ? { table: m.table } : {}),
    ...(m.sheet !== undefined ? { sheet: m.sheet } : {}),
    ...(m.cell !== undefined ? { cell: m.cell } : {}),
    ...(m.line ? { line: m.line } : {}),
    ...(m.page !== undefined ? { page: m.page, where: locationWithTable(m, ctx.lang) } : {}),
    ...(m.actual !== undefined ? { actual: asPrinted(m.actual, printedAt(ctx, file, m.sheet, m.cell)) } : {}),
    ...(m.expected !== undefined ? { expected: m.expected } : {}),
    ...(related?.length ? { related } : {}),
    ...(m.doubt ? { doubt: true } : {}),
  };
}

const html: Formatter = (results: LintResult[], ctx: FormatContext) => {
  const t = labels(ctx.lang);
  const lang = ctx.lang === 'en' ? 'en' : 'zh-CN';
  const all = collect(results, ctx);
  const findings = all.filter((f) => !f.m.fatal);
  const { errors, warnings, fatal } = totals(results);
  const views = sheetViews(results, all, ctx);

  let body = `<header><h1>${h(t.title)}</h1>${headerFacts(results, ctx)}<p class="summary">${h(t.summary(results.length, errors, warnings, fatal))}</p>`;
  if (findings.some((f) => f.m.tail)) body += `<p class="muted">${h(t.tailNote)}</p>`;
  if (views.length) body += `<p class="muted">${h(t.hint)}</p>`;
  body += '</header><main>';

  body += `<table class="list files"><thead><tr><th>${h(t.file)}</th><th>${h(t.error)}</th><th>${h(t.warning)}</th><th>${h(t.message)}</th></tr></thead><tbody>`;
  for (const r of results) {
    const fatalMsg = r.messages.filter((m) => m.fatal).map((m) => m.message).join('；');
    body += `<tr><td>${h(relPath(r.filePath, ctx.cwd))}</td><td class="num n-err">${r.errorCount}</td><td class="num n-warn">${r.warningCount}</td><td>${h(fatalMsg || (r.messages.length ? '' : t.noFindings))}</td></tr>`;
  }
  body += '</tbody></table>';

  if (findings.length) {
    body += `<div class="charts">${barChart(t.byTable, bars(findings, (f) => f.m.table ?? f.m.sheet ?? t.narrative))}${barChart(t.byFamily, bars(findings, (f) => familyName(familyOf(f.m.ruleId), ctx.lang)))}</div>`;
  }

  body += `<h2>${h(t.findings)}</h2>`;
  if (all.length) body += toolbar(all, ctx);
  const tables = tableNames(all);
  if (!all.length) body += `<p>${h(t.clean)}</p>`;
  const families = new Map<string, Finding[]>();
  for (const f of all) {
    const fam = f.m.fatal ? 'fatal' : familyOf(f.m.ruleId);
    (families.get(fam) ?? families.set(fam, []).get(fam)!).push(f);
  }
  const famOrder = [...families.keys()].sort((a, b) => (a === 'fatal' ? -1 : b === 'fatal' ? 1 : a.localeCompare(b)));
  for (const fam of famOrder) {
    const list = families.get(fam)!;
    body += `<section class="family" data-family="${h(fam)}"><h3>${h(familyName(fam, ctx.lang))} <span class="muted">(${list.length})</span></h3>`;
    body += `<table class="list"><thead><tr><th>${h(t.file)}</th><th>${h(t.location)}</th><th>${h(t.severity)}</th><th>${h(t.message)}</th><th>${h(t.actual)}</th><th>${h(t.expected)}</th><th>${h(t.rule)}</th></tr></thead><tbody>`;
    body += list.map((f) => findingRow(f, ctx, tables)).join('') + '</tbody></table></section>';
  }

  if (views.length) {
    body += `<h2>${h(t.sheets)}</h2>`;
    if (views.length >= MAX_VIEWS) body += `<p class="muted">${h(t.viewsCapped(MAX_VIEWS))}</p>`;
    views.forEach((v, i) => {
      body += `<h3>${h(v.file)} — ${h(v.grid.sheet)} <span class="muted">(${v.findings.length})</span></h3>${gridHtml(v, i, ctx)}`;
    });
  }
  body += '</main><aside id="detail" aria-live="polite"></aside>';

  const data = {
    labels: { error: t.error, warning: t.warning, actual: t.actual, expected: t.expected, related: t.related, location: t.location, shown: t.shown(0, 0).replace(/\d+/g, '#') },
    findings: all.map((f) => findingData(f, ctx)),
    grids: views.map((v) => ({ file: v.grid.file, sheet: v.grid.sheet })),
  };
  const scriptHash = createHash('sha256').update(JS, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${h(t.title)}</title><style>${CSS}</style></head><body>${body}` +
    `<script type="application/json" id="bl-data">${scriptJson(data)}</script><script>${JS}</script></body></html>\n`
  );
};
export default html;
