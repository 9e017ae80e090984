// The report as one tidy CSV table (section, key, names, metric, value), ready for a spreadsheet pivot.
import { toCsv, type CsvCell } from '../../domain/csv.js';
import type { Tally } from '../../domain/statistics.js';
import type { SiteReport } from './build-report.js';
import type { Label } from './report-labels.js';

const HEADER = ['section', 'key', 'name_th', 'name_en', 'metric', 'value'];

export function reportCsv(report: SiteReport): string {
  const rows: CsvCell[][] = [];
  const add = (section: string, key: string, label: Label | undefined, metric: string, value: CsvCell) =>
    rows.push([section, key, label?.th ?? key, label?.en ?? key, metric, value]);
  const tallies = (section: string, items: Tally[], labels: Record<string, Label>) => {
    for (const t of items) add(section, t.key, labels[t.key], 'count', t.count);
  };
  const l = report.labels;
  add('period', report.period.label, undefined, 'from', report.period.from);
  add('period', report.period.label, undefined, 'to', report.period.to);
  add('total', 'all', { th: 'ทั้งหมด', en: 'All' }, 'count', report.total);
  add('total', 'urgent', { th: 'เรื่องเร่งด่วน', en: 'Urgent' }, 'count', report.urgent);
  tallies('kind', report.byKind, l.kind);
  tallies('category', report.byCategory, l.category);
  tallies('department', report.byDepartment, l.department);
  tallies('channel', report.byChannel, l.channel);
  tallies('status', report.byStatus, l.status);
  for (const m of report.byMonth) {
    add('month', m.month, undefined, 'received', m.received);
    add('month', m.month, undefined, 'resolved', m.resolved);
  }
  for (const [key, t] of [
    ['acknowledge', report.timeToAcknowledge],
    ['resolve', report.timeToResolve],
  ] as const) {
    add('time_to', key, undefined, 'count', t.count);
    add('time_to', key, undefined, 'median_hours', t.medianHours);
    add('time_to', key, undefined, 'p90_hours', t.p90Hours);
  }
  for (const d of report.deadlines) {
    for (const metric of ['met', 'missed', 'pending', 'rate'] as const)
      add('deadline', d.rule, l.rule[d.rule], metric, d[metric]);
  }
  for (const d of report.deadlinesByDepartment) {
    for (const metric of ['met', 'missed', 'pending', 'rate'] as const)
      add('deadline_department', `${d.department}/${d.rule}`, l.department[d.department], metric, d[metric]);
  }
  add('reopen', 'resolved', undefined, 'count', report.reopen.resolved);
  add('reopen', 'reopened', undefined, 'count', report.reopen.reopened);
  add('reopen', 'rate', undefined, 'rate', report.reopen.rate);
  add('satisfaction', 'all', undefined, 'count', report.satisfaction.count);
  add('satisfaction', 'all', undefined, 'mean', report.satisfaction.mean);
  for (const s of report.satisfaction.distribution) add('satisfaction', String(s.rating), undefined, 'count', s.count);
  for (const a of report.byAsset) add('asset', a.code, { th: a.name, en: a.name }, 'count', a.count);
  for (const s of report.mostSupported)
    add('most_supported', s.trackingCode, s.category ? l.category[s.category] : undefined, 'supporters', s.supporters);
  for (const a of report.audit.sample) add('audit_sample', a.trackingCode, undefined, 'resolved_at', a.resolvedAt);
  return toCsv(HEADER, rows);
}
