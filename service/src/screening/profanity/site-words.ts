// Per-site blocked and allowed words, compiled once per distinct word lists rather than on every post.
import type { Trie } from '../match/trie.js';
import { SettingsCache } from '../settings-cache.js';
import type { ScreeningSettings } from '../types.js';
import { buildEntryTrie, buildWordTrie, type LexiconEntry } from './lexicon.js';

export interface SiteWordTries {
  blocked: Trie<LexiconEntry> | undefined;
  allowed: Trie<string> | undefined;
}

const cache = new SettingsCache<SiteWordTries>();
const NONE: SiteWordTries = { blocked: undefined, allowed: undefined };

export function siteWordTries(settings: ScreeningSettings): SiteWordTries {
  const { blockedWords, allowedWords } = settings;
  if (!blockedWords?.length && !allowedWords?.length) return NONE;
  const key = SettingsCache.keyOf(blockedWords, allowedWords);
  const cached = cache.get(key);
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
  cache.set(key, compiled);
  return compiled;
}
