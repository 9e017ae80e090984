import { afterEach, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { addStaff, at, call, feedback, signIn, submit, track } from './workflow-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`a case from routing to closing (${dialect})`, () => {
    let service: TestService;
    afterEach(async () => service?.close());

    it('routes, acknowledges, reports progress, resolves, is reopened by the citizen, resolved again and closed, with deadlines at each step', async () => {
      service = await buildTestService({ dialect, now: '2026-12-03T03:00:00.000Z' });
      await addStaff(service, 'centre', 'moderator');
      await addStaff(service, 'chang', 'officer', 'engineering');
      await addStaff(service, 'health1', 'officer', 'health');
      const [centre, chang, health] = [
        await signIn(service, 'centre'),
        await signIn(service, 'chang'),
        await signIn(service, 'health1'),
      ];
      const db = service.db.kysely;

      // Thursday 3 December 2569, 10:00: a citizen who wants to hear back reports a pothole.
      const post = await submit(service, { contact: { name: 'สมชาย', email: 'somchai@example.test' }, notify: true });
      let view = await track(service, post.trackingCode, post.accessKey);
      expect(view.deadlines).toEqual([
        { kind: 'forward', due: '2026-12-04T16:59:59.999Z', state: 'due' },
        { kind: 'result', due: '2026-12-18T16:59:59.999Z', state: 'due' },
      ]);

      // Friday 4 December: the centre routes it to the engineering division.
      at(service, '2026-12-04');
      const routed = await call(service, centre, 'POST', `/api/v1/mod/posts/${post.id}/route`, { department: 'engineering' });
      expect(routed.status).toBe(200);
      expect(routed.body).toMatchObject({ status: 'forwarded' });
      let detail = (await call(service, chang, 'GET', `/api/v1/mod/workflow/cases/${post.id}`)).body;
      // 5 Dec is a Saturday and Monday 7 Dec its substitution day: acknowledgement is due Tuesday 8 December.
      expect(detail.deadlines.find((d: any) => d.kind === 'acknowledge')).toMatchObject({ dueDate: '2026-12-08', state: 'due' });
      expect(detail.deadlines.find((d: any) => d.kind === 'forward')).toMatchObject({ state: 'met', late: false });
      expect(detail.notifications.map((n: any) => [n.kind, n.to])).toContainEqual([
        'case_dispatch',
        'engineering: main coordinator',
      ]);

      // Another department's officer may not touch it; a refused transition says why.
      expect((await call(service, health, 'POST', `/api/v1/mod/posts/${post.id}/acknowledge`, {})).status).toBe(403);
      expect((await call(service, health, 'GET', `/api/v1/mod/workflow/cases/${post.id}`)).status).toBe(403);
      const refused = await call(service, centre, 'POST', `/api/v1/mod/posts/${post.id}/status`, { status: 'closed' });
      expect(refused.status).toBe(409);
      expect(refused.body.detail).toMatch(/cannot become closed/);

      // Tuesday 8 December: the officer acknowledges. First progress: 3 business days, skipping Constitution Day (Thu 10).
      at(service, '2026-12-08', '09:00');
      expect(
        (await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/acknowledge`, { note: 'รับเรื่องแล้ว' })).body.status,
      ).toBe('acknowledged');
      detail = (await call(service, chang, 'GET', `/api/v1/mod/workflow/cases/${post.id}`)).body;
      expect(detail.deadlines.find((d: any) => d.kind === 'acknowledge')).toMatchObject({ state: 'met', late: false });
      expect(detail.deadlines.find((d: any) => d.kind === 'progress' && d.state === 'due')).toMatchObject({
        dueDate: '2026-12-14',
      });

      // The officer's list shows it with its next deadline.
      const list = (await call(service, chang, 'GET', '/api/v1/mod/workflow/cases')).body.items;
      expect(list.map((i: any) => i.id)).toEqual([post.id]);
      expect(list[0].nextDeadline).toMatchObject({ kind: 'progress', dueDate: '2026-12-14', state: 'due' });

      // Monday 14 December: progress. The next report is due on the 15th; the citizen hears of it.
      at(service, '2026-12-14');
      expect(
        (await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/progress`, { note: 'ส่งทีมสำรวจหลุมแล้ว' })).body.status,
      ).toBe('in_progress');
      detail = (await call(service, chang, 'GET', `/api/v1/mod/workflow/cases/${post.id}`)).body;
      expect(detail.deadlines.find((d: any) => d.kind === 'progress' && d.state === 'due')).toMatchObject({
        dueDate: '2026-12-15',
      });
      expect(detail.deadlines.find((d: any) => d.kind === 'citizen_notice')).toMatchObject({ state: 'met' });
      expect(detail.notifications.map((n: any) => n.kind)).toContain('citizen_notice');

      // Wednesday 16 December: the 15th passed without a report; the list now puts it first as overdue.
      at(service, '2026-12-16');
      expect((await call(service, chang, 'GET', '/api/v1/mod/workflow/cases')).body.items[0].nextDeadline).toMatchObject({
        state: 'overdue',
      });
      const overdue = (await call(service, centre, 'GET', '/api/v1/mod/workflow/overdue')).body.groups;
      expect(overdue).toEqual([
        expect.objectContaining({
          department: expect.objectContaining({ code: 'engineering' }),
          items: [expect.objectContaining({ kind: 'progress', dueDate: '2026-12-15' })],
        }),
      ]);
      expect(
        (await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/resolve`, { note: 'ซ่อมหลุมเรียบร้อยแล้ว' })).body.status,
      ).toBe('resolved');
      detail = (await call(service, chang, 'GET', `/api/v1/mod/workflow/cases/${post.id}`)).body;
      expect(detail.deadlines.find((d: any) => d.kind === 'progress' && d.dueDate === '2026-12-15')).toMatchObject({
        state: 'met',
        late: true,
      });
      expect(detail.deadlines.every((d: any) => d.state === 'met')).toBe(true);

      // The citizen says it is not fixed: the case is reopened and goes back to the department, due the next business day.
      expect(await feedback(service, post.trackingCode, post.accessKey, { satisfied: false, comment: 'หลุมยังอยู่' })).toBe(200);
      detail = (await call(service, chang, 'GET', `/api/v1/mod/workflow/cases/${post.id}`)).body;
      expect(detail.status).toBe('reopened');
      expect(detail.deadlines.find((d: any) => d.state === 'due')).toMatchObject({ kind: 'acknowledge', dueDate: '2026-12-17' });
      const dispatches = await db
        .selectFrom('outbox_messages')
        .select(['kind', 'subject'])
        .where('case_id', '=', post.id)
        .where('kind', '=', 'case_dispatch')
        .orderBy('id')
        .execute();
      expect(dispatches).toHaveLength(2);
      expect(dispatches[1]!.subject).toContain('ส่งเรื่องกลับให้ดำเนินการอีกครั้ง');
      expect((await call(service, chang, 'GET', '/api/v1/mod/workflow/cases')).body.items.map((i: any) => i.id)).toEqual([
        post.id,
      ]);

      // Thursday 17 December: acknowledged and resolved again; the citizen confirms and the case closes.
      at(service, '2026-12-17');
      expect(
        (await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/status`, { status: 'acknowledged' })).body.status,
      ).toBe('acknowledged');
      expect(
        (
          await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/status`, {
            status: 'resolved',
            note: 'เทยางมะตอยใหม่ทั้งจุด',
          })
        ).body.status,
      ).toBe('resolved');
      expect(await feedback(service, post.trackingCode, post.accessKey, { satisfied: true, rating: 5 })).toBe(200);

      view = await track(service, post.trackingCode, post.accessKey);
      expect(view.status).toBe('closed');
      expect(view.timeline.map((e: any) => e.type)).toEqual([
        'received',
        'published',
        'forwarded',
        'acknowledged',
        'progress',
        'resolved',
        'citizen_reopened',
        'acknowledged',
        'resolved',
        'citizen_confirmed',
      ]);
      expect(view.timeline.find((e: any) => e.type === 'forwarded').note).toBe('กองช่าง');
      expect(view.deadlines.every((d: any) => d.state === 'met')).toBe(true);
      const events = await db
        .selectFrom('case_events')
        .selectAll()
        .where('case_id', '=', post.id)
        .where('actor_type', '=', 'user')
        .execute();
      expect(events.every((e) => e.actor_user_id !== null)).toBe(true);
      // The citizen's address is never in the outbox: it is looked up at delivery.
      const rows = await db.selectFrom('outbox_messages').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain('somchai@example.test');
      expect(service.logLines.join('\n')).not.toContain('somchai@example.test');
    });
  });
}
