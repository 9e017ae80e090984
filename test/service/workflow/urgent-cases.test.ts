import { afterEach, describe, expect, it } from 'vitest';
import { takeInNewCases } from '../../../service/src/use-cases/workflow/take-in-new-cases.js';
import { testConfig } from '../../../service/src/config.js';
import { buildTestService, type TestService } from '../../support/service.js';
import { addStaff, at, call, signIn, submit } from './workflow-fixtures.js';

describe('urgent ("BEST") cases', () => {
  let service: TestService;
  afterEach(async () => service?.close());

  it('an urgent category goes at once to the department and its urgent-case coordinator, and stays on the urgent list until the result', async () => {
    const defaults = testConfig();
    service = await buildTestService({
      now: '2026-12-04T01:00:00.000Z',
      config: { notify: { ...defaults.notify, webhookUrl: 'http://127.0.0.1:9/line-bot' } },
    });
    await addStaff(service, 'centre', 'moderator');
    await addStaff(service, 'palad1', 'officer', 'palad');
    const [centre, palad] = [await signIn(service, 'centre'), await signIn(service, 'palad1')];
    const deps = {
      db: service.db,
      clock: service.clock,
      logger: { error() {}, info() {}, debug() {} },
      config: { ...service.config, notify: { ...service.config.notify, webhookUrl: 'http://127.0.0.1:9/line-bot' } },
    };

    const post = await submit(service, {
      category: 'hazard',
      title: 'ต้นไม้ล้มขวางถนน',
      body: 'ต้นไม้ใหญ่ล้มขวางถนนเทศบาล 3 รถผ่านไม่ได้',
    });
    // Dispatched in the submission's own transaction: the sweep that catches stragglers finds nothing left.
    expect(await takeInNewCases(deps)).toEqual({ takenIn: 0, dispatched: 0 });

    const detail = (await call(service, palad, 'GET', `/api/v1/mod/workflow/cases/${post.id}`)).body;
    expect(detail).toMatchObject({ status: 'forwarded', urgent: true, department: { code: 'palad' } });
    expect(detail.timeline.map((e: any) => [e.type, e.actor])).toEqual(
      expect.arrayContaining([
        ['forwarded', 'system'],
        ['urgent_dispatched', 'system'],
      ]),
    );
    const urgentMessages = await service.db.kysely
      .selectFrom('outbox_messages')
      .selectAll()
      .where('kind', '=', 'urgent_dispatch')
      .execute();
    expect(urgentMessages.map((m) => m.recipient_label).sort()).toEqual(['WEBHOOK_URL', 'palad: main coordinator']);
    expect(urgentMessages[0]!.subject).toMatch(/^\[ด่วนที่สุด\]/);
    // The LINE bot learns whom to push to: the urgent coordinator's LINE ID.
    expect(JSON.parse(urgentMessages.find((m) => m.channel === 'webhook')!.payload).coordinator).toMatchObject({
      lineId: 'demo-palad',
    });

    let urgent = (await call(service, centre, 'GET', '/api/v1/mod/workflow/urgent')).body.items;
    expect(urgent).toEqual([
      expect.objectContaining({
        id: post.id,
        department: 'palad',
        dispatchedAt: '2026-12-04T01:00:00.000Z',
        acknowledgedAt: null,
      }),
    ]);
    expect((await call(service, palad, 'GET', '/api/v1/mod/workflow/urgent')).status).toBe(403);

    at(service, '2026-12-04', '08:20');
    await call(service, palad, 'POST', `/api/v1/mod/posts/${post.id}/acknowledge`, {});
    urgent = (await call(service, centre, 'GET', '/api/v1/mod/workflow/urgent')).body.items;
    expect(urgent[0].acknowledgedAt).toBe('2026-12-04T01:20:00.000Z');
    await call(service, palad, 'POST', `/api/v1/mod/posts/${post.id}/resolve`, { note: 'ตัดต้นไม้และเปิดถนนแล้ว' });
    expect((await call(service, centre, 'GET', '/api/v1/mod/workflow/urgent')).body.items).toEqual([]);
  });

  it("a moderator flags an ordinary case urgent: it is routed to the category's department and dispatched to the urgent coordinator", async () => {
    service = await buildTestService({ now: '2026-12-04T01:00:00.000Z' });
    await addStaff(service, 'centre', 'moderator');
    await addStaff(service, 'chang', 'officer', 'engineering');
    const [centre, chang] = [await signIn(service, 'centre'), await signIn(service, 'chang')];
    const post = await submit(service, { category: 'roads', title: 'ฝาท่อหาย', body: 'ฝาท่อระบายน้ำหายกลางถนน อันตรายมาก' });
    expect((await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/urgent`, { urgent: true })).status).toBe(403);
    const flagged = await call(service, centre, 'POST', `/api/v1/mod/posts/${post.id}/urgent`, {
      urgent: true,
      note: 'ฝาท่อหาย อันตรายต่อชีวิต',
    });
    expect(flagged.body).toMatchObject({ urgent: true, status: 'forwarded' });
    const kinds = await service.db.kysely
      .selectFrom('outbox_messages')
      .select(['kind', 'recipient_label'])
      .where('case_id', '=', post.id)
      .orderBy('id')
      .execute();
    expect(kinds).toEqual([
      { kind: 'case_dispatch', recipient_label: 'engineering: main coordinator' },
      { kind: 'urgent_dispatch', recipient_label: 'engineering: main coordinator' },
    ]);
    // The officer sees urgent cases first among equals.
    const other = await submit(service, { category: 'roads' });
    await call(service, centre, 'POST', `/api/v1/mod/posts/${other.id}/route`, { department: 'engineering' });
    expect((await call(service, chang, 'GET', '/api/v1/mod/workflow/cases')).body.items.map((i: any) => i.id)).toEqual([
      post.id,
      other.id,
    ]);
  });
});
