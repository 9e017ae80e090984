// Test helpers for the workflow: staff accounts, sign-in, submissions and calls, all through the real app.
import { addStaffUser, aPost, jsonRequest, type TestService } from '../../support/service.js';

export const PASSWORD = 'workflow-password-2569';

export interface Session {
  username: string;
  password: string;
  cookie: string;
  csrf: string;
}

export function addStaff(
  service: TestService,
  username: string,
  role: 'admin' | 'moderator' | 'officer',
  department?: string,
): Promise<number> {
  return addStaffUser(service, { username, role, password: PASSWORD, department });
}

export async function signIn(service: TestService, username: string, password = PASSWORD): Promise<Session> {
  const res = await service.app.request(
    '/api/v1/auth/login',
    jsonRequest('POST', { username, password }, { 'x-test-client': `wf-${username}` }),
  );
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  return {
    username,
    password,
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!,
    csrf: ((await res.json()) as { csrfToken: string }).csrfToken,
  };
}

/** Calls the API as a signed-in staff member (signing in again when the clock moved past the session); answers status and parsed JSON. */
export async function call(
  service: TestService,
  session: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const send = () =>
    service.app.request(path, jsonRequest(method, body, { cookie: session.cookie, 'x-csrf-token': session.csrf }));
  let res = await send();
  if (res.status === 401) {
    Object.assign(session, await signIn(service, session.username, session.password));
    res = await send();
  }
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export async function submit(
  service: TestService,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; trackingCode: string; accessKey: string }> {
  const res = await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost(overrides)));
  if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: number; trackingCode: string; accessKey: string };
}

export async function track(service: TestService, code: string, key: string): Promise<any> {
  const res = await service.app.request(`/api/v1/track/${code}`, { headers: { authorization: `Bearer ${key}` } });
  return res.json();
}

export async function feedback(service: TestService, code: string, key: string, body: unknown): Promise<number> {
  const res = await service.app.request(
    `/api/v1/track/${code}/feedback`,
    jsonRequest('POST', body, { authorization: `Bearer ${key}` }),
  );
  return res.status;
}

/** Moves the injected clock to a Bangkok local date and time. */
export function at(service: TestService, date: string, time = '10:00'): void {
  service.clock.set(`${date}T${time}:00+07:00`);
}
