// Derives the protected-word list (and two helper lists) from the wordcut Thai dictionary; run on demand, output committed.
// Usage: node --import tsx service/src/screening/lexicon/derive-protected.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spelledLetters } from '../profanity/letter-variants.js';
import { spelledTones, toneVariants } from '../profanity/tone-variants.js';
import { spelledSounds } from '../profanity/sound-variants.js';
import { normaliseText } from '../normalise/normalise-text.js';

interface Entry {
  word: string;
  variants: string[];
  lang: string;
  tier: string;
}
interface Review {
  add: string[];
  remove: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(here, name), 'utf8')) as T;

/** Every word of every wordcut dictionary file: the standard list plus proper nouns, places and loanwords. */
function loadDictionary(): string[] {
  const pkg = createRequire(import.meta.url).resolve('wordcut/package.json');
  const dataDir = join(dirname(pkg), 'data');
  const words = new Set<string>();
  for (const file of readdirSync(dataDir)) {
    if (!file.endsWith('.txt')) continue;
    for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
      const w = line.trim();
      if (w && /[\u0e00-\u0e7f]/.test(w)) words.add(w.normalize('NFC'));
    }
  }
  return [...words];
}

const thaiSort = (a: string, b: string) => a.localeCompare(b, 'th');

/**
 * Dictionary words that a spelling rule makes of the lexicon's Thai entries `keep` accepts (each entry's word and
 * variants, normalised): the variant modules keep these out of the lexicon, and tests keep their lists equal to these.
 */
function spelledDictionaryWords(keep: (e: Entry) => boolean, spell: (form: string, e: Entry) => readonly string[]): string[] {
  const dictionary = new Set(loadDictionary().map((w) => normaliseText(w).text));
  const { entries } = readJson<{ entries: Entry[] }>('profanity.json');
  const spelled = new Set<string>();
  for (const e of entries)
    if (e.lang === 'th' && keep(e))
      for (const w of [e.word, ...e.variants])
        for (const v of spell(normaliseText(w).text, e)) if (dictionary.has(v)) spelled.add(v);
  return [...spelled].sort(thaiSort);
}

const insultTiers = (e: Entry) => e.tier === 'always' || e.tier === 'insult';

/** Round 19: dictionary words that the lexicon's tone spellings would spell (tone-variants.ts keeps them out). */
export const toneVariantWords = (): string[] => spelledDictionaryWords(() => true, spelledTones);

/** Round 21: dictionary words that the lexicon's look-alike consonant spellings would spell (letter-variants.ts keeps them out). */
export const letterVariantWords = (): string[] =>
  spelledDictionaryWords(insultTiers, (form, e) => spelledLetters(form, e.tier === 'always'));

/** Round 27: dictionary words that the lexicon's sound-alike spellings would spell (sound-variants.ts keeps them out). */
export const soundVariantWords = (): string[] => spelledDictionaryWords(insultTiers, spelledSounds);

/** The four lists, computed from the dictionary and the lexicon as they are now (the test compares them with the committed files). */
export function deriveLists() {
  const dictionary = loadDictionary();
  const { entries } = readJson<{ entries: Entry[] }>('profanity.json');
  const review = readJson<Review>('protected-review.json');

  const listed = entries.filter((e) => e.lang === 'th').flatMap((e) => [e.word, ...e.variants]);
  // Round 19: the tone spellings the lexicon adds (profanity/tone-variants.ts) are read in posts too (เก่ง → เก๋ง, a car).
  const toned = listed.flatMap((w) => toneVariants(normaliseText(w).text)).filter((w) => !listed.includes(w));
  const profane = new Set([...listed, ...toned]);
  const removed = new Set(review.remove);
  const protectedWords = new Set<string>();
  const reasons = new Map<string, string>();
  // Round 18: the gazetteer's subdistrict, district and province names are words too (สะเมิง holds เมิง), and the
  // dictionary lacks most of them.
  const places = readJson<{ names: string[] }>('places-th.json').names;
  for (const word of [...dictionary, ...places]) {
    if (profane.has(word) || removed.has(word)) continue;
    for (const form of profane) {
      if (word.includes(form)) {
        protectedWords.add(word);
        reasons.set(word, form);
        break;
      }
    }
  }
  // A word abusive anywhere that ends in a consonant after its vowel can lose that consonant to a cluster starting the
  // next word (เสือ|กลับ read as เสือก|ลับ, ไอ้เสือกลับบ้าน; แม่|งวด): where the rest is itself a word, protect it joined
  // to every dictionary word that starts with that cluster. Insult-tier words need aiming anyway.
  const words = new Set(dictionary);
  const consonant = (c: string) => c >= '\u0e01' && c <= '\u0e2e';
  const alwaysForms = entries.filter((e) => e.lang === 'th' && e.tier === 'always').flatMap((e) => [e.word, ...e.variants]);
  for (const form of alwaysForms) {
    const last = form.at(-1)!;
    const stem = form.slice(0, -1);
    if (stem.length < 3 || !consonant(last) || last === 'อ' || !words.has(stem)) continue;
    for (const word of dictionary) {
      if (word.length < 3 || word[0] !== last || !'รลว'.includes(word[1]!) || profane.has(stem + word)) continue;
      protectedWords.add(stem + word);
      reasons.set(stem + word, `${stem}|${word}`);
    }
  }
  for (const word of review.add) protectedWords.add(word);
  // A protected word that normalises to a lexicon form (มึงงง → มึง) would switch the entry off entirely.
  const profaneForms = new Set([...profane].map((w) => normaliseText(w).text));
  for (const word of protectedWords) if (profaneForms.has(normaliseText(word).text)) protectedWords.delete(word);

  // Words that begin with a title or kinship word (นายก, ป้าย, ย่าน) are not "title + name".
  const titles = readJson<{ titles: string[]; kinship: string[]; weakKinship: string[]; parentKinship: string[] }>('titles.json');
  const starters = [...titles.titles, ...titles.kinship].filter((t) => /[\u0e00-\u0e7f]/.test(t));
  // Weak kinship words (ตา, อา, บัง) need a relation word before them or a place after the name, so only the words they
  // begin (ตาม, ตาย, อาหาร, บังคับ) are listed; a weak word inside another word is never read (it needs its relation).
  // The parent words (แม่, พ่อ, บัก, round 18) likewise: แม่น้ำ, แม่ครัว, พ่อค้า.
  const weakStarters = [...titles.weakKinship, ...titles.parentKinship].filter((t) => /[\u0e00-\u0e7f]/.test(t));
  const titleWords = dictionary.filter((w) => [...starters, ...weakStarters].some((t) => w.startsWith(t) && w.length > t.length));

  // Words that hold a title or kinship word after their first letter (ขยาย, ทนายความ, กันยายน, หน้า, อย่า): a title
  // found inside one of them is a syllable of an ordinary word, not a person's title.
  const innerTitleWords = dictionary.filter((w) => starters.some((t) => w.indexOf(t, 1) > 0));

  // Two- and three-consonant dictionary words (คน, รถ, ถนน) look like plate letters; keep them apart.
  const consonantWords = dictionary.filter((w) => /^[\u0e01-\u0e2e]{2,3}$/.test(w));
  return { dictionarySize: dictionary.length, protectedWords, reasons, titleWords, innerTitleWords, consonantWords };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { dictionarySize, protectedWords, reasons, titleWords, innerTitleWords, consonantWords } = deriveLists();
  const write = (name: string, comment: string, words: Iterable<string>) =>
    writeFileSync(
      join(here, name),
      JSON.stringify({ $comment: comment, words: [...new Set(words)].sort(thaiSort) }, null, 0).replace(/","/g, '",\n"') + '\n',
    );

  write(
    'protected.json',
    'GENERATED by derive-protected.ts from the wordcut dictionary + protected-review.json: clean words that contain a profanity entry. Do not edit; edit the review file and re-run.',
    protectedWords,
  );
  write(
    'title-words.json',
    'GENERATED by derive-protected.ts: dictionary words that start with a title or kinship word, so they are not read as title + name.',
    titleWords,
  );
  write(
    'inner-title-words.json',
    'GENERATED by derive-protected.ts: dictionary words with a title or kinship word inside (ขยาย, ทนายความ, หน้า), so that title is not read as a person.',
    innerTitleWords,
  );
  write(
    'consonant-words.json',
    'GENERATED by derive-protected.ts: dictionary words made only of consonants, which are not licence-plate letters.',
    consonantWords,
  );
  console.log(
    `dictionary ${dictionarySize} words; protected ${protectedWords.size}; title words ${titleWords.length}; inner title words ${innerTitleWords.length}; consonant words ${consonantWords.length}`,
  );
  if (process.argv.includes('--why'))
    for (const [w, f] of [...reasons].sort((a, b) => thaiSort(a[0], b[0]))) console.log(`${w}\t← ${f}`);
}
