// Test helpers: sign staff in through the real login route and call the console API as them.
import type { Role } from '../../../service/src/domain/staff.js';
import { addStaffUser, jsonRequest, type TestService } from '../../support/service.js';

export interface Staff {
  cookie: string;
  csrfToken: string;
}

export async function logInAs(service: TestService, username: string, password: string): Promise<Staff> {
  const res = await service.app.request(
    '/api/v1/auth/login',
    jsonRequest('POST', { username, password }, { 'x-test-client': `login-${username}` }),
  );
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

export const STAFF_PASSWORD = 'staff-password-2569';

/** Creates a user directly in the database (the admin API is tested on its own). */
export function createStaff(service: TestService, username: string, role: Role, departmentCode?: string): Promise<number> {
  return addStaffUser(service, { username, role, password: STAFF_PASSWORD, department: departmentCode });
}

/** A request as a signed-in staff member, with the CSRF header unless told otherwise. */
export function asStaff(staff: Staff, method: string, body?: unknown, options: { csrf?: boolean } = {}): RequestInit {
  const headers: Record<string, string> = { cookie: staff.cookie };
  if (options.csrf !== false) headers['x-csrf-token'] = staff.csrfToken;
  return jsonRequest(method, body, headers);
}
