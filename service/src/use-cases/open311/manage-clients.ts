// An administrator gives each civic app its own Open311 API key (shown once), lists and revokes them.
import { hashSecret, newAccessKey } from '../../security/access-key.js';
import { findClientById, insertOpen311Client, listClients, revokeClient } from '../../storage/open311.repository.js';
import type { Site } from '../../storage/site.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';

export async function createOpen311Client(deps: UseCaseDeps, site: Site, name: string, userId: number) {
  const apiKey = newAccessKey();
  const at = deps.clock.now().toISOString();
  const id = await insertOpen311Client(deps.db.kysely, {
    site_id: site.id,
    name,
    key_hash: hashSecret(apiKey),
    created_by: userId,
    created_at: at,
    revoked_at: null,
  });
  await audit(deps.db.kysely, {
    userId,
    action: 'open311_client_created',
    targetType: 'open311_client',
    targetId: id,
    after: { site: site.slug, name },
    at,
  });
  return { id, name, site: site.slug, createdAt: at, apiKey };
}

export async function listOpen311Clients(deps: UseCaseDeps, site: Site) {
  const rows = await listClients(deps.db.kysely, site.id);
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

export async function revokeOpen311Client(deps: UseCaseDeps, id: number, user: { id: number; siteId: number | null }) {
  const row = await findClientById(deps.db.kysely, id);
  if (!row || (user.siteId !== null && user.siteId !== row.site_id))
    throw new UseCaseError('not_found', 'No such Open311 client.');
  const at = deps.clock.now().toISOString();
  await revokeClient(deps.db.kysely, id, at);
  await audit(deps.db.kysely, {
    userId: user.id,
    action: 'open311_client_revoked',
    targetType: 'open311_client',
    targetId: id,
    before: { name: row.name },
    at,
  });
}
