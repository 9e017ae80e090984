// Renders a monthly or annual report: headline figures, charts each with its table, timings, deadlines, audit sample.
import { html, nothing, type TemplateResult } from 'lit';
import { barChart } from './charts/bar-chart.template.js';
import type { ReportsTranslation } from './i18n/index.js';
import type { Label, Report, Tally } from './reports.types.js';

function periodName(report: Report, t: ReportsTranslation): string {
  const [year, month] = report.period.label.split('-').map(Number) as [number, number | undefined];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, 15));
  return new Intl.DateTimeFormat(
    t.locale,
    month ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' },
  ).format(date);
}

const percent = (rate: number | null, t: ReportsTranslation) =>
  rate === null ? t.none : new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);

export function reportTemplate(report: Report, t: ReportsTranslation, lang: string): TemplateResult {
  const name = (labels: Record<string, Label>, key: string) => (lang === 'en' ? labels[key]?.en : labels[key]?.th) ?? key;
  const tallyChart = (id: string, title: string, items: Tally[], labels: Record<string, Label>) =>
    barChart(
      {
        id,
        title,
        series: [{ name: t.count, tone: 'one' }],
        rows: items.map((i) => ({ label: name(labels, i.key), values: [i.count] })),
        extra: { heading: t.share, values: items.map((i) => percent(report.total ? i.count / report.total : null, t)) },
      },
      t.chartNote,
    );
  const hours = (h: number | null) => (h === null ? t.none : t.hours(h));
  const dateTime = (iso: string) =>
    new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }).format(
      new Date(iso),
    );
  const complianceSeries = [
    { name: t.met, tone: 'met' as const },
    { name: t.missed, tone: 'missed' as const },
    { name: t.pending, tone: 'pending' as const },
  ];

  return html`
    <article class="report" aria-labelledby="report-heading">
      <h2 id="report-heading">${t.heading(lang === 'en' ? report.site.nameEn : report.site.name, periodName(report, t))}</h2>
      <p>${t.asOf(dateTime(report.asOf))}</p>
      <dl class="figures">
        <div>
          <dt>${t.total}</dt>
          <dd>${report.total.toLocaleString()}</dd>
        </div>
        <div>
          <dt>${t.urgent}</dt>
          <dd>${report.urgent.toLocaleString()}</dd>
        </div>
        <div>
          <dt>${t.timeToAcknowledge} (${t.median})</dt>
          <dd>${hours(report.timeToAcknowledge.medianHours)}</dd>
        </div>
        <div>
          <dt>${t.timeToResolve} (${t.median})</dt>
          <dd>${hours(report.timeToResolve.medianHours)}</dd>
        </div>
        <div>
          <dt>${t.reopen}</dt>
          <dd>${percent(report.reopen.rate, t)}</dd>
        </div>
        <div>
          <dt>${t.satisfaction}</dt>
          <dd>${report.satisfaction.mean ?? t.none}</dd>
        </div>
      </dl>

      ${
        report.period.kind === 'year'
          ? barChart(
              {
                id: 'by-month',
                title: t.byMonth,
                series: [{ name: t.received, tone: 'one' }],
                rows: report.byMonth.map((m) => ({
                  label: new Intl.DateTimeFormat(t.locale, { month: 'short', timeZone: 'UTC' }).format(
                    new Date(`${m.month}-15T00:00:00Z`),
                  ),
                  values: [m.received],
                })),
                extra: { heading: t.resolved, values: report.byMonth.map((m) => m.resolved.toLocaleString()) },
              },
              t.chartNote,
            )
          : nothing
      }

      <div class="grid">
        ${tallyChart('by-kind', t.byKind, report.byKind, report.labels.kind)}
        ${tallyChart('by-category', t.byCategory, report.byCategory, report.labels.category)}
        ${tallyChart('by-department', t.byDepartment, report.byDepartment, report.labels.department)}
        ${tallyChart('by-channel', t.byChannel, report.byChannel, report.labels.channel)}
        ${tallyChart('by-status', t.byStatus, report.byStatus, report.labels.status)}
        ${
          report.byAsset.length
            ? barChart(
                {
                  id: 'by-asset',
                  title: t.byAsset,
                  series: [{ name: t.count, tone: 'two' }],
                  rows: report.byAsset.map((a) => ({ label: `${a.code} ${a.name}`, values: [a.count] })),
                },
                t.chartNote,
              )
            : nothing
        }
      </div>

      <section aria-labelledby="timings-heading">
        <h3 id="timings-heading">${t.timings}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">${t.cases}</th>
              <th scope="col">${t.median}</th>
              <th scope="col">${t.p90}</th>
            </tr>
          </thead>
          <tbody>
            ${[
              [t.timeToAcknowledge, report.timeToAcknowledge],
              [t.timeToResolve, report.timeToResolve],
            ].map(
              ([label, timing]) =>
                html`<tr>
                  <th scope="row">${label}</th>
                  <td>${(timing as Report['timeToResolve']).count}</td>
                  <td>${hours((timing as Report['timeToResolve']).medianHours)}</td>
                  <td>${hours((timing as Report['timeToResolve']).p90Hours)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>

      ${barChart(
        {
          id: 'deadlines',
          title: t.deadlines,
          series: complianceSeries,
          rows: report.deadlines.map((d) => ({ label: name(report.labels.rule, d.rule), values: [d.met, d.missed, d.pending] })),
          extra: { heading: t.rate, values: report.deadlines.map((d) => percent(d.rate, t)) },
        },
        t.chartNote,
      )}
      ${barChart(
        {
          id: 'deadlines-department',
          title: t.deadlinesByDepartment,
          series: complianceSeries,
          rows: report.deadlinesByDepartment.map((d) => ({
            label: `${name(report.labels.department, d.department)} · ${name(report.labels.rule, d.rule)}`,
            values: [d.met, d.missed, d.pending],
          })),
          extra: { heading: t.rate, values: report.deadlinesByDepartment.map((d) => percent(d.rate, t)) },
        },
        t.chartNote,
      )}

      <section aria-labelledby="reopen-heading">
        <h3 id="reopen-heading">${t.reopen}</h3>
        <p>${t.reopenLine(report.reopen.reopened, report.reopen.resolved, percent(report.reopen.rate, t))}</p>
      </section>
      <section aria-labelledby="satisfaction-heading">
        <h3 id="satisfaction-heading">${t.satisfaction}</h3>
        <p>
          ${t.satisfactionLine(report.satisfaction.count, report.satisfaction.mean === null ? t.none : String(report.satisfaction.mean))}
        </p>
        ${barChart({ id: 'satisfaction', title: t.rating, series: [{ name: t.count, tone: 'one' }], rows: report.satisfaction.distribution.map((d) => ({ label: '★'.repeat(d.rating), values: [d.count] })) }, t.chartNote)}
      </section>

      <section aria-labelledby="audit-heading">
        <h3 id="audit-heading">${t.audit}</h3>
        <p>${t.auditLine(report.audit.sample.length, report.audit.population)}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">${t.trackingCode}</th>
              <th scope="col">${t.byCategory}</th>
              <th scope="col">${t.department}</th>
              <th scope="col">${t.status}</th>
              <th scope="col">${t.resolvedAt}</th>
            </tr>
          </thead>
          <tbody>
            ${report.audit.sample.map(
              (a) =>
                html`<tr>
                  <th scope="row">${a.trackingCode}</th>
                  <td>${name(report.labels.category, a.category)}</td>
                  <td>${name(report.labels.department, a.department)}</td>
                  <td>${name(report.labels.status, a.status)}</td>
                  <td>${dateTime(a.resolvedAt)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
    </article>
  `;
}
