// "Report this post": once per citizen, a threshold of distinct reporters, personal data first, moderators restore or remove.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { call, heldPhonePost, staffOf } from '../moderation/moderation-fixtures.js';
import type { Staff } from '../moderation/staff.js';
import {
  aCitizen,
  feedIds,
  POTHOLE,
  publish,
  report,
  STREET_LIGHT_1,
  STREET_LIGHT_2,
  type Citizen,
} from './community-fixtures.js';
import { COMMUNITY_LIMITS } from '../../../service/src/routes/community.routes.js';

for (const dialect of DIALECTS) {
  describe(`POST /posts/:id/flags (${dialect})`, () => {
    let service: TestService;
    let moderator: Staff;
    let officer: Staff;
    let admin: Staff;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
      ({ moderator, officer, admin } = await staffOf(service));
    });
    afterEach(async () => service.close());

    const queue = async (query = '') => (await call(service, moderator, 'GET', `/api/v1/mod/queue?site=demo${query}`)).body;
    const publicViews = async (id: number) => ({
      feed: (await feedIds(service)).includes(id),
      single: (await service.app.request(`/api/v1/sites/demo/posts/${id}`)).status,
      openData: (await (await service.app.request('/api/v1/sites/demo/open-data/cases.json')).text()).includes(`"id":${id},`),
    });

    it('hides a published post after three distinct reporters and lists it in the queue with reason community_flag', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const [a, b, c] = [aCitizen(), aCitizen(), aCitizen()];
      expect(await report(service, a, post.id, { reason: 'spam' })).toMatchObject({ status: 202, body: { received: true } });
      // The same citizen twice is one reporter.
      expect((await report(service, a, post.id, { reason: 'abusive' })).status).toBe(202);
      expect((await report(service, b, post.id, { reason: 'wrong', note: 'ไม่ใช่ซอย 5' })).status).toBe(202);
      expect(await publicViews(post.id)).toEqual({ feed: true, single: 200, openData: true });
      expect((await queue()).items).toEqual([]);
      expect((await report(service, c, post.id, { reason: 'abusive' })).status).toBe(202);
      expect(await publicViews(post.id)).toEqual({ feed: false, single: 404, openData: false });
      const held = await queue('&reason=community_flag');
      expect(held.total).toBe(1);
      const item = held.items[0];
      expect(item.id).toBe(post.id);
      expect(item.community).toMatchObject({ reason: 'community_flag', personalData: false });
      expect(item.community.flags.map((f: any) => [f.reason, f.note])).toEqual([
        ['spam', null],
        ['wrong', 'ไม่ใช่ซอย 5'],
        ['abusive', null],
      ]);
      expect(new Set(item.community.flags.map((f: any) => f.reporter)).size).toBe(3);
      // A hidden post can be neither reported nor supported any more: it is not public.
      expect((await report(service, aCitizen(), post.id)).status).toBe(404);
    });

    it('puts a post reported for personal data at the top of the queue at once', async () => {
      const older = await heldPhonePost(service);
      service.clock.advance(60_000);
      const post = await publish(service, STREET_LIGHT_2);
      expect((await report(service, aCitizen(), post.id, { reason: 'personal_data', note: 'มีชื่อเพื่อนบ้าน' })).status).toBe(202);
      expect(await publicViews(post.id)).toEqual({ feed: false, single: 404, openData: false });
      const { items } = await queue();
      expect(items.map((i: any) => i.id)).toEqual([post.id, older.id]);
      expect(items[0].community).toMatchObject({ personalData: true, flags: [{ reason: 'personal_data', note: 'มีชื่อเพื่อนบ้าน' }] });
      expect(items[1].community).toBeNull();
    });

    it('follows the site threshold setting', async () => {
      const set = await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', { communityFlagThreshold: 2 });
      expect(set.status).toBe(200);
      const post = await publish(service, STREET_LIGHT_1);
      await report(service, aCitizen(), post.id);
      expect((await feedIds(service)).includes(post.id)).toBe(true);
      await report(service, aCitizen(), post.id);
      expect((await feedIds(service)).includes(post.id)).toBe(false);
      for (const bad of [0, 1000, 2.5, '3']) {
        const res = await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', { communityFlagThreshold: bad });
        expect(res.status, String(bad)).toBe(400);
      }
    });

    it('restores a post where it was: same text, same place in the feed; old reports stay listed but no longer count', async () => {
      const first = await publish(service, STREET_LIGHT_1);
      service.clock.advance(60_000);
      const post = await publish(service, POTHOLE);
      service.clock.advance(60_000);
      const last = await publish(service, STREET_LIGHT_2);
      const before = await feedIds(service);
      const reporters = [aCitizen(), aCitizen(), aCitizen()];
      for (const r of reporters) await report(service, r, post.id);
      expect(await feedIds(service)).toEqual([last.id, first.id]);
      const restored = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/community/restore`);
      expect(restored).toMatchObject({ status: 200, body: { moderationState: 'published' } });
      expect(await feedIds(service)).toEqual(before);
      const single = (await (await service.app.request(`/api/v1/sites/demo/posts/${post.id}`)).json()) as any;
      expect(single.title).toBe(POTHOLE.title);
      // Restoring twice is a conflict, not a second publication.
      expect((await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/community/restore`)).status).toBe(409);
      // The same reporters cannot report it again; two new ones are not enough, a third is.
      for (const r of reporters) expect((await report(service, r, post.id)).status).toBe(202);
      await report(service, aCitizen(), post.id);
      await report(service, aCitizen(), post.id);
      expect((await feedIds(service)).includes(post.id)).toBe(true);
      // After a restore a single personal-data report counts like any other: the moderator has looked already.
      await report(service, aCitizen(), post.id, { reason: 'personal_data' });
      expect((await feedIds(service)).includes(post.id)).toBe(false);
      const item = (await queue()).items.find((i: any) => i.id === post.id);
      expect(item.community.flags).toHaveLength(6);
      expect(item.community.flags.filter((f: any) => f.clearedAt !== null)).toHaveLength(3);
      const audit = await service.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'post.community_restore')
        .execute();
      expect(audit).toHaveLength(1);
    });

    it('removes a reported post: rejected with the moderator reason, never back in the feed', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      for (let i = 0; i < 3; i++) await report(service, aCitizen(), post.id);
      const removed = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/community/remove`, { reason: 'spam' });
      expect(removed).toMatchObject({ status: 200, body: { moderationState: 'rejected', reason: 'spam' } });
      expect((await queue()).items).toEqual([]);
      expect(await publicViews(post.id)).toEqual({ feed: false, single: 404, openData: false });
      expect(
        (await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/community/remove`, { reason: 'spam' })).status,
      ).toBe(409);
      const held = await heldPhonePost(service);
      // A post held by screening is not a community hold.
      expect((await call(service, moderator, 'POST', `/api/v1/mod/posts/${held.id}/community/restore`)).status).toBe(409);
    });

    it('counts only new reports after a moderator re-approved the post through the ordinary approve', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      for (let i = 0; i < 3; i++) await report(service, aCitizen(), post.id);
      expect((await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {})).status).toBe(200);
      expect((await feedIds(service)).includes(post.id)).toBe(true);
      await report(service, aCitizen(), post.id);
      expect((await feedIds(service)).includes(post.id)).toBe(true);
    });

    it('shows moderators a client reporting many posts, and ignoring it stops its reports from counting', async () => {
      const posts = [];
      for (const p of [STREET_LIGHT_1, STREET_LIGHT_2, POTHOLE]) posts.push(await publish(service, p));
      const troll: Citizen = aCitizen();
      for (const p of posts) await report(service, troll, p.id, { reason: 'spam' });
      await report(service, aCitizen(), posts[0]!.id);
      const reporters = await call(service, moderator, 'GET', '/api/v1/mod/community/reporters?site=demo');
      expect(reporters.status).toBe(200);
      expect(reporters.body.items[0]).toMatchObject({ reports: 3, posts: 3, ignored: false });
      expect(reporters.body.items[1]).toMatchObject({ reports: 1, posts: 1 });
      expect(JSON.stringify(reporters.body)).not.toContain(troll.token);
      const trollKey = reporters.body.items[0].reporter;
      const ignored = await call(service, moderator, 'POST', `/api/v1/mod/community/reporters/${trollKey}/ignore`, {
        site: 'demo',
      });
      expect(ignored).toMatchObject({ status: 200, body: { ignored: true } });
      // posts[0] now has one counting reporter: two more are needed, the troll's report no longer counts.
      await report(service, aCitizen(), posts[0]!.id);
      expect((await feedIds(service)).includes(posts[0]!.id)).toBe(true);
      await report(service, aCitizen(), posts[0]!.id);
      expect((await feedIds(service)).includes(posts[0]!.id)).toBe(false);
      const item = (await queue()).items[0];
      const trollFlag = item.community.flags.find((f: any) => f.reporter === trollKey);
      expect(trollFlag).toMatchObject({ reporterReports: 3, reporterIgnored: true });
      expect((await call(service, moderator, 'GET', '/api/v1/mod/community/reporters?site=demo')).body.items[0].ignored).toBe(
        true,
      );
    });

    it('guards the staff routes: 401 without a session, 403 for officers and without CSRF, 404 for bad ids and sites', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      for (let i = 0; i < 3; i++) await report(service, aCitizen(), post.id);
      const anonymous = await service.app.request(`/api/v1/mod/posts/${post.id}/community/restore`, { method: 'POST' });
      expect(anonymous.status).toBe(401);
      expect((await service.app.request('/api/v1/mod/community/reporters?site=demo')).status).toBe(401);
      expect((await call(service, officer, 'POST', `/api/v1/mod/posts/${post.id}/community/restore`)).status).toBe(403);
      expect((await call(service, officer, 'GET', '/api/v1/mod/community/reporters?site=demo')).status).toBe(403);
      const noCsrf = await service.app.request(`/api/v1/mod/posts/${post.id}/community/restore`, {
        method: 'POST',
        headers: { cookie: moderator.cookie },
      });
      expect(noCsrf.status).toBe(403);
      expect((await call(service, moderator, 'POST', '/api/v1/mod/posts/abc/community/restore')).status).toBe(404);
      expect((await call(service, moderator, 'POST', '/api/v1/mod/posts/999999/community/restore')).status).toBe(404);
      expect((await call(service, moderator, 'GET', '/api/v1/mod/community/reporters?site=nowhere')).status).toBe(404);
      expect((await call(service, moderator, 'GET', '/api/v1/mod/community/reporters')).status).toBe(400);
      expect(
        (await call(service, moderator, 'POST', '/api/v1/mod/community/reporters/not-a-key/ignore', { site: 'demo' })).status,
      ).toBe(400);
      expect((await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/community/remove`, {})).status).toBe(400);
      // The post is still held: none of the refused calls changed anything.
      expect((await feedIds(service)).includes(post.id)).toBe(false);
    });

    it('refuses hostile reports with a clear 400 and stores nothing', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const citizen = aCitizen();
      const cases: [unknown, string][] = [
        [{}, 'reason'],
        [{ reason: 'boring' }, 'reason'],
        [{ reason: 'spam', note: 'ก'.repeat(501) }, 'note'],
        [{ reason: 'spam', answerId: 1 }, ''],
        [{ reason: ['spam'] }, 'reason'],
        ['spam', ''],
      ];
      for (const [body, path] of cases) {
        const res = await report(service, citizen, post.id, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(
          res.body.errors.map((e: any) => e.path),
          JSON.stringify(body),
        ).toContain(path);
      }
      const noToken = await service.app.request(`/api/v1/sites/demo/posts/${post.id}/flags`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'spam' }),
      });
      expect(noToken.status).toBe(400);
      for (const id of ['abc', '0', '-5', '1e2', '99999999999999999999'])
        expect((await report(service, citizen, id)).status, id).toBe(404);
      // Odd Unicode in a note is kept as canonical text, never a 5xx.
      const odd = await report(service, citizen, post.id, { reason: 'other', note: 'ดู\u202eกลับด้าน\u200b\u0000 😀' });
      expect(odd.status).toBe(202);
      const stored = await service.db.kysely.selectFrom('case_flags').select(['reason', 'note']).execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.note).not.toContain('\u202e');
      expect(stored[0]!.note).not.toContain('\u0000');
    });

    it('rate-limits reports per client address', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      for (let i = 0; i < COMMUNITY_LIMITS.flagsPerHour; i++) {
        const res = await report(service, aCitizen('192.0.2.44'), post.id, { reason: 'other' });
        expect([202, 404]).toContain(res.status);
      }
      const limited = await report(service, aCitizen('192.0.2.44'), post.id);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBeTruthy();
    });

    it('cannot report a municipality answer away: only the post is reportable, and its answers return with it', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const answer = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/answers`, {
        body: 'กองช่างรับเรื่องแล้ว จะเปลี่ยนหลอดภายใน 3 วัน',
        public: true,
      });
      expect(answer.status).toBe(201);
      const onAnswer = await service.app.request(`/api/v1/sites/demo/answers/${answer.body.id}/flags`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-client-token': aCitizen().token },
        body: JSON.stringify({ reason: 'abusive' }),
      });
      expect(onAnswer.status).toBe(404);
      for (let i = 0; i < 3; i++) await report(service, aCitizen(), post.id);
      await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/community/restore`);
      const single = (await (await service.app.request(`/api/v1/sites/demo/posts/${post.id}`)).json()) as any;
      expect(single.answers.map((a: any) => a.body)).toEqual(['กองช่างรับเรื่องแล้ว จะเปลี่ยนหลอดภายใน 3 วัน']);
    });
  });
}
