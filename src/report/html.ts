/**
 * One self-contained HTML report (no network; inline CSS and JS under a hash-pinned CSP):
 * summary, charts per table and per rule family, findings grouped by family, and a view of each
 * sheet that has findings with the offending cells highlighted (hover / click → 实际 / 应为 and
 * the related cells). Everything from the document is escaped; the data the script uses is JSON in
 * a <script type="application/json"> block with '<' written as \u003c.
 */
import { createHash } from 'node:crypto';
import type { Grid, LintMessage, LintResult } from '../types';
import type { FormatContext, Formatter } from './types';
import { columnName } from '../read/grid';
import { escapeHtml as h, familyName, familyOf, labels, locationText, messageFile, relPath, scriptJson, severityLabel, totals } from './common';
import { barChart, Bar } from './html-chart';
import { CSS, JS } from './html-assets';

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
  let html = `<div class="gridwrap"><table class="grid" data-grid="${index}"><thead><tr><th></th>`;
  for (let c = 0; c < cols; c++) html += `<th>${columnName(c)}</th>`;
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
      const cls = fs ? `bad${fs.some((f) => f.m.severity === 2) ? ' err' : ''}` : '';
      const title = fs ? fs.map((f) => `${f.m.message}${f.m.actual !== undefined || f.m.expected !== undefined ? ` (${t.actual} ${f.m.actual ?? '—'} / ${t.expected} ${f.m.expected ?? '—'})` : ''}`).join('\n') : text.length > MAX_CELL_CHARS ? text : '';
      html += `<td data-cell="${addr}"${cls ? ` class="${cls}" data-f="${fs!.map((f) => f.id).join(' ')}" tabindex="0"` : ''}${title ? ` title="${h(title)}"` : ''}>${h(shown)}</td>`;
    }
    html += '</tr>';
  }
  return html + '</tbody></table></div>';
}

function findingRow(f: Finding, ctx: FormatContext): string {
  const m = f.m;
  const where = [m.table && m.table !== m.sheet ? m.table : '', locationText(m)].filter(Boolean).join(' ');
  return (
    `<tr class="finding sev-${m.severity}" data-finding="${f.id}" tabindex="0">` +
    `<td>${h(f.file)}</td><td>${h(where)}</td><td class="sev">${h(severityLabel(m, ctx.lang))}</td><td>${h(m.message)}</td>` +
    `<td class="num">${h(m.actual ?? '')}</td><td class="num">${h(m.expected ?? '')}</td><td><code>${h(m.ruleId ?? '')}</code></td></tr>`
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

function findingData(f: Finding): Record<string, unknown> {
  const m = f.m;
  return {
    file: messageFile(f.result, m),
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    ...(m.table !== undefined ? { table: m.table } : {}),
    ...(m.sheet !== undefined ? { sheet: m.sheet } : {}),
    ...(m.cell !== undefined ? { cell: m.cell } : {}),
    ...(m.line ? { line: m.line } : {}),
    ...(m.actual !== undefined ? { actual: m.actual } : {}),
    ...(m.expected !== undefined ? { expected: m.expected } : {}),
    ...(m.related?.length ? { related: m.related } : {}),
  };
}

const html: Formatter = (results: LintResult[], ctx: FormatContext) => {
  const t = labels(ctx.lang);
  const lang = ctx.lang === 'en' ? 'en' : 'zh-CN';
  const all = collect(results, ctx);
  const findings = all.filter((f) => !f.m.fatal);
  const { errors, warnings, fatal } = totals(results);
  const views = sheetViews(results, all, ctx);

  let body = `<header><h1>${h(t.title)}</h1><p class="summary">${h(t.summary(results.length, errors, warnings, fatal))}</p>`;
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
  if (!all.length) body += `<p>${h(t.clean)}</p>`;
  const families = new Map<string, Finding[]>();
  for (const f of all) {
    const fam = f.m.fatal ? 'fatal' : familyOf(f.m.ruleId);
    (families.get(fam) ?? families.set(fam, []).get(fam)!).push(f);
  }
  const famOrder = [...families.keys()].sort((a, b) => (a === 'fatal' ? -1 : b === 'fatal' ? 1 : a.localeCompare(b)));
  for (const fam of famOrder) {
    const list = families.get(fam)!;
    body += `<h3>${h(familyName(fam, ctx.lang))} <span class="muted">(${list.length})</span></h3>`;
    body += `<table class="list"><thead><tr><th>${h(t.file)}</th><th>${h(t.location)}</th><th>${h(t.severity)}</th><th>${h(t.message)}</th><th>${h(t.actual)}</th><th>${h(t.expected)}</th><th>${h(t.rule)}</th></tr></thead><tbody>`;
    body += list.map((f) => findingRow(f, ctx)).join('') + '</tbody></table>';
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
    labels: { error: t.error, warning: t.warning, actual: t.actual, expected: t.expected, related: t.related, location: t.location },
    findings: all.map(findingData),
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
