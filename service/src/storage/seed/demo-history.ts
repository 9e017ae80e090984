// Months of the demo municipality's past, played through the real use cases with a clock that walks through them:
// every case, deadline, notification, count and audit entry is what the product itself wrote at that moment.
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import { fixedClock } from '../../clock.js';
import { presetLocation } from '../../domain/asset-code.js';
import { siteCalendar } from '../../domain/site-calendar.js';
import type { SessionUser } from '../../domain/staff.js';
import type { Logger } from '../../logger.js';
import { createOutboxWorker } from '../../notify/outbox-worker.js';
import { randomPassword } from '../../security/password.js';
import { createUser } from '../../use-cases/admin/manage-users.js';
import { createAsset } from '../../use-cases/assets/manage-assets.js';
import { flagPost } from '../../use-cases/community/flag-post.js';
import { clientKeyOf } from '../../use-cases/community/public-case.js';
import { supportPost } from '../../use-cases/community/support-post.js';
import { addAnswer } from '../../use-cases/moderation/answer-case.js';
import { approvePost } from '../../use-cases/moderation/approve-post.js';
import { enterCase } from '../../use-cases/moderation/enter-case.js';
import { rejectPost } from '../../use-cases/moderation/withdraw-post.js';
import { submitPost, type SubmitPostResult } from '../../use-cases/submit-post.js';
import { addCitizenMessage, authenticateCase, giveFeedback } from '../../use-cases/track-case.js';
import { actOnCase } from '../../use-cases/workflow/act-on-case.js';
import { runDailyFollowUp } from '../../use-cases/workflow/daily-follow-up.js';
import { flagUrgent } from '../../use-cases/workflow/flag-urgent.js';
import { exchangeInformation } from '../../use-cases/workflow/request-information.js';
import type { WorkflowDeps } from '../../use-cases/workflow/workflow-deps.js';
import { findCaseById } from '../case.repository.js';
import type { Db } from '../database.js';
import { findSiteBySlug, listDepartments, type Site } from '../site.repository.js';
import type { UserRow } from '../tables/user.table.js';
import { findUserByUsername } from '../user.repository.js';
import { DEMO_ASSETS, DEMO_STAFF, DEMO_STORIES, type DemoStep, type DemoStory } from './demo-history.data.js';
import { DEMO_SITE } from './demo-site.data.js';
import { historyStart, planEvents, seededRandom, type PlannedEvent } from './demo-timeline.js';

const SEED = 20_261_123;

export interface DemoHistoryDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

export interface DemoHistoryResult {
  seeded: boolean;
  cases: number;
  ms: number;
}

/** The first day of the history the demo site would be seeded with at `now`: the site and its admin date from then. */
export function demoHistoryStart(now: Date): Date {
  return historyStart(DEMO_STORIES, now);
}

/** A staff member as the use cases take them; the history acts without sessions, as a command-line tool would. */
function actingAs(row: UserRow): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as SessionUser['role'],
    departmentId: row.department_id,
    siteId: row.site_id,
    sessionId: '',
    csrfToken: '',
  };
}

interface CaseState {
  id: number;
  submitted: SubmitPostResult;
}

/**
 * Plays the history into the demo site once: only when the site exists and has no case yet, so a second start (or a
 * database that already holds the older five demo posts) adds nothing. Notifications of the past are delivered as
 * they fell due, by the outbox worker with email in log-only mode and no webhook: none of them leaves the machine.
 */
export async function seedDemoHistory(deps: DemoHistoryDeps, now: Date): Promise<DemoHistoryResult> {
  const began = performance.now();
  const kysely = deps.db.kysely;
  const site = await findSiteBySlug(kysely, DEMO_SITE.slug);
  if (!site) return { seeded: false, cases: 0, ms: 0 };
  const existing = await kysely.selectFrom('cases').select('id').where('site_id', '=', site.id).limit(1).executeTakeFirst();
  if (existing) return { seeded: false, cases: 0, ms: 0 };
  const adminRow = await findUserByUsername(kysely, 'admin');
  if (!adminRow) throw new Error('The demo history needs the platform administrator "admin"; create it first.');

  const calendar = siteCalendar(site.settings);
  const random = seededRandom(SEED);
  const clock = fixedClock(historyStart(DEMO_STORIES, now));
  // What the service would have been configured with, minus every way out: the past is not sent again.
  const config: Config = { ...deps.config, notify: { ...deps.config.notify, smtpUrl: undefined, webhookUrl: undefined } };
  const quiet: Logger = { error: (message, fields) => deps.logger.error(message, fields), info: () => {}, debug: () => {} };
  const use: WorkflowDeps = { db: deps.db, clock, logger: quiet, config };
  const outbox = createOutboxWorker({ db: deps.db, clock, logger: quiet, config });

  const staff = await createStaff(use, site, actingAs(adminRow));
  const centre = staff.get('centre')!;
  for (const asset of DEMO_ASSETS) await createAsset(use, site, asset, centre.id);

  const events = planEvents(DEMO_STORIES, { calendar, now, random });
  const cases = new Map<number, CaseState>();
  const followUpDays = dailyFollowUps(clock.now(), now);
  await withoutSyncPerCommit(deps.db, async () => {
    for (const event of events) {
      while (followUpDays.length > 0 && followUpDays[0]!.getTime() <= event.at.getTime()) {
        clock.set(followUpDays.shift()!);
        await runDailyFollowUp(use, 'demo-history');
        await deliverDue(outbox);
      }
      clock.set(event.at);
      await playEvent(use, site, staff, cases, event);
      await deliverDue(outbox);
    }
  });
  const ms = Math.round(performance.now() - began);
  deps.logger.info('seeded the demo history', { cases: cases.size, events: events.length, ms });
  return { seeded: true, cases: cases.size, ms };
}

/**
 * On SQLite, commits of the history are not flushed one by one (synchronous=NORMAL: WAL keeps the file consistent, a
 * power cut may only lose the last ones), then FULL again, as the service runs: about a thousand fsyncs saved.
 */
async function withoutSyncPerCommit(db: Db, work: () => Promise<void>): Promise<void> {
  if (db.dialect !== 'sqlite') return work();
  await sql`PRAGMA synchronous = NORMAL`.execute(db.kysely);
  try {
    await work();
  } finally {
    await sql`PRAGMA synchronous = FULL`.execute(db.kysely);
  }
}

/** 08:40 in Bangkok on every day from the start up to yesterday: when the daily follow-up would have run. */
function dailyFollowUps(start: Date, now: Date): Date[] {
  const days: Date[] = [];
  const first = Date.parse(`${new Date(start.getTime() + 7 * 3600_000).toISOString().slice(0, 10)}T01:40:00Z`);
  for (let at = first + 86_400_000; at < now.getTime() - 86_400_000; at += 86_400_000) days.push(new Date(at));
  return days;
}

async function deliverDue(outbox: ReturnType<typeof createOutboxWorker>): Promise<void> {
  for (let pass = 0; pass < 20; pass++) {
    const { sent, retrying, dead } = await outbox.runOnce();
    if (sent + retrying + dead === 0) return;
  }
}

/** The centre's moderator and an officer per department, through the user administration (random passwords, never shown). */
async function createStaff(use: WorkflowDeps, site: Site, admin: SessionUser): Promise<Map<string, SessionUser>> {
  const departments = new Map((await listDepartments(use.db.kysely, site.id)).map((d) => [d.code, d.id]));
  const staff = new Map<string, SessionUser>();
  await Promise.all(
    DEMO_STAFF.map(async (member) => {
      const known = await findUserByUsername(use.db.kysely, member.username);
      if (known && known.site_id !== site.id)
        throw new Error(`The demo history needs the user name "${member.username}", taken on another site.`);
      if (!known) {
        await createUser(use, admin, {
          username: member.username,
          displayName: member.displayName,
          role: member.role,
          departmentId: member.department === null ? null : (departments.get(member.department) ?? null),
          siteId: site.id,
          password: randomPassword(),
        });
      }
      staff.set(member.username, actingAs((await findUserByUsername(use.db.kysely, member.username))!));
    }),
  );
  for (const member of staff.values()) if (member.departmentId !== null) staff.set(`department:${member.departmentId}`, member);
  return staff;
}

const SEED_SCREENING = { budgetMs: Number.POSITIVE_INFINITY } as const;

async function submitStory(use: WorkflowDeps, site: Site, centre: SessionUser, story: DemoStory): Promise<SubmitPostResult> {
  const asset = story.post.asset ? DEMO_ASSETS.find((a) => a.code === story.post.asset) : undefined;
  const post = asset ? { ...story.post, location: { text: presetLocation(asset) } } : story.post;
  if (!story.channel || story.channel === 'web' || story.channel === 'qr') {
    // Seeding serves no request: no wall-clock budget, so the history is the same however busy the machine is.
    return submitPost(use, site, { ...post, consent: true }, { screeningLimits: SEED_SCREENING });
  }
  const entered = await enterCase(
    use,
    centre,
    { ...post, site: site.slug, channel: story.channel },
    { screeningLimits: SEED_SCREENING },
  );
  return { ...entered, replayed: false };
}

async function playEvent(
  use: WorkflowDeps,
  site: Site,
  staff: Map<string, SessionUser>,
  cases: Map<number, CaseState>,
  event: PlannedEvent,
): Promise<void> {
  const story = DEMO_STORIES[event.story]!;
  const centre = staff.get('centre')!;
  if (event.step < 0) {
    const submitted = await submitStory(use, site, centre, story);
    cases.set(event.story, { id: submitted.id, submitted });
    return;
  }
  const state = cases.get(event.story)!;
  const step = story.steps[event.step]!;
  const row = (await findCaseById(use.db.kysely, state.id))!;
  const ref = String(state.id);
  const officer = () => {
    const found = row.department_id === null ? undefined : staff.get(`department:${row.department_id}`);
    if (!found) throw new Error(`Demo story "${story.post.title}": ${step.act} needs a department first.`);
    return found;
  };
  const citizen = async () => authenticateCase(use, state.submitted.trackingCode, state.submitted.accessKey);
  // Citizens who support or report a post, pseudonymous like any other (documentation addresses, RFC 5737).
  const passerBy = (role: string) =>
    clientKeyOf(`demo-${role}-${event.story}-${event.part}`, `203.0.113.${((event.story * 7 + event.part) % 250) + 1}`);

  switch (step.act) {
    case 'route':
      await actOnCase(use, centre, ref, 'route', { department: step.department });
      return;
    case 'acknowledge':
      await actOnCase(use, officer(), ref, 'acknowledge', { note: step.note });
      return;
    case 'progress':
    case 'resolve':
      await actOnCase(use, officer(), ref, step.act, { note: step.note });
      return;
    case 'refer':
      await actOnCase(use, officer(), ref, 'refer', { agency: step.agency, note: step.note });
      return;
    case 'reject':
      await actOnCase(use, centre, ref, 'reject', { note: step.note });
      return;
    case 'close':
      await actOnCase(use, centre, ref, 'close');
      return;
    case 'answer':
      await addAnswer(use, officer(), state.id, { body: step.body, public: step.public ?? true });
      return;
    case 'feedback':
      await giveFeedback(use, await citizen(), { satisfied: step.satisfied, rating: step.rating, comment: step.comment });
      return;
    case 'message':
      await addCitizenMessage(use, await citizen(), step.body);
      return;
    case 'info':
      if (event.part === 0) await exchangeInformation(use, officer(), ref, 'info_request', step.ask);
      else await exchangeInformation(use, centre, ref, 'info_reply', step.reply);
      return;
    case 'urgent':
      await flagUrgent(use, centre, ref, true, { note: step.note });
      return;
    case 'approve':
      // A post the screening let through needs no decision; a held one is published with every finding covered.
      if (row.moderation_state !== 'held') return;
      await approvePost(use, centre, state.id, { redactions: redactionsOf(state.submitted) });
      return;
    case 'refuse':
      await rejectPost(use, centre, state.id, { reason: step.reason, note: step.note });
      return;
    case 'support':
      await supportPost(use, site, state.id, passerBy('support'), {});
      return;
    case 'flag':
      await flagPost(use, site, state.id, passerBy('flag'), { reason: step.reason });
      return;
    default:
      return unreachable(step);
  }
}

function redactionsOf(submitted: SubmitPostResult) {
  return submitted.findings.map((f) => ({ field: f.field, start: f.start, end: f.end }));
}

function unreachable(step: never): never {
  throw new Error(`Unknown demo step ${JSON.stringify(step as DemoStep)}`);
}
