// An accessible horizontal bar chart drawn as SVG by Lit, always followed by the table of its figures.
import { html, nothing, svg, type TemplateResult } from 'lit';

export interface BarSeries {
  name: string;
  /** Class that colours the series (`series-met`…), styled in reports.styles.ts: no inline styles under a strict CSP. */
  tone: 'one' | 'met' | 'missed' | 'pending' | 'two';
}

export interface BarRow {
  label: string;
  values: number[];
}

export interface BarChart {
  id: string;
  title: string;
  series: BarSeries[];
  rows: BarRow[];
  /** Formats a figure in the table (default: the number). */
  format?: (value: number, seriesIndex: number) => string;
  /** Extra columns after the series (e.g. a rate), already formatted. */
  extra?: { heading: string; values: string[] };
}

const ROW = 26;
const LABEL = 250;
const WIDTH = 700;
const BAR = WIDTH - LABEL - 60;

/** Chart labels are cut so a long Thai category name never overflows the drawing; the table has it whole. */
function short(label: string): string {
  const chars = [...label];
  return chars.length > 28 ? `${chars.slice(0, 27).join('')}…` : label;
}

export function barChart(chart: BarChart, note: string): TemplateResult {
  const totals = chart.rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const height = chart.rows.length * ROW + 8;
  const format = chart.format ?? ((v: number) => v.toLocaleString());
  return html`
    <figure class="chart" aria-labelledby="${chart.id}-title">
      <figcaption id="${chart.id}-title">${chart.title}</figcaption>
      ${
        chart.rows.length === 0
          ? nothing
          : html`<svg
              viewBox="0 0 ${WIDTH} ${height}"
              role="img"
              aria-labelledby="${chart.id}-title"
              aria-describedby="${chart.id}-note"
              part="chart"
            >
              ${chart.rows.map((row, i) => {
                let x = LABEL;
                const y = i * ROW + 4;
                return svg`<g>
                <text x=${LABEL - 8} y=${y + ROW / 2} class="label" text-anchor="end" dominant-baseline="middle">${short(row.label)}</text>
                ${row.values.map((value, s) => {
                  const w = (value / max) * BAR;
                  const rect = svg`<rect x=${x} y=${y + 3} width=${w} height=${ROW - 8} class=${`bar tone-${chart.series[s]?.tone ?? 'one'}`}></rect>`;
                  x += w;
                  return rect;
                })}
                <text x=${x + 6} y=${y + ROW / 2} class="value" dominant-baseline="middle">${totals[i]!.toLocaleString()}</text>
              </g>`;
              })}
            </svg>`
      }
      ${
        chart.series.length > 1
          ? html`<ul class="legend" aria-hidden="true">
              ${chart.series.map((s) => html`<li><span class="swatch tone-${s.tone}"></span>${s.name}</li>`)}
            </ul>`
          : nothing
      }
      <p id="${chart.id}-note" class="visually-hidden">${note}</p>
      <table>
        <thead>
          <tr>
            <th scope="col"></th>
            ${chart.series.map((s) => html`<th scope="col">${s.name}</th>`)}
            ${chart.extra ? html`<th scope="col">${chart.extra.heading}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${chart.rows.map(
            (row, i) =>
              html`<tr>
                <th scope="row">${row.label}</th>
                ${row.values.map((v, s) => html`<td>${format(v, s)}</td>`)}
                ${chart.extra ? html`<td>${chart.extra.values[i]}</td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </figure>
  `;
}
