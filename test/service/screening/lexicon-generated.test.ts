// The lists derive-protected.ts generates from the dictionary must match the lexicon they were derived from: a title,
// kinship or profanity entry added without re-running it leaves words unguarded (round 3 added เจ้า… without it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveLists } from '../../../service/src/screening/lexicon/derive-protected.js';

const committed = (name: string) =>
  new Set(
    (
      JSON.parse(readFileSync(new URL(`../../../service/src/screening/lexicon/${name}`, import.meta.url), 'utf8')) as {
        words: string[];
      }
    ).words,
  );

describe('the generated lexicon lists', () => {
  const derived = deriveLists();

  it.each([
    ['protected.json', derived.protectedWords],
    ['title-words.json', derived.titleWords],
    ['inner-title-words.json', derived.innerTitleWords],
    ['consonant-words.json', derived.consonantWords],
  ] as const)('%s is what derive-protected.ts makes of the lexicon now (re-run it after a lexicon change)', (name, words) => {
    const now = new Set(words);
    const file = committed(name);
    expect({ missing: [...now].filter((w) => !file.has(w)), extra: [...file].filter((w) => !now.has(w)) }).toEqual({
      missing: [],
      extra: [],
    });
  });
});
