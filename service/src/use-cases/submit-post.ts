// A citizen sends a post: screen it, store it with a gap-free tracking number, publish or hold it.
import { createHash } from 'node:crypto';
import { type CaseKind, type Channel, initialModerationState, visibilityFor } from '../domain/case.js';
import { buddhistYear, formatTrackingCode } from '../domain/tracking-code.js';
import { hashSecret, newAccessKey, sealAccessKey, unsealAccessKey } from '../security/access-key.js';
import { screenFields, type FieldFinding } from './screen-fields.js';
import type { ScreeningLimits } from '../screening/index.js';
import {
  allocateTrackingSequence,
  appendEvent,
  findCaseById,
  insertCaseReturningRow,
  insertContact,
  insertFindings,
} from '../storage/case.repository.js';
import { findIdempotencyKey, insertIdempotencyKey } from '../storage/idempotency.repository.js';
import { findAssetByCode, linkCaseToAsset } from '../storage/asset.repository.js';
import { findCategoryByCode, listCategories, type Site } from '../storage/site.repository.js';
import type { UseCaseDeps } from './deps.js';
import { UseCaseError } from './errors.js';
import { takeInCase } from './workflow/take-in-new-cases.js';
import { recordConsent, type NoticeShown } from './privacy/record-consent.js';
import { noticeVersionsCommitted } from './privacy/privacy-notice.js';
import { checkPhotosToLink, linkPhotos } from './photos/link-photos.js';
import { assertAcceptingPosts } from './sites/site-intake.js';

export interface SubmitPostInput {
  kind: CaseKind;
  category?: string | undefined;
  title: string;
  body: string;
  location?: { text?: string | undefined; lat?: number | undefined; lng?: number | undefined } | undefined;
  contact?: { name?: string | undefined; phone?: string | undefined; email?: string | undefined } | undefined;
  notify?: boolean | undefined;
  private?: boolean | undefined;
  /** Code of the fixed asset whose QR code the citizen scanned (e.g. `LS-07`). */
  asset?: string | undefined;
  consent: true;
  /** The privacy notice the citizen read (version and language); absent, the current Thai wording is recorded. */
  notice?: NoticeShown | undefined;
  /** Uploaded photos (POST /api/v1/sites/:site/photos) to attach, in this order. */
  photos?: string[] | undefined;
}

export interface SubmitPostResult {
  id: number;
  trackingCode: string;
  accessKey: string;
  state: 'published' | 'held';
  visibility: string;
  status: string;
  findings: FieldFinding[];
  replayed: boolean;
}

export interface SubmitOptions {
  channel?: Channel;
  idempotencyKey?: string | undefined;
  /**
   * Screening limits for posts no citizen is waiting on. The demo's seeded history passes an unbounded time budget: its
   * outcome must not depend on how busy the machine is (a pass over budget holds the post, and a loaded CI run once
   * seeded one demo post held and the same post published in the next seeding).
   */
  screeningLimits?: ScreeningLimits;
}

function hasContact(contact: SubmitPostInput['contact']): boolean {
  return Boolean(contact && (contact.name || contact.phone || contact.email));
}

function requestFingerprint(input: SubmitPostInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('base64url');
}

export async function submitPost(
  deps: UseCaseDeps,
  site: Site,
  input: SubmitPostInput,
  options: SubmitOptions = {},
): Promise<SubmitPostResult> {
  const db = deps.db.kysely;
  if (site.settings.contactRequiredKinds.includes(input.kind) && !(input.contact?.phone || input.contact?.email)) {
    throw new UseCaseError('invalid', 'This kind of request needs a phone number or an email address.', [
      { path: 'contact', message: 'A phone number or email is required for this kind of request.' },
    ]);
  }
  const asset = input.asset ? await findAssetByCode(db, site.id, input.asset.toUpperCase()) : undefined;
  if (input.asset && (!asset || !asset.active)) {
    throw new UseCaseError('invalid', 'Unknown or retired asset.', [
      { path: 'asset', message: `No asset "${input.asset}" in use on this site.` },
    ]);
  }
  // A QR post without a chosen category takes the asset's: the pole knows what it is.
  const category = input.category
    ? await findCategoryByCode(db, site.id, input.category)
    : asset?.categoryId
      ? (await listCategories(db, site.id)).find((c) => c.id === asset.categoryId)
      : undefined;
  if (input.category && (!category || !category.active)) {
    throw new UseCaseError('invalid', 'Unknown category.', [
      { path: 'category', message: `No category "${input.category}" on this site.` },
    ]);
  }

  const keyHash = options.idempotencyKey ? hashSecret(`${site.id}:${options.idempotencyKey}`) : undefined;
  const fingerprint = requestFingerprint(input);
  if (keyHash && options.idempotencyKey) {
    const replay = await replayIdempotent(deps, site.id, keyHash, fingerprint, options.idempotencyKey);
    if (replay) return replay;
  }
  // After the replay: a citizen retrying a post sent before the site was archived still gets their receipt.
  assertAcceptingPosts(site);
  await checkPhotosToLink(deps.db, site, input.photos ?? []);

  const { findings, hold } = screenFields(
    site.settings,
    { title: input.title, body: input.body, location: input.location?.text },
    options.screeningLimits,
  );
  const visibility = visibilityFor(input.kind, input.private ?? false);
  const state = initialModerationState(hold, site.settings.moderateEverything);
  const now = deps.clock.now();
  const at = now.toISOString();
  const year = buddhistYear(now);
  const accessKey = newAccessKey();
  const published = state === 'published' && visibility === 'public';

  try {
    // Through the write queue: committed together with the submissions arriving at the same moment.
    const created: { id: number; trackingCode: string } = await deps.db.writes.run(async (trx) => {
      const seq = await allocateTrackingSequence(trx, site.id, year);
      const trackingCode = formatTrackingCode(site.trackingPrefix, year, seq);
      const row = await insertCaseReturningRow(trx, {
        site_id: site.id,
        tracking_code: trackingCode,
        tracking_year: year,
        tracking_seq: seq,
        access_key_hash: hashSecret(accessKey),
        kind: input.kind,
        category_id: category?.id ?? null,
        department_id: null,
        title: input.title,
        body: input.body,
        location_text: input.location?.text ?? null,
        location_lat: input.location?.lat ?? null,
        location_lng: input.location?.lng ?? null,
        public_title: published ? input.title : null,
        public_body: published ? input.body : null,
        public_location_text: published ? (input.location?.text ?? null) : null,
        channel: options.channel ?? (asset ? 'qr' : 'web'),
        visibility,
        moderation_state: state,
        status: 'received',
        urgent: category?.urgent ? 1 : 0,
        notify: input.notify ? 1 : 0,
        reject_reason: null,
        referred_to: null,
        satisfaction_rating: null,
        created_at: at,
        updated_at: at,
        published_at: published ? at : null,
        resolved_at: null,
      });
      const id = row.id;
      if (hasContact(input.contact)) await insertContact(trx, id, input.contact!, at);
      await linkPhotos(trx, site, id, input.photos ?? [], at);
      await recordConsent(trx, site, id, input.notice, options.channel ?? (asset ? 'qr' : 'web'), at, db);
      if (asset) await linkCaseToAsset(trx, id, asset.id, at);
      await insertFindings(
        trx,
        findings.map((f) => ({
          case_id: id,
          field: f.field,
          kind: f.kind,
          type: f.type,
          start_offset: f.start,
          end_offset: f.end,
          text: f.text,
          severity: f.severity,
          rule: f.rule,
        })),
      );
      await appendEvent(trx, {
        caseId: id,
        type: 'received',
        by: 'citizen',
        to: 'received',
        visibleToCitizen: true,
        at,
      });
      await appendEvent(trx, {
        caseId: id,
        type: state,
        by: 'system',
        visibleToCitizen: true,
        at,
      });
      if (keyHash && options.idempotencyKey) {
        await insertIdempotencyKey(trx, {
          site_id: site.id,
          key_hash: keyHash,
          request_hash: fingerprint,
          case_id: id,
          sealed_access_key: sealAccessKey(accessKey, options.idempotencyKey),
          created_at: at,
        });
      }
      await takeInCase(trx, deps, site, row, category?.defaultDepartmentId ?? null, at);
      return { id, trackingCode };
    });
    // Committed: the notice's versions this case's consent refers to are on disk.
    noticeVersionsCommitted(db, site);
    deps.logger.info('case received', {
      site: site.slug,
      trackingCode: created.trackingCode,
      state,
      visibility,
      findings: findings.length,
    });
    return {
      ...created,
      accessKey,
      state: state === 'held' ? 'held' : 'published',
      visibility,
      status: 'received',
      findings,
      replayed: false,
    };
  } catch (error) {
    // Two retries with one key raced on PostgreSQL: the loser answers with the winner's case.
    if (keyHash && options.idempotencyKey) {
      const replay = await replayIdempotent(deps, site.id, keyHash, fingerprint, options.idempotencyKey);
      if (replay) return replay;
    }
    throw error;
  }
}

async function replayIdempotent(
  deps: UseCaseDeps,
  siteId: number,
  keyHash: string,
  fingerprint: string,
  idempotencyKey: string,
): Promise<SubmitPostResult | null> {
  const db = deps.db.kysely;
  const stored = await findIdempotencyKey(db, siteId, keyHash);
  if (!stored) return null;
  if (stored.request_hash !== fingerprint) {
    throw new UseCaseError('conflict', 'This Idempotency-Key was already used for a different submission.', [
      { path: 'Idempotency-Key', message: 'Use a new key for a new submission.' },
    ]);
  }
  const row = await findCaseById(db, stored.case_id);
  const accessKey = unsealAccessKey(stored.sealed_access_key, idempotencyKey);
  if (!row || !accessKey) return null;
  const findings = await db.selectFrom('findings').selectAll().where('case_id', '=', row.id).orderBy('id').execute();
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    accessKey,
    state: row.moderation_state === 'published' ? 'published' : 'held',
    visibility: row.visibility,
    status: row.status,
    findings: findings.map((f) => ({
      field: f.field as FieldFinding['field'],
      kind: f.kind,
      type: f.type,
      start: f.start_offset,
      end: f.end_offset,
      text: f.text,
      severity: f.severity as FieldFinding['severity'],
      rule: f.rule,
    })),
    replayed: true,
  };
}
