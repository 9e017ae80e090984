// Photo storage behind one interface: the folder store and an S3-compatible bucket (a local stand-in that checks
// every SigV4 signature), the database holding only references; erasure, retention of abandoned uploads and
// backups reach the images wherever they are.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../../service/src/config.js';
import { filesystemPhotoStore } from '../../../service/src/storage/photo-store/filesystem-store.js';
import type { PhotoStore } from '../../../service/src/storage/photo-store/photo-store.js';
import { s3PhotoStore } from '../../../service/src/storage/photo-store/s3-store.js';
import { sweepPhotos, UNLINKED_TTL_MS } from '../../../service/src/use-cases/photos/photo-jobs.js';
import { createLogger } from '../../../service/src/logger.js';
import { startS3StandIn, type S3StandIn } from '../../support/s3-stand-in.js';
import { buildTestService, DIALECTS } from '../../support/service.js';
import { call, staffOf } from '../moderation/moderation-fixtures.js';
import { citizen, staffCall } from '../privacy/privacy-fixtures.js';
import { CLEAN, metadataOf, phoneJpeg, photoService, submitWithPhotos, upload } from './photo-fixtures.js';

const NAME = 'AbCdEfGhIjKlMnOpQrStUv/r1-320.webp';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

describe('photo stores keep one contract', () => {
  let s3: S3StandIn;
  const dir = mkdtempSync(join(tmpdir(), 'cb-store-'));
  beforeAll(async () => {
    s3 = await startS3StandIn();
  });
  afterAll(async () => {
    await s3.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const stores = (): [string, PhotoStore][] => [
    ['filesystem', filesystemPhotoStore(dir)],
    [
      's3',
      s3PhotoStore({
        endpoint: s3.url,
        bucket: s3.bucket,
        region: s3.region,
        accessKeyId: s3.accessKeyId,
        secretAccessKey: s3.secretAccessKey,
      }),
    ],
  ];

  it('puts, gets, answers null for what is missing, deletes twice without complaint, refuses foreign names', async () => {
    for (const [kind, store] of stores()) {
      const bytes = new Uint8Array([1, 2, 3, 250, 0, 7]);
      await store.put(NAME, bytes, 'image/webp');
      expect(await store.get(NAME), kind).toEqual(bytes);
      expect(await store.get('AbCdEfGhIjKlMnOpQrStUv/r9-320.webp'), kind).toBeNull();
      await store.delete(NAME);
      await store.delete(NAME);
      expect(await store.get(NAME), kind).toBeNull();
      for (const bad of [
        '../../etc/passwd',
        'AbCdEfGhIjKlMnOpQrStUv/../../x.webp',
        'short/r1-320.webp',
        'AbCdEfGhIjKlMnOpQrStUv/r1-320.exe',
      ]) {
        await expect(store.put(bad, bytes, 'image/webp'), `${kind} ${bad}`).rejects.toThrow(/Not a photo object name/);
      }
    }
    expect(s3.objects.size).toBe(0);
    expect(s3.log).toEqual([
      `PUT ${NAME} 200`,
      `GET ${NAME} 200`,
      'GET AbCdEfGhIjKlMnOpQrStUv/r9-320.webp 404',
      `DELETE ${NAME} 204`,
      `DELETE ${NAME} 204`,
      `GET ${NAME} 404`,
    ]);
  });

  it('the stand-in refuses a wrong secret, an unknown key id and another region; the store says which', async () => {
    const base = {
      endpoint: s3.url,
      bucket: s3.bucket,
      region: s3.region,
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
    };
    await expect(
      s3PhotoStore({ ...base, secretAccessKey: 'wrong' }).put(NAME, new Uint8Array([1]), 'image/webp'),
    ).rejects.toThrow(/403 SignatureDoesNotMatch/);
    await expect(s3PhotoStore({ ...base, accessKeyId: 'AKIAOTHER' }).get(NAME)).rejects.toThrow(/InvalidAccessKeyId/);
    await expect(s3PhotoStore({ ...base, region: 'us-east-1' }).delete(NAME)).rejects.toThrow(/AuthorizationHeaderMalformed/);
    await expect(s3PhotoStore({ ...base, bucket: 'other-bucket' }).put(NAME, new Uint8Array([1]), 'image/webp')).rejects.toThrow(
      /404 NoSuchBucket/,
    );
    const unsigned = await fetch(`${s3.url}/${s3.bucket}/${NAME}`, { method: 'PUT', body: 'x' });
    expect(unsigned.status).toBe(403);
    expect(s3.objects.size).toBe(0);
  });

  it('retries a bucket that answers 503 once', async () => {
    const store = stores()[1]![1];
    s3.failNext(1);
    await store.put(NAME, new Uint8Array([9]), 'image/webp');
    expect(await store.get(NAME)).toEqual(new Uint8Array([9]));
    await store.delete(NAME);
  });
});

for (const dialect of DIALECTS) {
  describe(`photos in an S3-compatible bucket (${dialect})`, () => {
    let s3: S3StandIn;
    let service: Awaited<ReturnType<typeof buildTestService>>;
    beforeEach(async () => {
      s3 = await startS3StandIn();
      const base = testConfig();
      service = await buildTestService({
        dialect,
        config: {
          photos: {
            ...base.photos,
            store: 's3',
            s3: {
              endpoint: s3.url,
              bucket: s3.bucket,
              region: s3.region,
              accessKeyId: s3.accessKeyId,
              secretAccessKey: s3.secretAccessKey,
            },
          },
        },
      });
    });
    afterEach(async () => {
      await service.close();
      await s3.close();
    });

    it('stores six clean images in the bucket, the database only their key; serves them once approved; erasure empties the bucket', async () => {
      const staff = await staffOf(service);
      const uploaded = await upload(service, await phoneJpeg(1600, 1200));
      expect(uploaded.status).toBe(201);
      expect(s3.objects.size).toBe(6);
      for (const object of s3.objects.values()) expect(await metadataOf(object.body)).toMatchObject(CLEAN);
      const row = await service.db.kysely.selectFrom('photos').selectAll().executeTakeFirstOrThrow();
      expect([...s3.objects.keys()].every((k) => k.startsWith(`${row.storage_key}/r1-`))).toBe(true);
      expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|complaint-photos/);

      await service.db.kysely
        .updateTable('sites')
        .set({ settings: JSON.stringify({ keepUnredactedPhotos: true }) })
        .where('slug', '=', 'demo')
        .execute();
      const filed = await submitWithPhotos(service, [uploaded.body.id], { contact: { email: 'someone@example.co.th' } });
      await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${uploaded.body.id}/redactions`, {
        boxes: [{ x: 10, y: 10, width: 100, height: 100 }],
        mode: 'blur',
      });
      // The unblurred revision left the bucket with the edit; this site keeps only its 2,048 px WebP for staff.
      expect([...s3.objects.keys()].filter((k) => !k.includes('/r2-'))).toEqual([`${row.storage_key}/r0-2048.webp`]);
      await call(service, staff.moderator, 'POST', `/api/v1/mod/photos/${uploaded.body.id}/approve`);
      const image = await service.app.request(`/api/v1/sites/demo/photos/${uploaded.body.id}/1280.jpg`);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/jpeg');

      const asked = await citizen(service, filed.body, 'POST', '/privacy-requests', { type: 'erasure' });
      expect(asked.status).toBe(202);
      const done = await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {});
      expect(done.status).toBe(200);
      expect(await service.db.kysely.selectFrom('photos').selectAll().execute()).toEqual([]);
      expect((await service.app.request(`/api/v1/sites/demo/photos/${uploaded.body.id}/1280.jpg`)).status).toBe(404);
      await sweepPhotos({ ...service, logger: createLogger('silent') });
      expect(s3.objects.size).toBe(0);
      expect(await service.db.kysely.selectFrom('photo_deletions').selectAll().execute()).toEqual([]);
    });

    it('keeps a deletion queued while the bucket is down and finishes it later', async () => {
      const uploaded = await upload(service, await phoneJpeg(300, 200));
      service.clock.advance(UNLINKED_TTL_MS + 60_000);
      s3.failNext(100);
      const first = await sweepPhotos({ ...service, logger: createLogger('silent') });
      expect(first).toEqual({ expired: 1, deleted: 0 });
      expect(await service.db.kysely.selectFrom('photos').selectAll().execute()).toEqual([]);
      expect(await service.db.kysely.selectFrom('photo_deletions').select('attempts').execute()).toEqual([{ attempts: 1 }]);
      s3.failNext(0);
      expect(await sweepPhotos({ ...service, logger: createLogger('silent') })).toEqual({ expired: 0, deleted: 1 });
      expect(s3.objects.size).toBe(0);
      expect(uploaded.status).toBe(201);
    });
  });

  describe(`photos in a folder (${dialect})`, () => {
    let service: Awaited<ReturnType<typeof photoService>>;
    beforeEach(async () => {
      service = await photoService({ dialect });
    });
    afterEach(() => service.close());

    it('deletes uploads never attached to a post after a day, not before, and keeps attached ones', async () => {
      const kept = await upload(service, await phoneJpeg(300, 200));
      const abandoned = await upload(service, await phoneJpeg(300, 200));
      await submitWithPhotos(service, [kept.body.id]);
      service.clock.advance(UNLINKED_TTL_MS - 60_000);
      expect(await sweepPhotos({ ...service, logger: createLogger('silent') })).toEqual({ expired: 0, deleted: 0 });
      service.clock.advance(120_000);
      expect(await sweepPhotos({ ...service, logger: createLogger('silent') })).toEqual({ expired: 1, deleted: 1 });
      const ids = (await service.db.kysely.selectFrom('photos').select('id').execute()).map((r) => r.id);
      expect(ids).toEqual([kept.body.id]);
      expect(ids).not.toContain(abandoned.body.id);
      expect(filesUnder(service.photoDir)).toHaveLength(6);
    });

    it('npm run backup copies the photo folder beside the database copy', async () => {
      if (dialect !== 'sqlite') return;
      await upload(service, await phoneJpeg(300, 200));
      const out = mkdtempSync(join(tmpdir(), 'cb-backup-'));
      try {
        const databasePath = join(out, 'live.db');
        // A database of its own: the backup needs a file; the photo folder is the service's.
        const { openDatabase } = await import('../../../service/src/storage/database.js');
        const db = await openDatabase(databasePath);
        await db.close();
        const result = spawnSync(process.execPath, ['--import', 'tsx', 'service/src/backup.ts', join(out, 'copy', 'backup.db')], {
          env: { ...process.env, DATABASE_URL: databasePath, PHOTO_DIR: service.photoDir },
          encoding: 'utf8',
        });
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain('Copied the photos');
        expect(filesUnder(join(out, 'copy', 'backup-photos')).sort()).toEqual(filesUnder(service.photoDir).sort());
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
}

describe('photo configuration', () => {
  it('puts photos beside the SQLite file by default and names every missing S3 variable', async () => {
    const { loadConfig } = await import('../../../service/src/config.js');
    expect(loadConfig({ DATABASE_URL: '/srv/cb/data/cb.db' }).photos).toMatchObject({
      store: 'fs',
      dir: '/srv/cb/data/photos',
      maxBytes: 10 * 1024 * 1024,
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).photos.dir).toBe('data/photos');
    expect(loadConfig({ PHOTO_DIR: '/var/photos', PHOTO_MAX_BYTES: '2000000' }).photos).toMatchObject({
      dir: '/var/photos',
      maxBytes: 2_000_000,
    });
    expect(() => loadConfig({ PHOTO_STORE: 's3', PHOTO_S3_BUCKET: 'b' })).toThrow(
      /PHOTO_S3_ENDPOINT: required when PHOTO_STORE=s3[\s\S]*PHOTO_S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadConfig({ PHOTO_MAX_BYTES: '-1' })).toThrow(/PHOTO_MAX_BYTES/);
  });
});
