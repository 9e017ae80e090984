// E-mail addresses, written normally or spelled out to dodge filters ("somchai แอท gmail ดอท คอม").
import type { Candidate, Detector } from '../detector.js';
import { contactOwner, theirOnly } from '../pii/contact-owner.js';
import { alternation, piiWords, round20Patterns } from '../pii/pii-lexicon.js';
import { OWN, sharedMask } from '../span-mask.js';

// Both patterns are tried only at chosen starts (sticky, see startsOf): scanned with /g, their [class]* local part
// was retried from every position of a long run of letters, which is quadratic ("ab" x 5,000 then "@").
// The suffix ends the address: "Line ID @mark.pattaya77" is a LINE handle, not the address id@mark.pattaya (round 18).
const PLAIN =
  /[a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_])?\s?@\s?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\s?\.\s?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\s?\.\s?[a-z]{2,}(?![a-z0-9])/y;

const alt = alternation;

// A bare Latin word ("at", "dot") counts only between spaces, so "whatever.com" is not "wh at ever . com".
function joiner(words: readonly string[]): string {
  const bare = words.filter((w) => /^[a-z]+$/.test(w));
  const marked = words.filter((w) => !/^[a-z]+$/.test(w));
  return `(?:\\s*(?:${alt(marked)})\\s*${bare.length ? `|\\s+(?:${alt(bare)})\\s+` : ''})`;
}

// local-part, an "at" word, a domain (Latin or a Thai-spelled provider), one or two "dot" + suffix steps.
const SPELLED = new RegExp(
  `[a-z0-9][a-z0-9._-]*${joiner(piiWords.emailAt)}(?:${alt(piiWords.emailSpelledDomains)}|[a-z0-9-]+)` +
    `(?:${joiner(piiWords.emailDot)}(?:${alt(piiWords.emailTld)})){1,2}(?![a-z])`,
  'y',
);

const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/** [a-z0-9._%+-]: the plain local part's characters. */
const isPlainLocal = (c: number) => isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
/** [a-z0-9._-]: the spelled local part's characters. */
const isSpelledLocal = (c: number) => isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x2d;

/**
 * A character class as a table over ASCII: startsOf reads every character of the post twice (plain and spelled), and
 * a predicate passed as an argument was called there rather than inlined (a tenth of a 2,000-character post's time).
 */
type CharTable = Uint8Array;
function tableOf(inClass: (c: number) => boolean): CharTable {
  const table = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) table[c] = inClass(c) ? 1 : 0;
  return table;
}
const PLAIN_LOCAL = tableOf(isPlainLocal);
const SPELLED_LOCAL = tableOf(isSpelledLocal);
/** Past the end charCodeAt is NaN: not below 0x80, so not in the class. */
const inTable = (table: CharTable, c: number) => c < 0x80 && table[c] === 1;

/**
 * Runs a sticky pattern whose match starts with [a-z0-9] followed by a run of `inRun` characters, at the first
 * [a-z0-9] of each maximal run of such characters, left to right like matchAll.
 *
 * Trying one start per run finds what the /g scan found: a later start in the same run can only end its local part
 * at one of the same places (the run's end, since what follows the local part, \s, @ or an at-word, is not a
 * run character), so it succeeds only if the first start does. Each run is read a bounded number of times, so the
 * whole scan is linear. `mustFollow` skips runs that the pattern cannot use at all (PLAIN needs an @ after them).
 * The matches are written to `spans` as start, end pairs.
 */
function startsOf(
  text: string,
  pattern: RegExp,
  inRun: CharTable,
  mustFollow: ((text: string, runEnd: number) => boolean) | undefined,
  spans: number[],
): number[] {
  // A plain function filling a reused array of start, end pairs: as a generator it ran ~3x slower per character.
  spans.length = 0;
  let i = 0;
  while (i < text.length) {
    if (!inTable(inRun, text.charCodeAt(i))) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < text.length && inTable(inRun, text.charCodeAt(runEnd))) runEnd++;
    let first = i;
    while (first < runEnd && !isAlnum(text.charCodeAt(first))) first++;
    let next = runEnd;
    if (first < runEnd && (!mustFollow || mustFollow(text, runEnd))) {
      pattern.lastIndex = first;
      const m = pattern.exec(text);
      if (m) {
        const end = first + m[0].length;
        spans.push(first, end);
        // Like matchAll, carry on from the end of the match (which may lie inside a later run).
        next = Math.max(end, first + 1);
      }
    }
    i = next;
  }
  return spans;
}

/** The pairs startsOf writes, reused by every call (screening is synchronous). */
const spanBuffer: number[] = [];

const WHITE_SPACE = /\s/;
/** A LINE word as the local part, white space before the @. Round 19: OA (a LINE Official Account: ไลน์ OA @coop.maerim). */
// Round 23: "the official LINE account is @surat.city": an English word before a spaced @ is the sentence's, and the
// @handle a LINE or social account.
const LINE_HANDLE = /^(?:line|lineid|id|oa|is|at|on|via|to|me|us|account|handle|page)\s@/;
const AT = 0x40;
/** PLAIN needs "@" or one white-space character and "@" right after the local part. */
const atFollows = (text: string, runEnd: number) =>
  text.charCodeAt(runEnd) === AT || (WHITE_SPACE.test(text.charAt(runEnd)) && text.charCodeAt(runEnd + 1) === AT);

/**
 * SPELLED needs an at-word right after its local part, white space between at most. No at-word starts with a local
 * part's character or white space, so the local part (greedy from the run's first start) can only end at the run's
 * end, and the first character after the white space there must begin some at-word: a run with anything else after
 * it ("at" in an English sentence is everywhere) is skipped without running the pattern. Were a word ever added that
 * starts with such a character, the test is switched off rather than made wrong.
 */
const AT_FIRST = new Set(piiWords.emailAt.map((w) => w.charCodeAt(0)));
const atWordsStartClean = piiWords.emailAt.every(
  (w) => w.length > 0 && !isSpelledLocal(w.charCodeAt(0)) && !WHITE_SPACE.test(w.charAt(0)),
);
const atWordFollows = atWordsStartClean
  ? (text: string, runEnd: number) => {
      let p = runEnd;
      while (p < text.length && WHITE_SPACE.test(text.charAt(p))) p++;
      return AT_FIRST.has(text.charCodeAt(p));
    }
  : undefined;

/** How close before its e-mail word a person's word still owns the address (my email, his e-mail, อีเมลของผม). */
const OWN_WORD_GAP = 2;
const LOCAL_PART = /^[a-z0-9._%+-]+/;
const SPACES = /\s+/g;

/**
 * An office's own address by its shape: a role mailbox (saraban@, info@, complaint@; saraban.nongbua@ on a free
 * provider), or (officeDomain) a domain only offices hold (…go.th, …ac.th, …or.th, .gov).
 */
const localPart = (address: string) => LOCAL_PART.exec(address)?.[0] ?? '';
const roleMailbox = (address: string) => piiWords.roleMailboxes.has(localPart(address));
const LOCAL_LETTER = /[a-z0-9]/;

/** Free providers anyone signs up to: an address there is a person's unless an office owns it at its e-mail word. */
const PERSONAL_PROVIDERS = /@\s*(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|proton|protonmail)\b/;
const personalProvider = (address: string) => PERSONAL_PROVIDERS.test(address);

/** A domain only offices hold, or saraban (official correspondence) beginning the address on any domain. */
function officeDomain(address: string): boolean {
  const local = localPart(address);
  if (piiWords.roleMailboxPrefixes.some((w) => local.startsWith(w) && !LOCAL_LETTER.test(local.charAt(w.length)))) return true;
  const domain = domainOf(address);
  return domain !== undefined && piiWords.publicEmailDomains.some((d) => domain === d || domain.endsWith('.' + d));
}

/** The address's domain without spaces, or undefined when it has no @. */
function domainOf(address: string): string | undefined {
  const at = address.indexOf('@');
  return at < 0 ? undefined : address.slice(at + 1).replace(SPACES, '');
}

/** An address on a domain only registered companies hold (companyEmailDomains). */
function companyDomain(address: string): boolean {
  const domain = domainOf(address);
  return domain !== undefined && piiWords.companyEmailDomains.some((d) => domain.endsWith('.' + d));
}

/**
 * Round 13: whose address it is. A person's word in its owner slot (อีเมลส่วนตัว, เมลผม) or right before its e-mail
 * word (my email) keeps it held whatever its shape; otherwise an office's shape (roleMailbox, officeDomain) or an office as its
 * owner (อีเมลกองช่าง …@gmail.com, the municipality's complaint desk at …) publishes it.
 */
const SENT_TO_BEFORE =
  /(?:e-?mailed|wrote to|sent (?:it |an? e-?mail )?to|ส่งเมล(?:ไป)?|ส่งอีเมล(?:ไป)?|อีเมลไป|เมลไป)[^.!?\n]{0,40}$/;
const SENT_TO_REACH = 56;

function publishedByOffice(text: string, start: number, end: number): boolean {
  const address = text.slice(start, end);
  const office = officeDomain(address);
  // Round 21: "I emailed the address on your website, saraban@….go.th": an office's address the poster wrote to; the
  // "I" is the sender, not its owner.
  if (office && SENT_TO_BEFORE.test(text.slice(Math.max(0, start - SENT_TO_REACH), start))) return true;
  const { owner, fromSlot, gap } = contactOwner(text, start, piiWords.emailContactWords);
  // Round 23: "the school office email on their website, info@….ac.th": "their" of an office's own address is the office's.
  const theirs = owner === 'person' && office && theirOnly(text.slice(Math.max(0, start - THEIR_REACH), start));
  if (owner === 'person' && (fromSlot || gap <= OWN_WORD_GAP) && !theirs) return false;
  if (office) return true;
  // Round 20: ส่งไปตี้อีเมลกองสาธารณสุขแล้ว… ตอบมาตี้ jantip…@yahoo.com: an address asked to be answered at is the poster's,
  // whatever office was written to before it (an office's domain aside).
  if (REPLY_TO.test(text.slice(Math.max(0, start - REPLY_REACH), start))) return false;
  // A role mailbox on a domain anyone may hold (admin@somchai.me): a person nearest before it owns it. On a company's
  // domain it is the company's (round 17: ติดต่อผู้รับเหมาได้ที่ contact@…co.th).
  if (roleMailbox(address) && (owner !== 'person' || companyDomain(address))) return true;
  // A free provider's address (gmail, yahoo, hotmail, outlook…) is a person's unless an office is named as its owner at
  // the e-mail word itself (อีเมลกองช่าง …@gmail.com): an office read further back is whom the post writes to.
  return owner === 'office' && (fromSlot || !personalProvider(address));
}

/** "Reply to", "send it back to", "contact me at" (pii-context.json `replyToThai`, `replyToEnglish`). */
const REPLY_TO = round20Patterns.replyTo;
const REPLY_REACH = 24;
const THEIR_REACH = 64;

export const emailDetector: Detector = {
  name: 'email',
  detect({ norm }) {
    const text = norm.text;
    const out: Candidate[] = [];
    if (text.includes('@')) {
      const spans = startsOf(text, PLAIN, PLAIN_LOCAL, atFollows, spanBuffer);
      for (let k = 0; k < spans.length; k += 2) {
        // "LINE @washnfold.cm", "line id @ploy.cm": a LINE word and a spaced @ introduce a LINE handle (round 18).
        if (LINE_HANDLE.test(text.slice(spans[k]!, spans[k + 1]!))) continue;
        if (publishedByOffice(text, spans[k]!, spans[k + 1]!)) continue;
        out.push({ kind: 'pii', type: 'email', start: spans[k]!, end: spans[k + 1]!, severity: 'medium', rule: 'email.address' });
      }
    }
    // The spelled-out pattern is costly to try at every letter; most posts have no at-word at all.
    if (!piiWords.emailAt.some((w) => w !== '@' && text.includes(w))) return out;
    const claimed = sharedMask.reset(text.length).addAll(out, OWN);
    const spans = startsOf(text, SPELLED, SPELLED_LOCAL, atWordFollows, spanBuffer);
    for (let k = 0; k < spans.length; k += 2) {
      const start = spans[k]!;
      const end = spans[k + 1]!;
      if (claimed.overlaps(start, end, OWN) || publishedByOffice(text, start, end)) continue;
      out.push({ kind: 'pii', type: 'email', start, end, severity: 'medium', rule: 'email.spelled' });
    }
    return out;
  },
};
