// One LINE event from a citizen: continue (or start) their dialogue, file the case, add to an open case, or answer a command.
import type { Transaction } from 'kysely';
import { CASE_KINDS, KIND_LABELS } from '../../domain/case.js';
import type { LineMessage } from '../../notify/channels/line.channel.js';
import { findCaseById } from '../../storage/case.repository.js';
import type { Database } from '../../storage/database.js';
import {
  deleteConversation,
  findConversation,
  linkLineContact,
  listOpenCasesOfLineUser,
  saveConversation,
  setLineNotify,
} from '../../storage/line.repository.js';
import { listCategories, type Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { LIMITS } from '../site-config.js';
import { noticeTexts } from '../privacy/privacy-notice.js';
import { submitPost } from '../submit-post.js';
import { addCitizenMessage } from '../track-case.js';
import {
  type ChatInput,
  commandOf,
  continueDialogue,
  DIALOGUE_STEPS,
  type DialogueContext,
  type DialogueStep,
  type Draft,
  draftBody,
  draftTitle,
  startDialogue,
  type Turn,
} from './line-dialogue.js';
import { cleanText, type LineEvent } from './line-event.js';
import { buttons, say, text } from './line-texts.js';

/** An unfinished dialogue is forgotten after this long without a message. */
export const DIALOGUE_TIMEOUT_MS = 30 * 60_000;

/** Cases a citizen can no longer add to from the chat. */
const FINISHED = ['closed', 'rejected', 'referred'] as const;

export interface HandleOptions {
  /** Base of the tracking link (PUBLIC_URL, else the address LINE called). */
  publicBase: string | null;
  /** Runs in the transaction that records the dialogue's new state, so the event is marked handled with it. */
  done: (trx: Transaction<Database>) => Promise<void>;
}

export interface Handled {
  replies: LineMessage[];
  /** Set when this event filed a case: a reply that cannot be delivered is pushed instead. */
  filed?: { caseId: number; trackingCode: string };
}

function inputOf(event: LineEvent): ChatInput {
  if (event.type === 'postback') {
    const data = new URLSearchParams(event.postback?.data ?? '');
    const cb = data.get('cb') ?? '';
    const value = data.get('v') ?? '';
    if ((cb === 'kind' || cb === 'category') && value) return { type: 'choice', field: cb, value };
    const command = commandOf(cb);
    return command ? { type: 'command', command } : { type: 'other' };
  }
  const m = event.message;
  if (event.type !== 'message' || !m) return { type: 'other' };
  if (m.type === 'text' && m.text !== undefined) {
    const value = cleanText(m.text);
    if (!value) return { type: 'other' };
    const command = commandOf(value);
    return command ? { type: 'command', command } : { type: 'text', text: value };
  }
  if (m.type === 'location' && m.latitude !== undefined && m.longitude !== undefined) {
    const place = cleanText([m.title, m.address].filter(Boolean).join(' '));
    return { type: 'location', lat: m.latitude, lng: m.longitude, ...(place ? { text: place } : {}) };
  }
  if (m.type === 'image') return { type: 'image' };
  return { type: 'other' };
}

async function dialogueContext(deps: UseCaseDeps, site: Site): Promise<DialogueContext> {
  const categories = (await listCategories(deps.db.kysely, site.id)).filter((c) => c.active);
  // The same notice as the web form's, whose Thai version the case's consent record names (channel "line").
  const notice = noticeTexts(site);
  return {
    siteName: site.name,
    kinds: CASE_KINDS.map((code) => ({ code, th: KIND_LABELS[code].th, en: KIND_LABELS[code].en })),
    categories: categories.map((c) => ({ code: c.code, th: c.name, en: c.nameEn })),
    contactRequiredKinds: site.settings.contactRequiredKinds,
    privacy: `${notice.th}\n\n${notice.en}`,
  };
}

export async function handleLineEvent(deps: UseCaseDeps, site: Site, event: LineEvent, options: HandleOptions): Promise<Handled> {
  const db = deps.db.kysely;
  const finish = async (replies: LineMessage[]): Promise<Handled> => {
    await db.transaction().execute(options.done);
    return { replies };
  };
  // Groups and rooms are for coordinators: the bot tells the group its id, so an admin can enter it for pushes.
  if (event.source.type !== 'user') {
    const groupId = event.source.groupId ?? event.source.roomId;
    return finish(event.type === 'join' && groupId ? [text(say.groupId(groupId))] : []);
  }
  const userId = event.source.userId;
  if (!userId) return finish([]);
  if (event.type === 'unfollow') {
    // Blocked: pushes would fail anyway; the half-typed report goes too.
    await setLineNotify(db, site.id, userId, false);
    await deleteConversation(db, site.id, userId);
    return finish([]);
  }
  if (event.type === 'follow') return finish([text(say.welcome(site.name), buttons.afterCase())]);

  const now = deps.clock.now();
  const input = inputOf(event);
  const ctx = await dialogueContext(deps, site);
  const conversation = await findConversation(db, site.id, userId);
  const live = conversation && conversation.expires_at > now.toISOString() ? conversation : undefined;
  const open = await listOpenCasesOfLineUser(db, site.id, userId, FINISHED);

  if (input.type === 'command' && (input.command === 'stop' || input.command === 'notify')) {
    await setLineNotify(db, site.id, userId, input.command === 'notify');
    return finish([text(input.command === 'stop' ? say.notifyOff : say.notifyOn)]);
  }
  if (input.type === 'command' && input.command === 'status') {
    const lines = open.map((c) => say.statusLine(c.tracking_code, c.status));
    return finish([text(lines.length > 0 ? lines.join('\n') : say.noOpenCases, buttons.afterCase())]);
  }

  let turn: Turn;
  if (live && !(input.type === 'command' && input.command === 'new')) {
    const step = (DIALOGUE_STEPS as readonly string[]).includes(live.step) ? (live.step as DialogueStep) : 'kind';
    turn = continueDialogue(ctx, step, JSON.parse(live.draft) as Draft, input);
  } else if (!live && input.type === 'command' && input.command === 'cancel') {
    return finish([text(say.nothingToCancel)]);
  } else if (!live && input.type === 'text' && open.length > 0) {
    return addToOpenCase(deps, open, input.text, finish);
  } else {
    turn = startDialogue(
      ctx,
      input.type === 'command' ? { type: 'other' } : input,
      conversation && !live ? say.expired : undefined,
    );
  }

  if (turn.submit) return fileCase(deps, site, userId, event, turn.draft, options);
  await db.transaction().execute(async (trx) => {
    if (turn.step === null) await deleteConversation(trx, site.id, userId);
    else {
      await saveConversation(trx, {
        siteId: site.id,
        lineUserId: userId,
        step: turn.step,
        draft: JSON.stringify(turn.draft),
        expiresAt: new Date(now.getTime() + DIALOGUE_TIMEOUT_MS).toISOString(),
        at: now.toISOString(),
      });
    }
    await options.done(trx);
  });
  return { replies: turn.replies };
}

/** A message naming one of the citizen's tracking codes goes to that case; any other to the newest open one. */
async function addToOpenCase(
  deps: UseCaseDeps,
  open: { id: number; tracking_code: string }[],
  value: string,
  finish: (replies: LineMessage[]) => Promise<Handled>,
): Promise<Handled> {
  const named = open.find((c) => value.toUpperCase().includes(c.tracking_code.toUpperCase()));
  const target = named ?? open[0]!;
  const row = await findCaseById(deps.db.kysely, target.id);
  if (row) await addCitizenMessage(deps, row, Array.from(value).slice(0, LIMITS.messageMax).join(''));
  return finish([text(say.messageAdded(target.tracking_code), buttons.afterCase())]);
}

async function fileCase(
  deps: UseCaseDeps,
  site: Site,
  userId: string,
  event: LineEvent,
  draft: Draft,
  options: HandleOptions,
): Promise<Handled> {
  const db = deps.db.kysely;
  const at = deps.clock.now().toISOString();
  let result: Awaited<ReturnType<typeof submitPost>>;
  try {
    result = await submitPost(
      deps,
      site,
      {
        kind: draft.kind as (typeof CASE_KINDS)[number],
        category: draft.category ?? undefined,
        title: draftTitle(draft),
        body: draftBody(draft, LIMITS.bodyMax),
        location: draft.location ?? undefined,
        contact: draft.contact,
        notify: true,
        consent: true,
      },
      // A redelivered or retried "send" replays the same case instead of filing a second one.
      { channel: 'line', idempotencyKey: `line:${event.webhookEventId}` },
    );
  } catch (error) {
    if (error instanceof UseCaseError && error.code === 'gone') {
      // The site was archived: the draft can be filed nowhere, so it goes, and the citizen is told where to turn.
      await db.transaction().execute(async (trx) => {
        await deleteConversation(trx, site.id, userId);
        await options.done(trx);
      });
      return { replies: [text(error.message)] };
    }
    if (!(error instanceof UseCaseError) || error.code !== 'invalid') throw error;
    await db.transaction().execute(options.done);
    return { replies: [text(say.invalid(error.message), buttons.confirm())] };
  }
  await db.transaction().execute(async (trx) => {
    await linkLineContact(trx, { caseId: result.id, siteId: site.id, lineUserId: userId, notify: true, at });
    await deleteConversation(trx, site.id, userId);
    await options.done(trx);
  });
  const link = options.publicBase
    ? `${options.publicBase}/#cb-track=${encodeURIComponent(result.trackingCode)}&cb-key=${encodeURIComponent(result.accessKey)}`
    : null;
  return {
    replies: [text(say.received(result.trackingCode, result.state === 'held', link, result.accessKey), buttons.afterCase())],
    filed: { caseId: result.id, trackingCode: result.trackingCode },
  };
}
