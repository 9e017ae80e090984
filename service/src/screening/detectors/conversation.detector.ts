// A conversation between private persons (SPEC section 3, "other holds"), held only where a site asks for it.
import conversationData from '../lexicon/conversation.json' with { type: 'json' };
import type { Candidate, Detector } from '../detector.js';
import { isLatinLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';

const words = (list: readonly string[]) => list.map((w) => normaliseText(w).text);
const OPENERS = words(conversationData.openers);
const REPLIES = words(conversationData.replies);
const CHAT = words(conversationData.chat);
const PRONOUNS = words(conversationData.pronouns);
const TOPICS = words(conversationData.topics);

const STRONG = 2;
const WEAK = 1;
const MAX_AGAINST = 3;
/** A post holds at this score: one strong sign and one weak one, or three weak ones. */
const HOLD_SCORE = 3;
/** An opener counts only at the start of the post or of a line (a vocative), give or take a quote or a space. */
const OPENER_REACH = 3;
/** "@bee_23", "@นุ่น": a mention, not an e-mail address (nothing word-like before the @). */
const MENTION = /(?<![\p{L}\p{N}._-])@[\p{L}\p{M}\p{N}_.]{2,30}/u;

interface Sign {
  name: string;
  start: number;
  end: number;
}

/** First occurrence of a word as a whole word (Latin words need Latin boundaries), or -1. */
function wordAt(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const latin = isLatinLetter(word.charCodeAt(0));
    if (!latin) return at;
    const end = at + word.trimEnd().length;
    if (!isLatinLetter(text.charCodeAt(at - 1)) && !isLatinLetter(text.charCodeAt(end))) return at;
  }
  return -1;
}

function opener(text: string): Sign | undefined {
  for (let line = 0; line >= 0 && line < text.length; line = text.indexOf('\n', line + 1)) {
    const from = line === 0 ? 0 : line + 1;
    for (const w of OPENERS) {
      const at = text.indexOf(w, from);
      if (at >= 0 && at - from <= OPENER_REACH) return { name: 'opener', start: at, end: at + w.trimEnd().length };
    }
    if (line === 0 && text.indexOf('\n') < 0) break;
  }
  return undefined;
}

function firstOf(text: string, list: readonly string[], name: string): Sign | undefined {
  for (const w of list) {
    const at = wordAt(text, w);
    if (at >= 0) return { name, start: at, end: at + w.trimEnd().length };
  }
  return undefined;
}

export const conversationDetector: Detector = {
  name: 'conversation',
  detect({ norm: { text }, settings }) {
    if (!settings.holdConversations) return [];
    const signs: Sign[] = [];
    let score = 0;
    const mention = MENTION.exec(text);
    if (mention) signs.push({ name: 'mention', start: mention.index, end: mention.index + mention[0].length });
    const open = opener(text);
    if (open) signs.push(open);
    const reply = firstOf(text, REPLIES, 'reply');
    if (reply) signs.push(reply);
    score += signs.length * STRONG;
    let chats = 0;
    for (const w of CHAT) {
      const at = wordAt(text, w);
      if (at < 0) continue;
      if (chats++ === 0) signs.push({ name: 'chat', start: at, end: at + w.length });
      score += WEAK;
    }
    const pronoun = firstOf(text, PRONOUNS, 'pronoun');
    if (pronoun) {
      signs.push(pronoun);
      score += WEAK;
    }
    let against = 0;
    for (const w of TOPICS) if (against < MAX_AGAINST && wordAt(text, w) >= 0) against++;
    score -= against;
    if (score < HOLD_SCORE || signs.length === 0) return [];
    // The span is the strongest sign (the mention, the greeting, the reply): what a moderator reads first.
    const cue = signs[0]!;
    const candidate: Candidate = {
      kind: 'conversation',
      type: 'private_conversation',
      start: cue.start,
      end: cue.end,
      severity: 'low',
      rule: `site.holdConversations:${[...new Set(signs.map((s) => s.name))].join('+')}`,
    };
    return [candidate];
  },
};
