// Round 27: generated families whose parts nobody on the engine's side wrote. Five writers who never saw the engine
// wrote the vocabularies in round27/*.json from briefs/vocabulary.md (subjects and s.26 facts, kinship words, nicknames
// and places, introductions of published and private numbers, insults and the frames that aim them, titles and clean
// sentences); this file combines every part with every other, so a rule written for one phrasing meets the
// combinations it never saw. Their first score, on the engine before round 27 changed anything, is in
// service/src/screening/README.md ("Round 27"); the floors in generators.test.ts are where the round left them.
import { readFileSync } from 'node:fs';
import type { LabelledSpan } from '../scoring.js';
import { DISGUISES, type Disguise } from './disguises.js';
import { cleanFamily, family, type Family, type Post } from './hold-families.js';
import { streamFor, thaiDigits, type Random } from './random.js';

type Style = 'standard' | 'chat' | 'isan' | 'northern' | 'southern' | 'malay' | 'khmer' | 'english';
export interface Item {
  style: Style;
  text: string;
}
interface Subject extends Item {
  /** The person_name span inside the subject, when the subject names a private person. */
  name?: string;
}
interface Fact extends Item {
  category: string;
  /** The fact phrase a moderator blacks out, when it is not the whole text. */
  span?: string;
}
interface Nickname extends Item {
  latin: string;
}
interface Named extends Item {
  span: string;
}

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./round27/${name}.json`, import.meta.url), 'utf8')) as T;

const pii = (type: string, text: string): LabelledSpan => ({ kind: 'pii', type, text });
const insult = (text: string): LabelledSpan => ({ kind: 'profanity', type: 'insult', text });
const isEnglish = (item: Item) => item.style === 'english';
/** Parts of the same language: English with English, every Thai style with every other (people mix them). */
const sameLanguage = <T extends Item>(items: readonly T[], like: Item): T[] =>
  items.filter((i) => isEnglish(i) === isEnglish(like));

/** Some items of the same language as `like`, drawn without repeats. */
export function sample<T extends Item>(random: Random, items: readonly T[], like: Item, count: number): T[] {
  const pool = [...sameLanguage(items, like)];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return out;
}

// ---- numbers: the same introductions with a published and with a private number ----

const AREA_CODES = ['053', '054', '042', '045', '044', '073', '074', '075', '077', '055'];

/** A Thai phone number written one of the ways people write it; mobiles and landlines alike. */
function phoneNumber(random: Random, kind: 'mobile' | 'landline'): string {
  if (kind === 'mobile') {
    const d = `0${random.pick(['6', '8', '9'])}${random.digits(8)}`;
    const forms = [
      `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
      d,
      `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
      `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`,
      `+66 ${d.slice(1, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
      thaiDigits(`${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`),
    ];
    return random.pick(forms);
  }
  const area = random.pick(AREA_CODES);
  const rest = random.digits(6);
  const forms = [
    `${area}-${rest.slice(0, 3)}-${rest.slice(3)}`,
    `${area}${rest}`,
    `${area} ${rest}`,
    `${area}-${rest}`,
    thaiDigits(`${area}-${rest.slice(0, 3)}-${rest.slice(3)}`),
  ];
  return random.pick(forms);
}

function numberFamilies(seed: number): Family[] {
  const vocab = load<{ public: Item[]; private: (Item & { name?: string })[] }>('numbers');
  const fill = (name: string, items: readonly (Item & { name?: string })[], hold: boolean): Family => {
    const random = streamFor(seed, name);
    const posts: Post[] = [];
    for (const item of items) {
      for (const kind of ['mobile', 'mobile', 'landline', 'landline'] as const) {
        if (!item.text.includes('{N}')) {
          if (kind === 'mobile' && posts.every(([t]) => t !== item.text)) posts.push([item.text, []]);
          continue;
        }
        const n = phoneNumber(random, kind);
        const text = item.text.replace('{N}', n);
        const spans = hold ? [pii('phone', n), ...(item.name ? [pii('person_name', item.name)] : [])] : [];
        posts.push([text, spans]);
      }
    }
    return hold
      ? family(name, posts)
      : cleanFamily(
          name,
          posts.map(([t]) => t),
        );
  };
  return [fill('r27.numbers.private', vocab.private, true), fill('r27.clean.numbers.public', vocab.public, false)];
}

// ---- s.26: every identifying subject with facts of every category; the same facts said of nobody ----

function sensitiveFamilies(seed: number): Family[] {
  const vocab = load<{ subjects: Subject[]; facts: Fact[]; tails: Item[]; nobody: Item[] }>('s26');
  const random = streamFor(seed, 'r27.s26');
  const byCategory = new Map<string, Fact[]>();
  for (const f of vocab.facts) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
  const holds = new Map<string, Post[]>();
  for (const subject of vocab.subjects) {
    for (const [category, facts] of byCategory) {
      const [fact] = sample(random, facts, subject, 1);
      const [tail] = sample(random, vocab.tails, subject, 1);
      if (!fact || !tail) continue;
      const spans = [pii('sensitive', fact.span ?? fact.text), ...(subject.name ? [pii('person_name', subject.name)] : [])];
      const name = `r27.s26.${category}`;
      holds.set(name, [...(holds.get(name) ?? []), [`${subject.text} ${fact.text} ${tail.text}`, spans]]);
    }
  }
  const clean: string[] = [];
  for (const nobody of vocab.nobody)
    for (const fact of sample(random, vocab.facts, nobody, 6)) {
      const [tail] = sample(random, vocab.tails, nobody, 1);
      clean.push(`${nobody.text} ${fact.text} ${tail?.text ?? ''}`.trim());
    }
  return [...[...holds].map(([name, posts]) => family(name, posts)), cleanFamily('r27.clean.s26.nobody', clean)];
}

// ---- kinship word + nickname + where they live or work ----

function kinFamilies(seed: number): Family[] {
  const vocab = load<{ kinship: Item[]; nicknames: Nickname[]; places: Item[]; tails: Item[]; clean: Item[] }>('kin');
  const random = streamFor(seed, 'r27.kin');
  const posts: Post[] = [];
  for (const kin of vocab.kinship) {
    for (const nick of sample(random, vocab.nicknames, { style: 'standard', text: '' }, 5)) {
      const [place] = sample(random, vocab.places, kin, 1);
      const [tail] = sample(random, vocab.tails, kin, 1);
      if (!place || !tail) continue;
      const name = isEnglish(kin) ? `${kin.text} ${nick.latin}` : `${kin.text}${nick.text}`;
      posts.push([`${name} ${place.text} ${tail.text}`, [pii('person_name', name)]]);
    }
  }
  return [
    family('r27.kin.nickname-place', posts),
    cleanFamily(
      'r27.clean.kin',
      vocab.clean.map((c) => c.text),
    ),
  ];
}

// ---- insults under every disguise, each in a frame that aims it ----

const INSULT_DISGUISES: Record<string, Disguise> = {
  plain: (w) => w,
  'zero-width': DISGUISES['zero-width']!,
  'mark-separator': DISGUISES['mark-separator']!,
  'final-run': DISGUISES['final-run']!,
  'repeated-marks': DISGUISES['repeated-marks']!,
  'spaced-letters': DISGUISES['spaced-letters']!,
  homoglyph: DISGUISES.homoglyph!,
};

function insultFamilies(seed: number): Family[] {
  const vocab = load<{ insults: Item[]; frames: Item[]; literal: Item[] }>('insults');
  const families: Family[] = [];
  for (const [name, disguise] of Object.entries(INSULT_DISGUISES)) {
    const random = streamFor(seed, `r27.insult.${name}`);
    const posts: Post[] = [];
    for (const item of vocab.insults) {
      const form = disguise(item.text, random);
      const [frame] = sample(random, vocab.frames, item, 1);
      if (form === undefined || !frame) continue;
      posts.push([frame.text.replace('{I}', form), [insult(form)]]);
    }
    families.push(family(`r27.insult.${name}`, posts));
  }
  families.push(
    cleanFamily(
      'r27.clean.insult-literal',
      vocab.literal.map((l) => l.text),
    ),
  );
  return families;
}

// ---- private persons named with a title; titles and offices that name nobody ----

function titleFamilies(): Family[] {
  const vocab = load<{ named: Named[]; clean: Item[] }>('titles');
  return [
    family(
      'r27.titles.named',
      vocab.named.map((n): Post => [n.text, [pii('person_name', n.span)]]),
    ),
    cleanFamily(
      'r27.clean.titles',
      vocab.clean.map((c) => c.text),
    ),
  ];
}

// ---- private addresses and plates; addresses and vehicle numbers that are nobody's ----

function placeFamilies(): Family[] {
  const vocab = load<{ addresses: Named[]; public_addresses: Item[]; plates: Named[]; public_plates: Item[] }>('places');
  return [
    family(
      'r27.address.private',
      vocab.addresses.map((a): Post => [a.text, [pii('address', a.span)]]),
    ),
    cleanFamily(
      'r27.clean.address.public',
      vocab.public_addresses.map((a) => a.text),
    ),
    family(
      'r27.plate.private',
      vocab.plates.map((p): Post => [p.text, [pii('license_plate', p.span)]]),
    ),
    cleanFamily(
      'r27.clean.plate.public',
      vocab.public_plates.map((p) => p.text),
    ),
  ];
}

// ---- insults disguised by hand, as written; contacts in odd forms; one finding buried in a long post ----

function handDisguisedInsults(seed: number): Family[] {
  const vocab = load<{ insults: Item[]; frames: Item[]; literal: Item[] }>('insults2');
  const random = streamFor(seed, 'r27.insult.by-hand');
  const posts: Post[] = [];
  for (const item of vocab.insults) {
    for (const frame of sample(random, vocab.frames, item, 2))
      posts.push([frame.text.replace('{I}', item.text), [insult(item.text)]]);
  }
  return [
    family('r27.insult.by-hand', posts),
    cleanFamily(
      'r27.clean.insult-by-hand',
      vocab.literal.map((l) => l.text),
    ),
  ];
}

interface Spanned extends Item {
  spans: { kind?: string; type: string; text: string }[];
}
const spanOf = (s: { kind?: string; type: string; text: string }): LabelledSpan =>
  s.type === 'insult' ? insult(s.text) : pii(s.type, s.text);

function contactFamilies(): Family[] {
  const vocab = load<{ private: Spanned[]; public: Item[] }>('contacts');
  return [
    family(
      'r27.contacts.private',
      vocab.private.map((c): Post => [c.text, c.spans.map(spanOf)]),
    ),
    cleanFamily(
      'r27.clean.contacts.public',
      vocab.public.map((c) => c.text),
    ),
  ];
}

function longFamilies(seed: number): Family[] {
  const vocab = load<{ paragraphs: Item[]; findings: Spanned[]; traps: Item[] }>('long');
  const random = streamFor(seed, 'r27.long');
  const bury = (paragraph: Item, middle: string) => paragraph.text.replace('{CUT}', ` ${middle} `);
  const holds: Post[] = [];
  for (const finding of vocab.findings)
    for (const paragraph of sample(random, vocab.paragraphs, finding, 2))
      holds.push([bury(paragraph, finding.text), finding.spans.map(spanOf)]);
  const clean: string[] = [];
  for (const trap of vocab.traps)
    for (const paragraph of sample(random, vocab.paragraphs, trap, 2)) clean.push(bury(paragraph, trap.text));
  return [family('r27.long.buried', holds), cleanFamily('r27.clean.long.trap', clean)];
}

export function round27Families(seed: number): Family[] {
  return [
    ...numberFamilies(seed),
    ...sensitiveFamilies(seed),
    ...kinFamilies(seed),
    ...insultFamilies(seed),
    ...titleFamilies(),
    ...placeFamilies(),
    ...handDisguisedInsults(seed),
    ...contactFamilies(),
    ...longFamilies(seed),
  ];
}
