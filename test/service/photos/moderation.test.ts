// Photos after upload: linked by a submission (or refused, naming the id), never public before a moderator
// approves each one, blurred or covered and turned on the server, served only to who may see them.
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, jsonRequest } from '../../support/service.js';
import { call, staffOf } from '../moderation/moderation-fixtures.js';
import type { Staff } from '../moderation/staff.js';
import { CLEAN, metadataOf, pattern, phoneJpeg, photoService, submitWithPhotos, upload } from './photo-fixtures.js';

type Service = Awaited<ReturnType<typeof photoService>>;

/** Mean absolute difference per channel inside and outside a rectangle. */
function difference(a: Buffer, b: Buffer, width: number, box: { x: number; y: number; width: number; height: number }) {
  let inside = 0;
  let insideN = 0;
  let outside = 0;
  let outsideN = 0;
  for (let i = 0; i < a.length; i += 3) {
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    const d = (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!)) / 3;
    const inBox = x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;
    // A few pixels of margin: the encoder's blocks straddle the edge.
    const nearEdge = x >= box.x - 8 && x < box.x + box.width + 8 && y >= box.y - 8 && y < box.y + box.height + 8;
    if (inBox) {
      inside += d;
      insideN += 1;
    } else if (!nearEdge) {
      outside += d;
      outsideN += 1;
    }
  }
  return { inside: inside / insideN, outside: outside / outsideN };
}

for (const dialect of DIALECTS) {
  describe(`photo linking and moderation (${dialect})`, () => {
    let service: Service;
    let staff: { admin: Staff; moderator: Staff; officer: Staff; dpo: Staff };
    beforeEach(async () => {
      service = await photoService({ dialect });
      staff = await staffOf(service);
    });
    afterEach(() => service.close());

    const publicGet = async (path: string) => {
      const res = await service.app.request(path, { headers: { accept: 'image/webp,*/*' } });
      return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
    };
    const feed = async () => (await (await service.app.request('/api/v1/sites/demo/posts')).json()) as any;
    const post = async (id: number) => (await service.app.request(`/api/v1/sites/demo/posts/${id}`)).json() as any;
    const staffCase = async (id: number) => (await call(service, staff.moderator, 'GET', `/api/v1/mod/posts/${id}`)).body;

    async function postWithPhoto(jpeg?: Buffer) {
      const uploaded = await upload(service, jpeg ?? (await phoneJpeg(1600, 1200)), { alt: 'หลุมหน้าโรงเรียน' });
      expect(uploaded.status).toBe(201);
      const submitted = await submitWithPhotos(service, [uploaded.body.id]);
      expect(submitted.status).toBe(201);
      return { photoId: uploaded.body.id as string, caseId: submitted.body.id as number, submitted: submitted.body };
    }

    it('the issue check: a clean post with a GPS-tagged JPEG shows no photo until approved with one blurred rectangle', async () => {
      const width = 2048;
      const height = 1536;
      const original = await pattern(width, height)
        .jpeg({ quality: 95 })
        .withExif({ IFD2: { BodySerialNumber: 'SN-9F3A7C21' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '13/1 44/1 0/1' } })
        .toBuffer();
      const { photoId, caseId, submitted } = await postWithPhoto(original);
      expect(submitted.state).toBe('published');

      // Published text, no photo: feed, single post, the image URLs, open data all without it.
      expect((await post(caseId)).photos).toEqual([]);
      expect((await feed()).items[0].photos).toEqual([]);
      for (const file of ['2048.webp', '1280.jpg', '320.webp', '1280']) {
        expect((await publicGet(`/api/v1/sites/demo/photos/${photoId}/${file}`)).status).toBe(404);
      }
      const view = await staffCase(caseId);
      expect(view.photos).toEqual([
        expect.objectContaining({
          id: photoId,
          state: 'pending',
          width,
          height,
          url: expect.stringContaining(`/api/v1/mod/photos/${photoId}/2048.webp`),
        }),
      ]);
      const staffImage = await service.app.request(view.photos[0].url, { headers: { cookie: staff.moderator.cookie } });
      expect(staffImage.status).toBe(200);
      expect(staffImage.headers.get('cache-control')).toContain('no-store');

      const box = { x: 400, y: 300, width: 320, height: 240 };
      const redacted = await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/redactions`, {
        boxes: [box],
        mode: 'blur',
      });
      expect(redacted.status).toBe(200);
      expect(redacted.body).toMatchObject({ id: photoId, state: 'pending', redactions: 1, revision: 2 });
      expect((await post(caseId)).photos).toEqual([]);
      const approved = await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body.state).toBe('approved');

      const photos = (await post(caseId)).photos;
      expect(photos).toEqual([
        {
          url: `/api/v1/sites/demo/photos/${photoId}/1280.webp?v=2`,
          jpegUrl: `/api/v1/sites/demo/photos/${photoId}/1280.jpg?v=2`,
          thumbnailUrl: `/api/v1/sites/demo/photos/${photoId}/320.webp?v=2`,
          width: 1280,
          height: 960,
          alt: 'หลุมหน้าโรงเรียน',
        },
      ]);
      expect((await feed()).items[0].photos).toEqual(photos);
      for (const file of ['2048.webp', '2048.jpg', '1280.webp', '1280.jpg', '320.webp', '320.jpg']) {
        const served = await publicGet(`/api/v1/sites/demo/photos/${photoId}/${file}`);
        expect(served.status, file).toBe(200);
        expect(served.headers.get('content-type')).toBe(file.endsWith('webp') ? 'image/webp' : 'image/jpeg');
        expect(await metadataOf(served.bytes), file).toMatchObject(CLEAN);
      }
      const negotiated = await service.app.request(`/api/v1/sites/demo/photos/${photoId}/1280`, {
        headers: { accept: 'image/jpeg' },
      });
      expect(negotiated.headers.get('content-type')).toBe('image/jpeg');
      expect(negotiated.headers.get('vary')).toBe('Accept');

      // Against the citizen's original as decoded: strongly different inside the rectangle, close outside it.
      const originalPixels = await sharp(original).raw().toBuffer();
      for (const file of ['2048.webp', '2048.jpg']) {
        const served = await publicGet(`/api/v1/sites/demo/photos/${photoId}/${file}`);
        const pixels = await sharp(served.bytes).raw().toBuffer({ resolveWithObject: true });
        expect(pixels.info).toMatchObject({ width, height, channels: 3 });
        const diff = difference(pixels.data, originalPixels, width, box);
        expect(diff.inside, file).toBeGreaterThan(40);
        expect(diff.outside, file).toBeLessThan(file.endsWith('webp') ? 3 : 6);
      }
    });

    it('cover paints the rectangle black; rotate turns the image and swaps its size; both make a new revision', async () => {
      const { photoId } = await postWithPhoto(await pattern(800, 600).jpeg().toBuffer());
      const covered = await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/redactions`, {
        boxes: [
          { x: 0, y: 0, width: 100, height: 50 },
          { x: 700, y: 550, width: 100, height: 50 },
        ],
        mode: 'cover',
      });
      expect(covered.body).toMatchObject({ redactions: 2, revision: 2 });
      const turned = await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/rotate`, { degrees: 90 });
      expect(turned.body).toMatchObject({ width: 600, height: 800, revision: 3 });
      await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/approve`, {});
      const image = await publicGet(`/api/v1/sites/demo/photos/${photoId}/2048.webp?v=3`);
      const { data, info } = await sharp(image.bytes).raw().toBuffer({ resolveWithObject: true });
      expect(info).toMatchObject({ width: 600, height: 800 });
      // Turned clockwise, the covered top-left corner is now top-right.
      const at = (x: number, y: number) =>
        data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3);
      expect(Math.max(...at(575, 50))).toBeLessThan(25);
      const previous = await service.db.kysely.selectFrom('photo_deletions').selectAll().execute();
      expect(previous).toEqual([]); // deleted at once from the folder store
    });

    it('keeps the unredacted pixels for moderators only when the site says so; by default they are gone', async () => {
      const original = await pattern(800, 600).jpeg({ quality: 95 }).toBuffer();
      const box = { boxes: [{ x: 100, y: 100, width: 200, height: 160 }], mode: 'blur' };
      const first = await postWithPhoto(original);
      await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${first.photoId}/redactions`, box);
      expect((await call(service, staff.moderator, 'GET', `/api/v1/mod/photos/${first.photoId}/unredacted`)).status).toBe(404);

      await service.db.kysely
        .updateTable('sites')
        .set({ settings: JSON.stringify({ keepUnredactedPhotos: true }) })
        .where('slug', '=', 'demo')
        .execute();
      const second = await postWithPhoto(original);
      await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${second.photoId}/redactions`, box);
      await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${second.photoId}/redactions`, { ...box, mode: 'cover' });
      await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${second.photoId}/approve`);
      expect((await staffCase(second.caseId)).photos[0].unredactedUrl).toBe(`/api/v1/mod/photos/${second.photoId}/unredacted`);
      // Redacted before the setting was switched on: nothing was kept, and the link says so with 404.
      expect((await call(service, staff.moderator, 'GET', `/api/v1/mod/photos/${first.photoId}/unredacted`)).status).toBe(404);
      const kept = await service.app.request(`/api/v1/mod/photos/${second.photoId}/unredacted`, {
        headers: { cookie: staff.moderator.cookie },
      });
      expect(kept.status).toBe(200);
      expect(kept.headers.get('cache-control')).toContain('no-store');
      const keptPixels = await sharp(new Uint8Array(await kept.arrayBuffer()))
        .raw()
        .toBuffer();
      const diff = difference(keptPixels, await sharp(original).raw().toBuffer(), 800, box.boxes[0]!);
      expect(diff.inside).toBeLessThan(4); // the pixels from before the first redaction
      expect(
        await metadataOf(
          new Uint8Array(
            await (
              await service.app.request(`/api/v1/mod/photos/${second.photoId}/unredacted`, {
                headers: { cookie: staff.moderator.cookie },
              })
            ).arrayBuffer(),
          ),
        ),
      ).toMatchObject(CLEAN);
      expect(
        (
          await service.app.request(`/api/v1/mod/photos/${second.photoId}/unredacted`, {
            headers: { cookie: staff.officer.cookie },
          })
        ).status,
      ).toBe(403);
      expect((await service.app.request(`/api/v1/sites/demo/photos/${second.photoId}/unredacted`)).status).toBe(404);
      expect((await service.app.request(`/api/v1/sites/demo/photos/${second.photoId}/0.webp`)).status).toBe(404);
    });

    it('reject keeps it from the public with a reason; approving later publishes it; alt can be edited', async () => {
      const { photoId, caseId } = await postWithPhoto();
      const rejected = await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/reject`, {
        reason: 'เห็นหน้าคนชัดเจน',
      });
      expect(rejected.body).toMatchObject({ state: 'rejected', rejectReason: 'เห็นหน้าคนชัดเจน' });
      expect((await post(caseId)).photos).toEqual([]);
      expect((await staffCase(caseId)).photos[0]).toMatchObject({ state: 'rejected', rejectReason: 'เห็นหน้าคนชัดเจน' });
      const approved = await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/approve`, {
        alt: 'ถนนเป็นหลุม',
      });
      expect(approved.body).toMatchObject({ state: 'approved', alt: 'ถนนเป็นหลุม', rejectReason: null });
      expect((await post(caseId)).photos[0].alt).toBe('ถนนเป็นหลุม');
      const audit = (await staffCase(caseId)).audit.map((a: { action: string }) => a.action);
      expect(audit).toEqual(expect.arrayContaining(['photo.reject', 'photo.approve']));
      expect(JSON.stringify((await staffCase(caseId)).audit)).not.toContain('เห็นหน้าคนชัดเจน');
    });

    it('an approved photo of a held post stays hidden until the post itself is published', async () => {
      const uploaded = await upload(service, await phoneJpeg(400, 300));
      const held = await submitWithPhotos(service, [uploaded.body.id], { body: 'น้ำไม่ไหล โทร 081-234-5678 ได้เลยครับ' });
      expect(held.body.state).toBe('held');
      await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${uploaded.body.id}/approve`);
      expect((await publicGet(`/api/v1/sites/demo/photos/${uploaded.body.id}/320.webp`)).status).toBe(404);
      await call(service, staff.moderator, 'POST', `/api/v1/mod/posts/${held.body.id}/approve`, {
        redactions: held.body.findings.map((f: any) => ({ field: f.field, start: f.start, end: f.end })),
      });
      expect((await publicGet(`/api/v1/sites/demo/photos/${uploaded.body.id}/320.webp`)).status).toBe(200);
    });

    it('links by the rules: unknown, foreign-site, already-linked, repeated ids and too many are 400 naming photos.i, storing nothing', async () => {
      const a = (await upload(service, await phoneJpeg(300, 200))).body.id as string;
      const b = (await upload(service, await phoneJpeg(300, 200))).body.id as string;
      const other = await service.db.kysely
        .insertInto('sites')
        .values({
          slug: 'other',
          name: 'อื่น',
          name_en: 'Other',
          tracking_prefix: 'OTH',
          allowed_origins: '[]',
          settings: '{}',
          created_at: '2026-11-23T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await service.db.kysely.updateTable('photos').set({ site_id: other.id }).where('id', '=', b).execute();
      const c = (await upload(service, await phoneJpeg(300, 200))).body.id as string;
      const cases = () => service.db.kysely.selectFrom('cases').select('id').execute();

      const unknown = await submitWithPhotos(service, [c, 'AAAAAAAAAAAAAAAAAAAAAA', b]);
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([
        { path: 'photos.1', message: 'No such uploaded photo on this site.' },
        { path: 'photos.2', message: 'No such uploaded photo on this site.' },
      ]);
      expect(unknown.body.detail).toContain('photos[1], photos[2]');
      const malformed = await submitWithPhotos(service, ['../../etc/passwd']);
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0].path).toBe('photos.0');
      const twice = await submitWithPhotos(service, [a, a]);
      expect(twice.body.errors).toEqual([{ path: 'photos.1', message: 'This photo is listed twice.' }]);
      expect(await cases()).toEqual([]);

      expect((await submitWithPhotos(service, [a])).status).toBe(201);
      const again = await submitWithPhotos(service, [c, a]);
      expect(again.status).toBe(400);
      expect(again.body.errors).toEqual([{ path: 'photos.1', message: 'This photo is already part of a post.' }]);
      expect(await cases()).toHaveLength(1);

      const extra = await Promise.all(
        [1, 2, 3, 4].map(async () => (await upload(service, await phoneJpeg(120, 90))).body.id as string),
      );
      const five = await submitWithPhotos(service, [c, ...extra]);
      expect(five.status).toBe(400);
      expect(five.body.errors).toEqual([{ path: 'photos', message: 'At most 4 photos.' }]);
      await service.db.kysely
        .updateTable('sites')
        .set({ settings: JSON.stringify({ maxPhotos: 1 }) })
        .where('slug', '=', 'demo')
        .execute();
      expect((await submitWithPhotos(service, [c, extra[0]!])).body.errors[0].path).toBe('photos');
      const linked = await submitWithPhotos(service, [c]);
      expect(linked.status).toBe(201);
      const rows = await service.db.kysely
        .selectFrom('photos')
        .select(['id', 'case_id', 'position'])
        .where('id', '=', c)
        .execute();
      expect(rows).toEqual([{ id: c, case_id: linked.body.id, position: 0 }]);
    });

    it('a retried submission with the same Idempotency-Key and photos answers the first case', async () => {
      const id = (await upload(service, await phoneJpeg(300, 200))).body.id as string;
      const body = { kind: 'complaint', title: 'ไฟดับ', body: 'ไฟถนนดับทั้งซอย', consent: true, photos: [id] };
      const first = await service.app.request(
        '/api/v1/sites/demo/posts',
        jsonRequest('POST', body, { 'idempotency-key': 'retry-photo-1' }),
      );
      const second = await service.app.request(
        '/api/v1/sites/demo/posts',
        jsonRequest('POST', body, { 'idempotency-key': 'retry-photo-1' }),
      );
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect((await second.json()).id).toBe((await first.json()).id);
    });

    it('checks authorization and scope: 401, CSRF, officer 403 on decisions, other site 404, unlinked upload 404', async () => {
      const { photoId, caseId } = await postWithPhoto();
      const path = `/api/v1/mod/photos/${photoId}/approve`;
      expect((await service.app.request(path, { method: 'POST' })).status).toBe(401);
      const noCsrf = await service.app.request(path, { method: 'POST', headers: { cookie: staff.moderator.cookie } });
      expect(noCsrf.status).toBe(403);
      expect((await call(service, staff.officer, 'POST', path)).status).toBe(403);
      expect((await call(service, staff.dpo, 'POST', path)).status).toBe(403);
      expect(
        (
          await call(service, staff.officer, 'POST', `/api/v1/mod/photos/${photoId}/redactions`, {
            boxes: [{ x: 0, y: 0, width: 5, height: 5 }],
            mode: 'blur',
          })
        ).status,
      ).toBe(403);
      // An officer sees the photos of his department's cases only.
      const image = `/api/v1/mod/photos/${photoId}/320.webp`;
      const engineering = await service.db.kysely
        .selectFrom('departments')
        .select('id')
        .where('code', '=', 'engineering')
        .executeTakeFirstOrThrow();
      await service.db.kysely.updateTable('cases').set({ department_id: null }).where('id', '=', caseId).execute();
      expect((await service.app.request(image, { headers: { cookie: staff.officer.cookie } })).status).toBe(404);
      await service.db.kysely.updateTable('cases').set({ department_id: engineering.id }).where('id', '=', caseId).execute();
      expect((await service.app.request(image, { headers: { cookie: staff.officer.cookie } })).status).toBe(200);
      // The officer's workflow view lists the photos too (without the moderator's tools).
      const workflowCase = await call(service, staff.officer, 'GET', `/api/v1/mod/workflow/cases/${caseId}`);
      expect(workflowCase.status).toBe(200);
      expect(workflowCase.body.photos).toEqual([expect.objectContaining({ id: photoId, state: 'pending' })]);
      expect((await service.app.request(image)).status).toBe(401);
      // Staff of another site: the photo does not exist for them.
      const other = await service.db.kysely
        .insertInto('sites')
        .values({
          slug: 'other',
          name: 'อื่น',
          name_en: 'Other',
          tracking_prefix: 'OTH',
          allowed_origins: '[]',
          settings: '{}',
          created_at: '2026-11-23T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await service.db.kysely.updateTable('users').set({ site_id: other.id }).where('username', '=', 'mod1').execute();
      expect((await call(service, staff.moderator, 'POST', path)).status).toBe(404);
      expect((await service.app.request(image, { headers: { cookie: staff.moderator.cookie } })).status).toBe(404);
      // Another site's public URL does not serve it either.
      await call(service, staff.admin, 'POST', path);
      expect((await publicGet(`/api/v1/sites/other/photos/${photoId}/320.webp`)).status).toBe(404);
      expect((await publicGet(`/api/v1/sites/demo/photos/${photoId}/320.webp`)).status).toBe(200);
      const unlinked = (await upload(service, await phoneJpeg(200, 100))).body.id as string;
      expect((await call(service, staff.admin, 'POST', `/api/v1/mod/photos/${unlinked}/approve`)).status).toBe(404);
    });

    it('answers bad moderator input with 400 naming the field and changes nothing', async () => {
      const { photoId } = await postWithPhoto(await pattern(800, 600).jpeg().toBuffer());
      const redact = (body: unknown) => call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/redactions`, body);
      const outside = await redact({
        boxes: [
          { x: 0, y: 0, width: 10, height: 10 },
          { x: 790, y: 0, width: 20, height: 10 },
        ],
        mode: 'blur',
      });
      expect(outside.status).toBe(400);
      expect(outside.body.errors).toEqual([{ path: 'boxes.1', message: 'Outside the image: it is 800 × 600 pixels.' }]);
      expect((await redact({ boxes: [], mode: 'blur' })).status).toBe(400);
      expect((await redact({ boxes: [{ x: -1, y: 0, width: 10, height: 10 }], mode: 'blur' })).body.errors[0].path).toBe(
        'boxes.0.x',
      );
      expect((await redact({ boxes: [{ x: 1.5, y: 0, width: 10, height: 10 }], mode: 'blur' })).status).toBe(400);
      expect((await redact({ boxes: [{ x: 0, y: 0, width: 10, height: 10 }], mode: 'pixelate' })).body.errors[0].path).toBe(
        'mode',
      );
      expect((await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/rotate`, { degrees: 45 })).status).toBe(
        400,
      );
      expect(
        (await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${photoId}/reject`, { reason: '  ' })).status,
      ).toBe(400);
      expect((await call(service, staff.moderator, 'POST', '/api/v1/mod/photos/not-an-id/approve')).status).toBe(404);
      expect((await call(service, staff.moderator, 'GET', `/api/v1/mod/photos/${photoId}/999.webp`)).status).toBe(404);
      const row = await service.db.kysely.selectFrom('photos').selectAll().where('id', '=', photoId).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ revision: 1, redactions: 0, state: 'pending' });
    });
  });
}
