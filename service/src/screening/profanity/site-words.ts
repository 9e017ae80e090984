// Per-site blocked and allowed words, compiled once per settings object rather than on every post.
import type { Trie } from '../match/trie.js';
import type { ScreeningSettings } from '../types.js';
import { buildEntryTrie, buildWordTrie, type LexiconEntry } from './lexicon.js';

export interface SiteWordTries {
  blocked: Trie<LexiconEntry> | undefined;
  allowed: Trie<string> | undefined;
}

const cache = new WeakMap<object, SiteWordTries>();
const NONE: SiteWordTries = { blocked: undefined, allowed: undefined };

export function siteWordTries(settings: ScreeningSettings): SiteWordTries {
  const { blockedWords, allowedWords } = settings;
  if (!blockedWords?.length && !allowedWords?.length) return NONE;
  const cached = cache.get(settings);
  if (cached) return cached;
  const blocked = blockedWords?.length
    ? buildEntryTrie(
        blockedWords.map((word) => ({
          word,
          tier: 'always',
          severity: 'medium',
          lang: /[a-z]/i.test(word) ? 'en' : 'th',
          variants: [],
        })),
      )
    : undefined;
  const allowed = allowedWords?.length ? buildWordTrie(allowedWords) : undefined;
  const compiled = { blocked, allowed };
  cache.set(settings, compiled);
  return compiled;
}
