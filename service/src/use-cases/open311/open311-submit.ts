// A civic app POSTs a request: the API key names the client, the post is screened and stored like any other.
import { randomBytes } from 'node:crypto';
import { hashSecret } from '../../security/access-key.js';
import { findActiveClientByKeyHash, insertToken } from '../../storage/open311.repository.js';
import { findCategoryByCode, type Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { submitPost, type SubmitPostInput } from '../submit-post.js';
import { OPEN311_KINDS } from './open311.presenter.js';

export type Open311Form = Record<string, string | undefined>;

/** Raised when the key is missing, unknown, revoked or for another site: GeoReport's 403. */
export class Open311KeyError extends Error {}

const TITLE_MAX = 80;

/** Open311 has no title: the first line of the description stands in for it. */
export function titleFrom(description: string): string {
  const firstLine = description.trim().split(/\r?\n/)[0]!.trim();
  return [...firstLine].length > TITLE_MAX ? `${[...firstLine].slice(0, TITLE_MAX - 1).join('')}…` : firstLine;
}

/** Maps the form's fields onto a post; the caller validates the result with the public schema. */
export async function postFromForm(deps: UseCaseDeps, site: Site, form: Open311Form): Promise<unknown> {
  const serviceCode = form.service_code?.trim();
  if (!serviceCode) throw new UseCaseError('invalid', 'service_code is required');
  const category = await findCategoryByCode(deps.db.kysely, site.id, serviceCode);
  if (!category || !category.active) throw new UseCaseError('invalid', `service_code ${serviceCode} not found`);
  const lat = form.lat?.trim() ? Number(form.lat) : undefined;
  const lng = form.long?.trim() ? Number(form.long) : undefined;
  const address = form.address_string?.trim() || undefined;
  if ((lat === undefined || lng === undefined) && !address && !form.address_id?.trim()) {
    throw new UseCaseError('invalid', 'a location is required: lat and long, or address_string');
  }
  if ((lat !== undefined && !Number.isFinite(lat)) || (lng !== undefined && !Number.isFinite(lng)))
    throw new UseCaseError('invalid', 'lat and long must be numbers');
  const description = form.description?.trim();
  if (!description) throw new UseCaseError('invalid', 'description is required');
  const kind = form['attribute[kind]']?.trim() || 'complaint';
  if (!(OPEN311_KINDS as readonly string[]).includes(kind))
    throw new UseCaseError('invalid', `attribute[kind] must be one of ${OPEN311_KINDS.join(', ')}`);
  const name = [form.first_name, form.last_name]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  const contact = { name: name || undefined, phone: form.phone?.trim() || undefined, email: form.email?.trim() || undefined };
  return {
    kind,
    category: serviceCode,
    title: titleFrom(description),
    body: description,
    location: { text: address, ...(lat !== undefined && lng !== undefined ? { lat, lng } : {}) },
    ...(contact.name || contact.phone || contact.email ? { contact, notify: Boolean(contact.phone || contact.email) } : {}),
    consent: true,
  };
}

export async function authenticateClient(deps: UseCaseDeps, site: Site, apiKey: string | undefined) {
  const client = apiKey ? await findActiveClientByKeyHash(deps.db.kysely, hashSecret(apiKey)) : undefined;
  if (!client || client.site_id !== site.id) throw new Open311KeyError('api_key is missing or not valid for this jurisdiction');
  return client;
}

/** Published at once: the id. Held for a moderator (or kept private): a token to ask about later. */
export async function submitOpen311Request(deps: UseCaseDeps, site: Site, clientId: number, input: SubmitPostInput) {
  const result = await submitPost(deps, site, input, { channel: 'open311' });
  if (result.state === 'published' && result.visibility === 'public') {
    return [{ service_request_id: result.trackingCode, service_notice: null, account_id: null }];
  }
  const token = randomBytes(12).toString('base64url');
  await insertToken(deps.db.kysely, token, result.id, clientId, deps.clock.now().toISOString());
  return [{ token, service_notice: 'Held for a moderator before publication.', account_id: null }];
}
