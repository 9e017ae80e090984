// The citizen's photos in the data export, and gone from the database and the photo store after erasure.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../support/service.js';
import { logInAs } from '../moderation/staff.js';
import { ADMIN_PASSWORD } from '../../support/service.js';
import { phoneJpeg, photoService, submitWithPhotos, upload } from '../photos/photo-fixtures.js';
import { sweepPhotos } from '../../../service/src/use-cases/photos/photo-jobs.js';
import { createLogger } from '../../../service/src/logger.js';
import { citizen, staffCall } from './privacy-fixtures.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

for (const dialect of DIALECTS) {
  describe(`photos and personal data (${dialect})`, () => {
    let service: Awaited<ReturnType<typeof photoService>>;
    beforeEach(async () => {
      service = await photoService({ dialect });
    });
    afterEach(async () => service.close());

    it('lists the photos in the export, with a link once public, and erases them with the case', async () => {
      const photo = (await upload(service, await phoneJpeg(400, 300), { alt: 'หลุมบนถนน' })).body.id as string;
      const filed = await submitWithPhotos(service, [photo], { contact: { email: 'photo.owner@example.com' } });
      expect(filed.status).toBe(201);
      const receipt = {
        trackingCode: filed.body.trackingCode as string,
        accessKey: filed.body.accessKey as string,
        id: filed.body.id,
        state: '',
      };

      const before = await citizen(service, receipt, 'GET', '/data');
      expect(before.body.photos).toEqual([
        expect.objectContaining({ id: photo, state: 'pending', alt: 'หลุมบนถนน', links: null }),
      ]);
      const admin = await logInAs(service, 'admin', ADMIN_PASSWORD);
      expect((await staffCall(service, admin, 'POST', `/api/v1/mod/photos/${photo}/approve`, {})).status).toBe(200);
      const approved = await citizen(service, receipt, 'GET', '/data');
      expect(approved.body.case).toMatchObject({ moderationState: 'published', visibility: 'public' });
      expect(approved.body.photos[0].links.url).toContain(`/api/v1/sites/demo/photos/${photo}/`);
      expect(filesUnder(service.photoDir).length).toBeGreaterThan(0);

      const asked = await citizen(service, receipt, 'POST', '/privacy-requests', { type: 'erasure' });
      expect((await staffCall(service, admin, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {})).status).toBe(
        200,
      );
      expect(await service.db.kysely.selectFrom('photos').selectAll().where('case_id', '=', receipt.id).execute()).toEqual([]);
      await sweepPhotos({ db: service.db, clock: service.clock, logger: createLogger('silent'), config: service.config });
      expect(filesUnder(service.photoDir)).toEqual([]);
    });
  });
}
