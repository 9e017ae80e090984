// The chat dialogue that files a case: which slot is missing, what the citizen's input fills, what to ask next. Pure.
import { buttons, say, text, type Choice } from './line-texts.js';
import type { LineMessage } from '../../notify/channels/line.channel.js';

export const DIALOGUE_STEPS = ['kind', 'category', 'location', 'details', 'contact', 'confirm'] as const;
export type DialogueStep = (typeof DIALOGUE_STEPS)[number];

export interface Draft {
  kind?: string;
  /** null: the citizen skipped it. */
  category?: string | null;
  location?: { text?: string; lat?: number; lng?: number } | null;
  body: string[];
  contact?: { phone?: string; email?: string };
}

export const COMMANDS = ['send', 'cancel', 'skip', 'new', 'status', 'stop', 'notify'] as const;
export type Command = (typeof COMMANDS)[number];

export type ChatInput =
  | { type: 'text'; text: string }
  | { type: 'choice'; field: 'kind' | 'category'; value: string }
  | { type: 'command'; command: Command }
  | { type: 'location'; text?: string; lat: number; lng: number }
  | { type: 'image' }
  | { type: 'other' };

export interface DialogueContext {
  siteName: string;
  kinds: readonly Choice[];
  categories: readonly Choice[];
  contactRequiredKinds: readonly string[];
  privacy: string;
}

export interface Turn {
  /** null: the dialogue is over (filed or cancelled). */
  step: DialogueStep | null;
  draft: Draft;
  replies: LineMessage[];
  submit?: boolean;
}

/** Words that mean a command, Thai and English; a quick-reply postback carries the same command as data. */
const COMMAND_WORDS: Record<string, Command> = {
  ส่ง: 'send',
  ส่งเรื่อง: 'send',
  ยืนยัน: 'send',
  send: 'send',
  submit: 'send',
  ยกเลิก: 'cancel',
  cancel: 'cancel',
  ข้าม: 'skip',
  skip: 'skip',
  แจ้งเรื่องใหม่: 'new',
  เรื่องใหม่: 'new',
  new: 'new',
  สถานะ: 'status',
  status: 'status',
  หยุดแจ้งเตือน: 'stop',
  stop: 'stop',
  รับแจ้งเตือน: 'notify',
  notify: 'notify',
};

/** Opening words that are not yet a description of the problem. */
const GREETINGS = new Set(['สวัสดี', 'สวัสดีครับ', 'สวัสดีค่ะ', 'สวัสดีคะ', 'hi', 'hello', 'แจ้งเรื่อง', 'ร้องเรียน', 'start', 'menu', 'เมนู']);

const fold = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

export function commandOf(value: string): Command | undefined {
  return COMMAND_WORDS[fold(value).replace(/^\/+/, '')];
}

export function isGreeting(value: string): boolean {
  return GREETINGS.has(fold(value).replace(/[!.~ๆ]+$/u, ''));
}

/** A typed answer to a choice: the code, the Thai or English name, or its number in the list. */
export function matchChoice(value: string, choices: readonly Choice[]): string | undefined {
  const v = fold(value);
  const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
  if (n >= 1 && n <= choices.length) return choices[n - 1]!.code;
  const exact = choices.find((c) => [c.code, c.th, c.en].some((name) => fold(name) === v));
  if (exact) return exact.code;
  // A quick-reply label LINE showed shortened ("ไฟฟ้าส่องสว่างสาธาร…"), typed back as it was shown.
  const shown = v.replace(/…$/, '');
  if (shown === v || Array.from(shown).length < 4) return undefined;
  const byPrefix = choices.filter((c) => [c.th, c.en].some((name) => fold(name).startsWith(shown)));
  return byPrefix.length === 1 ? byPrefix[0]!.code : undefined;
}

export function nextStep(draft: Draft, ctx: DialogueContext): DialogueStep {
  if (!draft.kind) return 'kind';
  if (ctx.categories.length > 0 && draft.category === undefined) return 'category';
  if (draft.location === undefined) return 'location';
  if (draft.body.length === 0) return 'details';
  if (ctx.contactRequiredKinds.includes(draft.kind) && !draft.contact) return 'contact';
  return 'confirm';
}

const clipChars = (value: string, max: number) => Array.from(value).slice(0, max).join('');

/** The case's title: the first line of what the citizen wrote, shortened. */
export function draftTitle(draft: Draft): string {
  const first = draft.body.join('\n').trim().split('\n')[0]!.trim();
  const title = clipChars(first, 80);
  return title.length < first.length ? `${title}…` : title;
}

export function draftBody(draft: Draft, max: number): string {
  return clipChars(draft.body.join('\n').trim(), max);
}

function summary(draft: Draft, ctx: DialogueContext): string {
  const kind = ctx.kinds.find((k) => k.code === draft.kind);
  const category = ctx.categories.find((c) => c.code === draft.category);
  const where = draft.location?.text ?? (draft.location ? `${draft.location.lat}, ${draft.location.lng}` : '-');
  const body = draftBody(draft, 5000);
  return [
    `ประเภท / Kind: ${kind ? `${kind.th} (${kind.en})` : '-'}`,
    `เรื่อง / Category: ${category ? `${category.th} (${category.en})` : '-'}`,
    `สถานที่ / Location: ${where}`,
    `รายละเอียด / Details: ${Array.from(body).length > 300 ? `${clipChars(body, 300)}…` : body}`,
  ].join('\n');
}

export function prompt(step: DialogueStep, draft: Draft, ctx: DialogueContext): LineMessage {
  switch (step) {
    case 'kind':
      return text(say.askKind, buttons.kinds(ctx.kinds));
    case 'category':
      return text(say.askCategory, buttons.categories(ctx.categories));
    case 'location':
      return text(say.askLocation, buttons.location());
    case 'details':
      return text(say.askDetails, buttons.details());
    case 'contact':
      return text(say.askContact, buttons.details());
    case 'confirm':
      return text(say.confirm(summary(draft, ctx), ctx.privacy), buttons.confirm());
  }
}

/** A phone number (Thai forms, 9-10 digits) or an email address; undefined if it is neither. */
export function parseContact(value: string): Draft['contact'] | undefined {
  const v = value.trim();
  if (/^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/.test(v)) return { email: v };
  const digits = v.replace(/[\s\-()]/g, '').replace(/^\+66/, '0');
  if (/^0\d{8,9}$/.test(digits)) return { phone: digits };
  return undefined;
}

function ask(draft: Draft, ctx: DialogueContext, before: LineMessage[] = []): Turn {
  const step = nextStep(draft, ctx);
  return { step, draft, replies: [...before, prompt(step, draft, ctx)] };
}

/** The first message of a dialogue: a description is kept, a greeting is not. */
export function startDialogue(ctx: DialogueContext, input: ChatInput, lead: string = say.welcome(ctx.siteName)): Turn {
  const opening = text(lead);
  const fresh: Draft = { body: [] };
  const openingKind = input.type === 'text' ? matchChoice(input.text, ctx.kinds) : undefined;
  if (openingKind) fresh.kind = openingKind;
  else if (input.type === 'text' && !isGreeting(input.text)) fresh.body.push(input.text);
  if (input.type === 'location') fresh.location = locationOf(input);
  if (input.type === 'choice' && input.field === 'kind' && ctx.kinds.some((k) => k.code === input.value))
    fresh.kind = input.value;
  const turn = ask(fresh, ctx, [opening]);
  if (input.type === 'image') turn.replies.splice(1, 0, text(say.photosNotYet));
  return turn;
}

function locationOf(input: { text?: string; lat: number; lng: number }): NonNullable<Draft['location']> {
  return { ...(input.text ? { text: clipChars(input.text, 300) } : {}), lat: input.lat, lng: input.lng };
}

/** One more input in a dialogue that is at `step`. */
export function continueDialogue(ctx: DialogueContext, step: DialogueStep, current: Draft, input: ChatInput): Turn {
  const draft: Draft = { ...current, body: [...current.body] };
  switch (input.type) {
    case 'command':
      if (input.command === 'cancel') return { step: null, draft, replies: [text(say.cancelled)] };
      if (input.command === 'send') {
        // "Send" files now: what is optional and not yet given (category, place) counts as skipped.
        if (draft.kind && draft.body.length > 0) {
          if (draft.category === undefined) draft.category = null;
          if (draft.location === undefined) draft.location = null;
        }
        return nextStep(draft, ctx) === 'confirm' ? { step: 'confirm', draft, replies: [], submit: true } : ask(draft, ctx);
      }
      if (input.command === 'skip') {
        if (step === 'category') draft.category = null;
        if (step === 'location') draft.location = null;
      }
      return ask(draft, ctx);
    case 'choice':
      if (input.field === 'kind' && ctx.kinds.some((k) => k.code === input.value)) draft.kind = input.value;
      if (input.field === 'category' && ctx.categories.some((c) => c.code === input.value)) draft.category = input.value;
      return ask(draft, ctx);
    case 'location':
      draft.location = locationOf(input);
      return ask(draft, ctx);
    case 'image':
      return ask(draft, ctx, [text(say.photosNotYet)]);
    case 'other':
      return ask(draft, ctx, [text(say.unsupported)]);
    case 'text':
      return continueWithText(ctx, step, draft, input.text);
  }
}

function continueWithText(ctx: DialogueContext, step: DialogueStep, draft: Draft, value: string): Turn {
  if (step === 'kind') {
    const kind = matchChoice(value, ctx.kinds);
    if (kind) draft.kind = kind;
    else draft.body.push(value);
  } else if (step === 'category') {
    const category = matchChoice(value, ctx.categories);
    if (category) draft.category = category;
    else draft.body.push(value);
  } else if (step === 'location') {
    draft.location = { text: clipChars(value, 300) };
  } else if (step === 'contact') {
    const contact = parseContact(value);
    if (!contact) return { step, draft, replies: [text(say.badContact, buttons.details())] };
    draft.contact = contact;
  } else {
    draft.body.push(value);
  }
  return ask(draft, ctx);
}
