// Signs the admin in through the real login route, for tests of the console's reports and assets API.
import { ADMIN_PASSWORD, jsonRequest, type TestService } from '../../support/service.js';

export interface ConsoleSession {
  /** GET as the admin. */
  get(path: string): Promise<Response>;
  /** JSON POST as the admin, with the CSRF header. */
  post(path: string, body: unknown): Promise<Response>;
}

export async function signInAdmin(service: TestService): Promise<ConsoleSession> {
  const res = await service.app.request(
    '/api/v1/auth/login',
    jsonRequest('POST', { username: 'admin', password: ADMIN_PASSWORD }),
  );
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    get: async (path) => service.app.request(path, { headers: { cookie } }),
    post: async (path, body) => service.app.request(path, jsonRequest('POST', body, { cookie, 'x-csrf-token': csrfToken })),
  };
}
