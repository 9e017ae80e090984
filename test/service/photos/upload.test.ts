// Uploading photos: every format re-encoded without metadata and upright, bombs and impostors refused before
// decoding, hostile multipart answered with problem+json, nothing of a refused upload stored.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../support/service.js';
import {
  bombPng,
  blob,
  CLEAN,
  form,
  metadataOf,
  pattern,
  phoneJpeg,
  photoService,
  sidewaysJpeg,
  upload,
} from './photo-fixtures.js';

type Service = Awaited<ReturnType<typeof photoService>>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

for (const dialect of DIALECTS) {
  describe(`photo upload (${dialect})`, () => {
    let service: Service;
    beforeEach(async () => {
      service = await photoService({ dialect, maxBytes: 3 * 1024 * 1024 });
    });
    afterEach(() => service.close());

    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      service.app.request('/api/v1/sites/demo/photos', { method: 'POST', body, headers });
    const rows = () => service.db.kysely.selectFrom('photos').selectAll().execute();

    it('re-encodes a phone JPEG: 201 with the stored size, six images, none with EXIF, GPS, serial or XMP', async () => {
      const original = await phoneJpeg(3000, 2000);
      expect((await metadataOf(original)).serial).toBe(true);
      expect((await metadataOf(original)).exif).toBe(true);
      const res = await upload(service, original, { alt: ' หลุม บนถนน ' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        width: 2048,
        height: 1365,
        bytes: expect.any(Number),
      });
      const [row] = await rows();
      expect(row).toMatchObject({
        id: res.body.id,
        state: 'pending',
        case_id: null,
        width: 2048,
        height: 1365,
        alt: 'หลุม บนถนน',
      });
      const files = filesUnder(service.photoDir);
      expect(files.map((f) => f.replace(/.*-/, '')).sort()).toEqual(
        ['1280.jpg', '1280.webp', '2048.jpg', '2048.webp', '320.jpg', '320.webp'].sort(),
      );
      for (const file of files) {
        const bytes = readFileSync(file);
        expect(await metadataOf(bytes), file).toMatchObject(CLEAN);
        const meta = await sharp(bytes).metadata();
        const long = Number(/-(\d+)\./.exec(file)![1]);
        expect(Math.max(meta.width!, meta.height!)).toBe(long);
        expect(meta.format).toBe(file.endsWith('.webp') ? 'webp' : 'jpeg');
      }
      // The original bytes were never written: no stored file is as large, or equal.
      expect(files.every((f) => !readFileSync(f).equals(original))).toBe(true);
    });

    it('turns a sideways photo upright by its EXIF orientation, then drops the tag', async () => {
      const res = await upload(service, await sidewaysJpeg());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ width: 200, height: 400 });
      const file = filesUnder(service.photoDir).find((f) => f.endsWith('-2048.webp'))!;
      const { data, info } = await sharp(readFileSync(file)).raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [
        ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
      ];
      expect(at(100, 50)[0]).toBeGreaterThan(150); // red on top
      expect(at(100, 350)[2]).toBeGreaterThan(150); // blue below
      expect((await metadataOf(readFileSync(file))).orientation).toBeUndefined();
    });

    it('accepts PNG and WebP by their bytes, whatever the name and declared type, and keeps small images small', async () => {
      const png = await pattern(640, 480).png().toBuffer();
      const webp = await pattern(300, 500).webp().toBuffer();
      const a = await upload(service, png, { name: 'photo.jpg', type: 'image/jpeg' });
      const b = await upload(service, webp, { name: 'x.txt', type: 'text/plain' });
      expect(a).toMatchObject({ status: 201, body: { width: 640, height: 480 } });
      expect(b).toMatchObject({ status: 201, body: { width: 300, height: 500 } });
      expect(await rows()).toHaveLength(2);
    });

    it('refuses a PNG header claiming 60,000 × 60,000 pixels with 413 before decoding, and stores nothing', async () => {
      const res = await upload(service, bombPng(), { type: 'image/png', name: 'bomb.png' });
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.detail).toContain('60000 × 60000');
      expect(res.body.errors).toEqual([{ path: 'file', message: expect.any(String) }]);
      expect(await rows()).toEqual([]);
      expect(filesUnder(service.photoDir)).toEqual([]);
    });

    it('refuses a header just past the pixel limit though each side is allowed, and a side past 16,384', async () => {
      expect((await upload(service, bombPng(16_000, 3_100), { type: 'image/png' })).status).toBe(413); // 49.6 MP
      expect((await upload(service, bombPng(20_000, 10), { type: 'image/png' })).status).toBe(413);
      expect(await rows()).toEqual([]);
    });

    it('refuses a text file renamed .jpg, a HEIC and a truncated JPEG with 415, naming the field', async () => {
      const text = await upload(service, new TextEncoder().encode('GIF89a? no: just text pretending to be a photo'), {
        name: 'photo.jpg',
      });
      expect(text.status).toBe(415);
      expect(text.body.detail).toContain('not a JPEG, PNG or WebP');
      expect(text.body.errors[0].path).toBe('file');
      const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(40)]);
      const heicRes = await upload(service, heic, { name: 'IMG_0001.HEIC', type: 'image/heic' });
      expect(heicRes.status).toBe(415);
      expect(heicRes.body.detail).toContain('HEIC');
      const jpeg = await phoneJpeg(800, 600);
      const cut = await upload(service, jpeg.subarray(0, 300));
      expect(cut.status).toBe(415);
      expect(await rows()).toEqual([]);
    });

    it('answers hostile multipart with clear 4xx: garbage, wrong field, text field, empty file, no boundary, JSON', async () => {
      const garbage = await post('--xyz\r\nnonsense', { 'content-type': 'multipart/form-data; boundary=xyz' });
      expect(garbage.status).toBe(400);
      expect((await garbage.json()).errors[0].path).toBe('file');
      const wrongField = await post(form(blob(await phoneJpeg(200, 100)), 'a.jpg', {}, 'image'));
      expect(wrongField.status).toBe(400);
      expect((await wrongField.json()).detail).toContain('field "file"');
      const textField = await post(form('not a file'));
      expect(textField.status).toBe(400);
      const empty = await post(form(blob(new Uint8Array(0))));
      expect(empty.status).toBe(400);
      expect((await empty.json()).detail).toContain('empty');
      const noBoundary = await post('abc', { 'content-type': 'multipart/form-data' });
      expect(noBoundary.status).toBe(415);
      const json = await post('{"file":"x"}', { 'content-type': 'application/json' });
      expect(json.status).toBe(415);
      const longAlt = await upload(service, await phoneJpeg(200, 100), { alt: 'ก'.repeat(400) });
      expect(longAlt.status).toBe(400);
      expect(longAlt.body.errors[0].path).toBe('alt');
      expect(await rows()).toEqual([]);
    });

    it('refuses a file above PHOTO_MAX_BYTES with 413, by Content-Length and when streamed without one', async () => {
      const huge = new Uint8Array(3 * 1024 * 1024 + 1);
      huge.set([0xff, 0xd8, 0xff]);
      const declared = await post(form(blob(huge)));
      expect(declared.status).toBe(413);
      expect((await declared.json()).detail).toContain(String(3 * 1024 * 1024));
      const encoded = new Response(form(blob(huge)));
      const stream = encoded.body!;
      const chunked = await service.app.request('/api/v1/sites/demo/photos', {
        method: 'POST',
        body: stream,
        headers: { 'content-type': encoded.headers.get('content-type')!, 'transfer-encoding': 'chunked' },
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
      expect(await rows()).toEqual([]);
    });

    it('keeps the 64 KB limit on the rest of the API', async () => {
      const res = await service.app.request('/api/v1/sites/demo/posts', {
        method: 'POST',
        body: 'x'.repeat(70_000),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(413);
    });

    it('answers 404 for an unknown site', async () => {
      const res = await service.app.request('/api/v1/sites/nowhere/photos', {
        method: 'POST',
        body: form(blob(await phoneJpeg(100, 80))),
      });
      expect(res.status).toBe(404);
    });
  });
}

describe('photo upload rate limit', () => {
  it('allows four uploads per allowed submission per client, then 429 with Retry-After', async () => {
    const service = await photoService({
      config: { rateLimits: { submitPerHour: 1, screenPerMinute: 100, trackPerMinute: 100 } },
    });
    try {
      const jpeg = await pattern(64, 48).jpeg().toBuffer();
      for (let i = 0; i < 4; i++) expect((await upload(service, jpeg)).status).toBe(201);
      const refused = await upload(service, jpeg);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await service.close();
    }
  });
});
