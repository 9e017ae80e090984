// Test helpers for the privacy capability: a citizen's case with contact, staff of the privacy queue, closing a case.
import { aPost, jsonRequest, type TestService } from '../../support/service.js';
import { asStaff, createStaff, logInAs, STAFF_PASSWORD, type Staff } from '../moderation/staff.js';
import { ADMIN_PASSWORD } from '../../support/service.js';

export const CITIZEN_EMAIL = 'somchai.jaidee@example.co.th';
export const CITIZEN_PHONE = '081-234-5678';

export interface Filed {
  id: number;
  trackingCode: string;
  accessKey: string;
  state: string;
}

export async function fileWithContact(service: TestService, overrides: Record<string, unknown> = {}): Promise<Filed> {
  const config = (await (await service.app.request('/api/v1/sites/demo')).json()) as { privacyNoticeVersion: { en: string } };
  const res = await service.app.request(
    '/api/v1/sites/demo/posts',
    jsonRequest(
      'POST',
      aPost({
        contact: { name: 'สมชาย ใจดี', phone: CITIZEN_PHONE, email: CITIZEN_EMAIL },
        notify: true,
        notice: { version: config.privacyNoticeVersion.en, language: 'en' },
        ...overrides,
      }),
    ),
  );
  if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Filed;
}

export async function citizen(
  service: TestService,
  filed: Filed,
  method: string,
  path = '',
  body?: unknown,
  key = filed.accessKey,
) {
  const res = await service.app.request(
    `/api/v1/track/${filed.trackingCode}${path}`,
    jsonRequest(method, body, { authorization: `Bearer ${key}` }),
  );
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as any, headers: res.headers };
}

export async function staffCall(service: TestService, staff: Staff, method: string, path: string, body?: unknown) {
  const res = await service.app.request(
    path,
    method === 'GET' ? { headers: { cookie: staff.cookie } } : asStaff(staff, method, body),
  );
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* HTML */
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export async function privacyStaff(service: TestService) {
  await createStaff(service, 'dpo1', 'dpo');
  return { admin: await logInAs(service, 'admin', ADMIN_PASSWORD), dpo: await logInAs(service, 'dpo1', STAFF_PASSWORD) };
}

/** Resolves and closes the case at the clock's current time (two staff status changes). */
export async function closeCase(service: TestService, admin: Staff, id: number): Promise<void> {
  for (const status of ['resolved', 'closed']) {
    const res = await staffCall(service, admin, 'POST', `/api/v1/mod/posts/${id}/status`, { status, note: 'ซ่อมเสร็จแล้ว' });
    if (res.status !== 200) throw new Error(`status ${status}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Every text column of every row that could hold a copy of `value`, as "table.column" names. */
export async function whereIs(service: TestService, value: string): Promise<string[]> {
  const db = service.db.kysely as any;
  const tables = [
    'cases',
    'contacts',
    'case_events',
    'answers',
    'answer_revisions',
    'findings',
    'audit_log',
    'outbox_messages',
    'privacy_requests',
    'idempotency_keys',
    'supporter_contacts',
    'case_flags',
    'line_contacts',
    'line_conversations',
  ];
  const found: string[] = [];
  for (const table of tables) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    for (const row of rows)
      for (const [column, cell] of Object.entries(row))
        if (typeof cell === 'string' && cell.includes(value)) found.push(`${table}.${column}`);
  }
  return [...new Set(found)];
}
