// November 2026 at the demo site: nine cases received in the month (Bangkok time), one just before it.
// Every figure the report should give is worked out by hand in monthly-report.test.ts.
import type { SeedCase } from './case-seed.js';

export const SEEDED_MONTH: SeedCase[] = [
  {
    code: 'DEMO-2569-000901',
    category: 'roads',
    department: 'engineering',
    status: 'closed',
    createdAt: '2026-11-02T02:00:00Z',
    contact: { phone: '0812345678' },
    satisfaction: 5,
    events: [
      ['forwarded', '2026-11-02T05:00:00Z'],
      ['acknowledged', '2026-11-03T03:00:00Z'],
      ['in_progress', '2026-11-05T03:00:00Z'],
      ['resolved', '2026-11-06T02:00:00Z'],
      ['closed', '2026-11-07T02:00:00Z'],
    ],
  },
  {
    code: 'DEMO-2569-000902',
    category: 'lighting',
    department: 'engineering',
    channel: 'phone',
    status: 'in_progress',
    createdAt: '2026-11-03T02:00:00Z',
    contact: { email: 'citizen@example.com' },
    satisfaction: 2,
    events: [
      ['forwarded', '2026-11-05T04:00:00Z'],
      ['acknowledged', '2026-11-09T04:00:00Z'],
      ['resolved', '2026-11-12T02:00:00Z'],
      ['reopened', '2026-11-13T02:00:00Z'],
      ['in_progress', '2026-11-17T02:00:00Z'],
    ],
  },
  {
    code: 'DEMO-2569-000903',
    kind: 'question',
    category: 'other',
    department: 'palad',
    status: 'resolved',
    createdAt: '2026-11-06T09:00:00Z',
    events: [
      ['forwarded', '2026-11-06T10:00:00Z'],
      ['acknowledged', '2026-11-09T08:00:00Z'],
      ['resolved', '2026-11-09T09:00:00Z'],
    ],
  },
  {
    code: 'DEMO-2569-000904',
    kind: 'service_request',
    category: 'waste',
    department: 'health',
    channel: 'line',
    status: 'acknowledged',
    createdAt: '2026-11-07T03:00:00Z',
    contact: { phone: '0898765432' },
    events: [
      ['forwarded', '2026-11-10T03:00:00Z'],
      ['acknowledged', '2026-11-11T02:00:00Z'],
    ],
  },
  {
    code: 'DEMO-2569-000905',
    category: 'roads',
    department: 'engineering',
    status: 'closed',
    urgent: true,
    createdAt: '2026-11-10T01:00:00Z',
    satisfaction: 4,
    events: [
      ['forwarded', '2026-11-10T01:30:00Z'],
      ['acknowledged', '2026-11-10T02:00:00Z'],
      ['in_progress', '2026-11-10T03:00:00Z'],
      ['resolved', '2026-11-10T07:00:00Z'],
      ['closed', '2026-11-11T01:00:00Z'],
    ],
  },
  { code: 'DEMO-2569-000906', kind: 'suggestion', category: null, status: 'received', createdAt: '2026-11-20T02:00:00Z' },
  {
    code: 'DEMO-2569-000907',
    category: 'nuisance',
    department: 'health',
    status: 'acknowledged',
    createdAt: '2026-11-28T02:00:00Z',
    contact: { name: 'ชื่อเท่านั้น' },
    events: [
      ['forwarded', '2026-11-28T03:00:00Z'],
      ['acknowledged', '2026-12-01T03:00:00Z'],
    ],
  },
  {
    code: 'DEMO-2569-000908',
    kind: 'corruption_tip',
    category: 'staff',
    department: 'palad',
    visibility: 'confidential',
    status: 'rejected',
    createdAt: '2026-11-15T05:00:00Z',
    events: [['rejected', '2026-11-15T07:00:00Z']],
  },
  {
    code: 'DEMO-2569-000909',
    category: 'roads',
    department: 'engineering',
    status: 'resolved',
    createdAt: '2026-10-31T17:00:00Z',
    events: [
      ['forwarded', '2026-10-31T18:00:00Z'],
      ['acknowledged', '2026-11-03T01:00:00Z'],
      ['resolved', '2026-11-04T05:00:00Z'],
    ],
  },
  // 23:00 in Bangkok on 31 October: October's case, though resolved in November (so it can be audited).
  {
    code: 'DEMO-2569-000910',
    category: 'roads',
    department: 'engineering',
    status: 'resolved',
    createdAt: '2026-10-31T16:00:00Z',
    events: [
      ['forwarded', '2026-10-31T16:30:00Z'],
      ['resolved', '2026-11-02T03:00:00Z'],
    ],
  },
];

/** A site holiday on Monday 16 November pushes business-day deadlines past it. */
export const SEEDED_HOLIDAY = '2026-11-16';
