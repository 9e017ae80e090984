// A site's open data: published public cases page by page, their version for ETags, and aggregate statistics.
import { createHash } from 'node:crypto';
import { countSupporters } from '../../storage/community.repository.js';
import { listPublicAnswers, listPublicCases, publicDataVersion } from '../../storage/open-data.repository.js';
import { listCategories, listDepartments, type Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { OPEN_DATA_SCHEMA, presentOpenDataCase, type OpenDataCase } from './open-data.presenter.js';
import { lookupsFrom } from '../public-post.presenter.js';
import { approvedPhotoUrls, photoDataVersion } from '../photos/read-photos.js';

const PAGE = 500;

/** A strong validator for the cases files of a site (the format is part of it, so a new column busts caches). */
export async function openDataEtag(deps: UseCaseDeps, site: Site, format: string): Promise<string> {
  const db = deps.db.kysely;
  const [version, photos, categories, departments] = await Promise.all([
    publicDataVersion(db, site.id),
    photoDataVersion(db, site.id),
    listCategories(db, site.id),
    listDepartments(db, site.id),
  ]);
  const names = [...categories, ...departments].map((e) => [e.code, e.name, e.nameEn]);
  const hash = createHash('sha256')
    .update(JSON.stringify([OPEN_DATA_SCHEMA, format, site.slug, version, photos, names]))
    .digest('base64url');
  // Weak: the same data may be sent gzip-compressed or not (app.ts compresses), which a strong tag would forbid.
  return `W/"${hash.slice(0, 32)}"`;
}

/** Every published public case of the site, oldest first, in pages, so a large site streams in constant memory. */
export async function* openDataPages(deps: UseCaseDeps, site: Site, baseUrl = ''): AsyncGenerator<OpenDataCase[]> {
  const db = deps.db.kysely;
  const lookups = lookupsFrom(await listCategories(db, site.id), await listDepartments(db, site.id));
  let afterId: number | undefined;
  for (;;) {
    const rows = await listPublicCases(db, { siteId: site.id, afterId, limit: PAGE });
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const [answers, supporters, photos] = await Promise.all([
      listPublicAnswers(db, ids),
      countSupporters(db, ids),
      approvedPhotoUrls(db, site.slug, baseUrl, ids),
    ]);
    yield rows.map((row) => presentOpenDataCase(row, answers, lookups, supporters.get(row.id) ?? 0, photos.get(row.id) ?? []));
    afterId = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) return;
  }
}
