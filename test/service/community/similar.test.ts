// "Same problem?": open public cases like the citizen's text, ranked by trigram likeness and distance, on each dialect.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { call, staffOf } from '../moderation/moderation-fixtures.js';
import { POTHOLE, publish, similar, STREET_LIGHT_1, STREET_LIGHT_2 } from './community-fixtures.js';
import { COMMUNITY_LIMITS } from '../../../service/src/routes/community.routes.js';
import {
  distanceMetres,
  similarityScore,
  textSimilarity,
  trigramsOf,
} from '../../../service/src/use-cases/community/similarity.js';

const THIRD = 'ไฟถนนในซอยเทศบาล 5 ดับ มืดมากตอนกลางคืน';

describe('similarity ranking (pure)', () => {
  it('scores Thai texts about the same street light above a text about a pothole', () => {
    const q = trigramsOf(THIRD);
    const light = textSimilarity(
      q,
      trigramsOf(STREET_LIGHT_1.title),
      trigramsOf(`${STREET_LIGHT_1.title} ${STREET_LIGHT_1.body}`),
    );
    const hole = textSimilarity(q, trigramsOf(POTHOLE.title), trigramsOf(`${POTHOLE.title} ${POTHOLE.body}`));
    expect(light).toBeGreaterThan(0.4);
    expect(hole).toBeLessThan(0.2);
  });

  it('reads Thai digits, case and punctuation alike', () => {
    expect([...trigramsOf('ซอย ๕ LIGHT!!')]).toEqual([...trigramsOf('ซอย 5 light')]);
  });

  it('measures distance with the haversine formula', () => {
    // One thousandth of a degree of latitude is about 111 m.
    expect(distanceMetres({ lat: 13.756, lng: 100.5 }, { lat: 13.757, lng: 100.5 })).toBeCloseTo(111.2, 0);
  });

  it('drops a case beyond the radius and ranks a nearer one of equal text higher', () => {
    const base = {
      query: trigramsOf(THIRD),
      title: STREET_LIGHT_1.title,
      body: STREET_LIGHT_1.body,
      radius: 300,
      sameCategory: false,
    };
    expect(similarityScore({ ...base, distance: 301 })).toBeNull();
    expect(similarityScore({ ...base, distance: 20 })!).toBeGreaterThan(similarityScore({ ...base, distance: 250 })!);
  });

  it('shows a nearby case of the same category even when worded differently, but not an unrelated one', () => {
    const base = { query: trigramsOf('หลอดไฟเสีย'), title: 'เสาไฟดับ', body: 'มืด', radius: 300, distance: 30 };
    expect(similarityScore({ ...base, sameCategory: true })).not.toBeNull();
    expect(similarityScore({ ...base, sameCategory: false, query: trigramsOf('แมวจรจัดส่งเสียงดัง') })).toBeNull();
  });
});

for (const dialect of DIALECTS) {
  describe(`GET /posts/similar (${dialect})`, () => {
    let service: TestService;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
    });
    afterEach(async () => service.close());

    it('lists the first street-light post for a third text about it, and not the pothole', async () => {
      const first = await publish(service, STREET_LIGHT_1);
      await publish(service, POTHOLE);
      const { status, body } = await similar(service, { text: THIRD });
      expect(status).toBe(200);
      expect(body.items[0]).toMatchObject({
        id: first.id,
        trackingCode: first.trackingCode,
        title: STREET_LIGHT_1.title,
        supporters: 0,
      });
      expect(body.items[0].category).toMatchObject({ code: 'lighting' });
      expect(body.items.map((i: any) => i.title)).not.toContain(POTHOLE.title);
      expect(JSON.stringify(body)).not.toMatch(/body|contact/);
    });

    it('ranks by distance when coordinates are given and leaves out cases beyond the site radius', async () => {
      const near = await publish(service, STREET_LIGHT_2);
      const far = await publish(service, { ...STREET_LIGHT_1, location: { text: 'ซอยเทศบาล 5', lat: 13.77, lng: 100.5018 } });
      const point = { lat: 13.7566, lng: 100.5021 };
      const { body } = await similar(service, { text: THIRD, ...point });
      expect(body.items.map((i: any) => i.id)).toEqual([near.id]);
      expect(body.items[0].distanceMetres).toBeLessThanOrEqual(20);
      // Without coordinates both match on text alone.
      const textOnly = await similar(service, { text: THIRD });
      expect(textOnly.body.items.map((i: any) => i.id).sort()).toEqual([near.id, far.id].sort());
      expect(textOnly.body.items.every((i: any) => i.distanceMetres === null)).toBe(true);
    });

    it('follows the site radius setting', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const { admin } = await staffOf(service);
      const point = { lat: 13.7563 + 0.002, lng: 100.5018 }; // about 220 m north
      expect((await similar(service, { text: THIRD, ...point })).body.items.map((i: any) => i.id)).toEqual([post.id]);
      const set = await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', { similarRadiusMetres: 100 });
      expect(set.status).toBe(200);
      expect((await similar(service, { text: THIRD, ...point })).body.items).toEqual([]);
    });

    it('offers only open, public, published cases of this site, at most five', async () => {
      const ids: number[] = [];
      for (let i = 0; i < 7; i++)
        ids.push((await publish(service, { ...STREET_LIGHT_1, title: `ไฟถนนดับ ซอยเทศบาล 5 จุดที่ ${i + 1}` })).id);
      await publish(service, { ...STREET_LIGHT_2, private: true });
      const closed = ids[0]!;
      await service.db.kysely.updateTable('cases').set({ status: 'resolved' }).where('id', '=', closed).execute();
      const { body } = await similar(service, { text: THIRD });
      expect(body.items).toHaveLength(5);
      expect(body.items.map((i: any) => i.id)).not.toContain(closed);
      expect(body.items.every((i: any) => ids.includes(i.id))).toBe(true);
      const other = await service.app.request(`/api/v1/sites/nowhere/posts/similar?text=${encodeURIComponent(THIRD)}`);
      expect(other.status).toBe(404);
    });

    it('refuses bad queries with a clear 400 and survives odd Unicode', async () => {
      await publish(service, STREET_LIGHT_1);
      expect((await similar(service, {})).status).toBe(400);
      expect((await similar(service, { text: 'ไฟ' })).status).toBe(400);
      expect((await similar(service, { text: THIRD, lat: 13.7 })).status).toBe(400);
      expect((await similar(service, { text: THIRD, lat: 'north', lng: 100 })).status).toBe(400);
      expect((await similar(service, { text: THIRD, lat: 91, lng: 100 })).status).toBe(400);
      const huge = await similar(service, { text: 'ไฟ'.repeat(6000) });
      expect(huge.status).toBe(400);
      expect(huge.body.errors[0].path).toBe('text');
      // Zero-width spaces, a bidi override, quotes and FTS syntax are text, not query language.
      for (const text of [`ไฟ\u200bถนน\u202eดับ ซอย`, '"ไฟ" OR NEAR(ถนน) *', 'ไฟถนน\u0000ดับ', '😀😀😀 ไฟถนนดับ']) {
        const res = await similar(service, { text });
        expect(res.status, text).toBe(200);
      }
      const res = await similar(service, { text: 'ไฟ\u200bถนน\u200bดับ ซอยเทศบาล 5' });
      expect(res.body.items).toHaveLength(1);
    });

    it('rate-limits "same problem?" per client address', async () => {
      const ask = (client: string) =>
        service.app.request(`/api/v1/sites/demo/posts/similar?text=${encodeURIComponent(THIRD)}`, {
          headers: { 'x-test-client': client },
        });
      for (let i = 0; i < COMMUNITY_LIMITS.similarPerMinute; i++) expect((await ask('203.0.113.50')).status).toBe(200);
      const limited = await ask('203.0.113.50');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBeTruthy();
      expect((await ask('203.0.113.51')).status).toBe(200);
      service.clock.advance(61_000);
      expect((await ask('203.0.113.50')).status).toBe(200);
    });

    it('never takes "similar" for a post id', async () => {
      const res = await service.app.request('/api/v1/sites/demo/posts/similar?text=' + encodeURIComponent(THIRD));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ items: [] });
    });
  });
}
