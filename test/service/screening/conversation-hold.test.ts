// The "conversation between private persons" hold (SPEC section 3, other holds) over real HTTP: off by default, switched
// on per site by its administrator, and then holding chat between citizens while ordinary complaints still publish.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, addStaffUser, aPost, DIALECTS, startTestService, type TestService } from '../../support/service.js';

const CHAT = '@bee_23 เมื่อวานเจอกันที่ตลาด ลืมเอาร่มคืนนะ คิดถึงนะ';
const COMPLAINT = 'ถึงเจ้าหน้าที่กองช่าง ขอให้ซ่อมไฟทางในซอย 5 ด้วยครับ มืดมาก';

for (const dialect of DIALECTS) {
  describe(`conversation hold over HTTP (${dialect})`, () => {
    let service: TestService & { url: string };
    beforeEach(async () => {
      service = await startTestService({ dialect });
    });
    afterEach(() => service?.close());

    const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      fetch(`${service.url}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });

    async function logIn(username: string, password: string) {
      const res = await send('POST', '/api/v1/auth/login', { username, password }, { 'x-test-client': `login-${username}` });
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { cookie, 'x-csrf-token': csrfToken };
    }

    const screen = async (text: string) =>
      (await (await send('POST', '/api/v1/screen', { text, site: 'demo' })).json()) as {
        verdict: string;
        findings: { kind: string; type: string; text: string; rule: string }[];
      };

    const submitState = async (body: string) => {
      const res = await send('POST', '/api/v1/sites/demo/posts', aPost({ title: 'เรื่องทั่วไป', body }));
      expect(res.status).toBe(201);
      return ((await res.json()) as { state: string }).state;
    };

    it('is off by default: chat between citizens is screened clean and published', async () => {
      expect((await screen(CHAT)).verdict).toBe('clean');
      expect(await submitState(CHAT)).toBe('published');
    });

    it('holds chat once the site switches it on, explaining why, and still publishes complaints', async () => {
      const admin = await logIn('admin', ADMIN_PASSWORD);
      const res = await send('PATCH', '/api/v1/admin/sites/demo/settings', { holdConversations: true }, admin);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { settings: { holdConversations: boolean } }).settings.holdConversations).toBe(true);

      const held = await screen(CHAT);
      expect(held.verdict).toBe('hold');
      expect(held.findings).toEqual([
        expect.objectContaining({ kind: 'conversation', type: 'private_conversation', text: '@bee_23' }),
      ]);
      expect(held.findings[0]!.rule).toMatch(/^site\.holdConversations:mention\+chat/);
      expect(await submitState(CHAT)).toBe('held');

      expect((await screen(COMPLAINT)).verdict).toBe('clean');
      expect(await submitState(COMPLAINT)).toBe('published');

      // Switched off again, the same chat publishes.
      await send('PATCH', '/api/v1/admin/sites/demo/settings', { holdConversations: false }, admin);
      expect(await submitState(CHAT)).toBe('published');
    });

    it('refuses a setting that is not a boolean, and a moderator, without changing anything', async () => {
      const admin = await logIn('admin', ADMIN_PASSWORD);
      for (const value of ['yes', 1, null, { on: true }, 'ใช่']) {
        const res = await send('PATCH', '/api/v1/admin/sites/demo/settings', { holdConversations: value }, admin);
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
      await addStaffUser(service, { username: 'mod1', role: 'moderator', password: 'staff-password-2569' });
      const moderator = await logIn('mod1', 'staff-password-2569');
      const denied = await send('PATCH', '/api/v1/admin/sites/demo/settings', { holdConversations: true }, moderator);
      expect(denied.status).toBe(403);
      expect((await screen(CHAT)).verdict).toBe('clean');
    });
  });
}
