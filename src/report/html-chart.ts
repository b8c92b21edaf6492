/** A small inline-SVG horizontal bar chart (errors and warnings stacked); all labels escaped. */
import { escapeHtml } from './common';

export interface Bar {
  label: string;
  errors: number;
  warnings: number;
}

export function barChart(title: string, bars: Bar[], max = 20): string {
  const shown = [...bars].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || a.label.localeCompare(b.label)).slice(0, max);
  const top = Math.max(1, ...shown.map((b) => b.errors + b.warnings));
  const labelW = 220;
  const barW = 260;
  const rowH = 20;
  const h = shown.length * rowH + 28;
  const w = labelW + barW + 60;
  const rows = shown
    .map((b, i) => {
      const y = 24 + i * rowH;
      const ew = (b.errors / top) * barW;
      const ww = (b.warnings / top) * barW;
      const label = b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label;
      return (
        `<g><title>${escapeHtml(`${b.label}: ${b.errors} / ${b.warnings}`)}</title>` +
        `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(label)}</text>` +
        (ew ? `<rect x="${labelW}" y="${y + 3}" width="${ew.toFixed(1)}" height="${rowH - 6}" fill="#c62828"/>` : '') +
        (ww ? `<rect x="${(labelW + ew).toFixed(1)}" y="${y + 3}" width="${ww.toFixed(1)}" height="${rowH - 6}" fill="#e0a030"/>` : '') +
        `<text x="${(labelW + ew + ww + 6).toFixed(1)}" y="${y + 13}">${b.errors + b.warnings}</text></g>`
      );
    })
    .join('');
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(title)}"><text x="0" y="14" font-weight="600">${escapeHtml(title)}</text>${rows}</svg>`;
}
