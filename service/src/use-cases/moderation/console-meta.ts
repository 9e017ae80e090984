// What the console's forms need: the sites a staff member works for, with kinds, categories, departments and reason codes.
import { CASE_KINDS, KIND_LABELS, VISIBILITIES } from '../../domain/case.js';
import { REJECT_REASON_LABELS, REJECT_REASONS, STAFF_CHANNELS } from '../../domain/moderation.js';
import type { SessionUser } from '../../domain/staff.js';
import { listCategories, listDepartments, listSites } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';

export async function readConsoleMeta(deps: UseCaseDeps, user: SessionUser) {
  const db = deps.db.kysely;
  const sites = (await listSites(db)).filter((s) => user.siteId === null || s.id === user.siteId);
  return {
    sites: await Promise.all(
      sites.map(async (s) => ({
        slug: s.slug,
        name: s.name,
        nameEn: s.nameEn,
        categories: (await listCategories(db, s.id))
          .filter((c) => c.active)
          .map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn })),
        departments: (await listDepartments(db, s.id))
          .filter((d) => d.active)
          .map((d) => ({ id: d.id, code: d.code, name: d.name, nameEn: d.nameEn })),
      })),
    ),
    kinds: CASE_KINDS.map((code) => ({ code, ...KIND_LABELS[code] })),
    channels: STAFF_CHANNELS,
    visibilities: VISIBILITIES,
    rejectReasons: REJECT_REASONS.map((code) => ({ code, ...REJECT_REASON_LABELS[code] })),
  };
}
