// The pure pieces of the reports: percentiles, periods in Bangkok time, the audit sample, CSV cells, deadline replay.
import { describe, expect, it } from 'vitest';
import { auditSample, auditSampleSize } from '../../service/src/domain/audit-sample.js';
import { csvLine } from '../../service/src/domain/csv.js';
import { DEFAULT_DEADLINE_RULES } from '../../service/src/domain/deadlines.js';
import { checkDeadlines } from '../../service/src/domain/report-deadlines.js';
import { bangkokMonthOf, monthPeriod, yearPeriod } from '../../service/src/domain/report-period.js';
import { mean, percentile, tally } from '../../service/src/domain/statistics.js';
import { workingCalendar } from '../../service/src/domain/working-days.js';

describe('percentile', () => {
  it('interpolates between closest ranks, as spreadsheets PERCENTILE.INC do', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 90)).toBe(46);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
  it('does not care about input order', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
  });
  it('averages and tallies with a stable order', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(tally(['b', 'a', 'b', 'c'], (x) => x)).toEqual([
      { key: 'b', count: 2 },
      { key: 'a', count: 1 },
      { key: 'c', count: 1 },
    ]);
  });
});

describe('report periods', () => {
  it('start and end months at midnight in Bangkok', () => {
    expect(monthPeriod('2027-02')).toEqual({
      kind: 'month',
      label: '2027-02',
      from: '2027-01-31T17:00:00.000Z',
      to: '2027-02-28T17:00:00.000Z',
    });
    expect(yearPeriod('2026')).toMatchObject({ from: '2025-12-31T17:00:00.000Z', to: '2026-12-31T17:00:00.000Z' });
    expect(monthPeriod('2026-13')).toBeNull();
    expect(bangkokMonthOf('2026-10-31T17:00:00Z')).toBe('2026-11');
    expect(bangkokMonthOf('2026-10-31T16:59:59Z')).toBe('2026-10');
  });
});

describe('the audit sample', () => {
  it('takes everything up to five, then a tenth, between five and thirty', () => {
    expect([3, 6, 80, 1000].map(auditSampleSize)).toEqual([3, 5, 8, 30]);
  });
  it('is the same for the same seed whatever the order, and another for another month', () => {
    const ids = Array.from({ length: 60 }, (_, i) => i + 1);
    const a = auditSample(ids, 'demo:2026-11');
    expect(a).toHaveLength(6);
    expect(auditSample([...ids].reverse(), 'demo:2026-11')).toEqual(a);
    expect(auditSample(ids, 'demo:2026-12')).not.toEqual(a);
  });
  it('keeps a chosen case chosen when cases outside the sample are added', () => {
    const base = auditSample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'demo:2026-11', 5);
    const more = auditSample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'demo:2026-11', 5);
    expect(more.filter((id) => id !== 11)).toEqual(base.filter((id) => more.includes(id)));
  });
});

describe('CSV cells', () => {
  it('quote commas, quotes and line breaks, and defuse spreadsheet formulas', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 3, null, true])).toBe('"a,b","say ""hi""","two\nlines",3,,true\r\n');
    expect(csvLine(['=1+1', '+66812345678', '-x', '@SUM(A1)'])).toBe("'=1+1,'+66812345678,'-x,'@SUM(A1)\r\n");
    expect(csvLine([-1.5])).toBe('-1.5\r\n');
  });
});

describe('deadline replay', () => {
  const calendar = workingCalendar([]);
  const asOf = new Date('2026-12-31T00:00:00Z');
  it('judges a case forwarded on a Friday evening against Monday', () => {
    const checks = checkDeadlines(
      {
        createdAt: '2026-11-06T09:00:00Z',
        hasContact: false,
        events: [{ type: 'status_changed', toStatus: 'forwarded', at: '2026-11-09T16:00:00Z' }],
      },
      DEFAULT_DEADLINE_RULES,
      calendar,
      asOf,
    );
    // Received Friday: due Saturday, moved to Monday 9 Nov (end of day, Bangkok) — met at 23:00 Monday.
    expect(checks[0]).toEqual({ kind: 'forward', due: '2026-11-09T16:59:59.999Z', outcome: 'met' });
    expect(checks[1]).toMatchObject({ kind: 'acknowledge', outcome: 'missed' });
  });
  it('leaves a deadline pending until it falls due', () => {
    const checks = checkDeadlines(
      { createdAt: '2026-12-30T02:00:00Z', hasContact: true, events: [] },
      DEFAULT_DEADLINE_RULES,
      calendar,
      asOf,
    );
    expect(checks.map((c) => [c.kind, c.outcome])).toEqual([
      ['forward', 'pending'],
      ['citizen_notice', 'pending'],
    ]);
  });
});
