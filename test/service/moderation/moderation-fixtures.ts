// Test helpers: a held post with a phone number, an insulting one, and a signed-in moderator.
import { ADMIN_PASSWORD, aPost, jsonRequest, type TestService } from '../../support/service.js';
import { asStaff, createStaff, logInAs, STAFF_PASSWORD, type Staff } from './staff.js';

export const PHONE = '081-234-5678';
export const PHONE_BODY = `น้ำประปาไม่ไหลมาสามวันแล้ว ติดต่อกลับได้ที่ ${PHONE} ครับ`;

export async function submit(service: TestService, overrides: Record<string, unknown> = {}) {
  const res = await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost(overrides)));
  if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as {
    id: number;
    trackingCode: string;
    accessKey: string;
    state: string;
    findings: { field: string; kind: string; type: string; start: number; end: number }[];
  };
}

export async function heldPhonePost(service: TestService) {
  return submit(service, {
    kind: 'question',
    category: 'drainage',
    title: 'น้ำไม่ไหล',
    body: PHONE_BODY,
    contact: { name: 'สมหญิง', phone: '0899999999' },
  });
}

export async function staffOf(service: TestService) {
  await createStaff(service, 'mod1', 'moderator');
  await createStaff(service, 'officer1', 'officer', 'engineering');
  await createStaff(service, 'dpo1', 'dpo');
  return {
    admin: await logInAs(service, 'admin', ADMIN_PASSWORD),
    moderator: await logInAs(service, 'mod1', STAFF_PASSWORD),
    officer: await logInAs(service, 'officer1', STAFF_PASSWORD),
    dpo: await logInAs(service, 'dpo1', STAFF_PASSWORD),
  };
}

export async function call<T = any>(
  service: TestService,
  staff: Staff,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await service.app.request(
    path,
    method === 'GET' ? { headers: { cookie: staff.cookie } } : asStaff(staff, method, body),
  );
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function feed(service: TestService) {
  const res = await service.app.request('/api/v1/sites/demo/posts?limit=50');
  return (await res.json()) as { items: { id: number; title: string; body: string; answers: { body: string }[] }[] };
}
