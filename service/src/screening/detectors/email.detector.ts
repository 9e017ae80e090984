// E-mail addresses, written normally or spelled out to dodge filters ("somchai แอท gmail ดอท คอม").
import type { Candidate, Detector } from '../detector.js';
import { piiWords } from '../pii/pii-lexicon.js';

const PLAIN =
  /[a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_])?\s?@\s?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\s?\.\s?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\s?\.\s?[a-z]{2,}/g;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]) =>
  words
    .map(escape)
    .sort((a, b) => b.length - a.length)
    .join('|');

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
  'g',
);

export const emailDetector: Detector = {
  name: 'email',
  detect({ norm }) {
    const text = norm.text;
    const out: Candidate[] = [];
    if (text.includes('@')) {
      for (const m of text.matchAll(PLAIN)) {
        out.push({
          kind: 'pii',
          type: 'email',
          start: m.index,
          end: m.index + m[0].length,
          severity: 'medium',
          rule: 'email.address',
        });
      }
    }
    // The spelled-out pattern is costly to try at every letter; most posts have no at-word at all.
    if (!piiWords.emailAt.some((w) => w !== '@' && text.includes(w))) return out;
    for (const m of text.matchAll(SPELLED)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((c) => c.start < end && c.end > start)) continue;
      out.push({ kind: 'pii', type: 'email', start, end, severity: 'medium', rule: 'email.spelled' });
    }
    return out;
  },
};
