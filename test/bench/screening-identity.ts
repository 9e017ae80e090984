// Identity check for engine speed work: the tree's engine must give byte-identical results (verdict and every
// finding's kind, type, start, end, text, severity, rule) to an older engine on every labelled and generated text,
// on slices and joins of them, under the default settings and with every optional hold switched on.
// Usage: SCREEN_ENGINE_OLD=/tmp/old/service/src/screening/index.ts node --import tsx test/bench/screening-identity.ts
// The hand-labelled sets are screened but never printed: a difference there is reported as a count only.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { screenText } from '../../service/src/screening/index.js';
import { normaliseText, type NormalisedText } from '../../service/src/screening/normalise/normalise-text.js';
import type { ScreeningResult, ScreeningSettings } from '../../service/src/screening/index.js';
import { generatedFamilies } from '../service/screening/generators/index.js';
import { loadLabelledPosts } from '../service/screening/scoring.js';

type Screen = (text: string, settings?: ScreeningSettings) => ScreeningResult;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const oldPath = process.env.SCREEN_ENGINE_OLD;
if (!oldPath) throw new Error('set SCREEN_ENGINE_OLD to the old engine index.ts');
const oldScreen = ((await import(pathToFileURL(oldPath).href)) as { screenText: Screen }).screenText;
const oldNormalise = (
  (await import(pathToFileURL(oldPath.replace(/index\.ts$/, 'normalise/normalise-text.ts')).href)) as {
    normaliseText: (text: string) => NormalisedText;
  }
).normaliseText;

interface Item {
  text: string;
  settings: ScreeningSettings;
  /** Hand-labelled: never print the text. */
  secret: boolean;
}

const ALL_ON: ScreeningSettings = { holdConversations: true, holdLinks: true };
const textsOf = (path: string) => (loadLabelledPosts(path) ?? []).map((p) => p.text);
const jsonlIn = (dir: string) =>
  readdirSync(`${repoRoot}${dir}`)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => `${repoRoot}${dir}/${f}`);

const open: string[] = [
  ...textsOf(`${repoRoot}../shared/screening/devset.jsonl`),
  ...textsOf(`${repoRoot}test/service/screening/cases.jsonl`),
  ...jsonlIn('test/service/screening/round2').flatMap(textsOf),
  ...jsonlIn('test/service/screening/round3').flatMap(textsOf),
];
const secret: string[] = jsonlIn('test/service/screening/handwritten').flatMap(textsOf);
const families = generatedFamilies();
const generated = families.flatMap((f) => f.posts.map((p) => p.text));

const items: Item[] = [];
const addBoth = (text: string, isSecret: boolean) => {
  items.push({ text, settings: {}, secret: isSecret });
  items.push({ text, settings: ALL_ON, secret: isSecret });
};
for (const t of open) addBoth(t, false);
for (const t of generated) addBoth(t, false);
for (const f of families) {
  if (f.settings) for (const p of f.posts) items.push({ text: p.text, settings: f.settings, secret: false });
}
for (const t of secret) addBoth(t, true);
// Settings with site words and public numbers, on the open texts.
const SITE: ScreeningSettings = {
  publicNumbers: ['1111', '02-123-4567', '0812345678'],
  blockedWords: ['ขยะ', 'noise'],
  allowedWords: ['เหี้ย', 'damn'],
};
for (const t of open) items.push({ text: t, settings: SITE, secret: false });

// Slices and joins, from a seeded generator so the run is repeatable.
let seed = 2026;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pool = [...open, ...generated];
const joined = (from: readonly string[], size: number, sep: string) => {
  let s = '';
  while (s.length < size) s += from[Math.floor(rand() * from.length)]! + sep;
  return s.slice(0, size);
};
const SLICES = Number(process.env.IDENTITY_SLICES ?? 6000);
for (let i = 0; i < SLICES; i++) {
  const long = joined(pool, 2400, rand() < 0.5 ? ' ' : rand() < 0.5 ? '\n' : '');
  const len = 50 + Math.floor(rand() * 351);
  const at = Math.floor(rand() * (long.length - len));
  // A slice may begin mid-word or mid-number, and may split a surrogate pair: hostile edges on purpose.
  items.push({ text: long.slice(at, at + len), settings: i % 3 ? {} : ALL_ON, secret: false });
  items.push({ text: long.slice(0, len), settings: {}, secret: false });
  if (i % 10 === 0) items.push({ text: long.slice(0, 2000), settings: i % 20 ? {} : ALL_ON, secret: false });
}
for (let i = 0; i < 400; i++) {
  items.push({ text: joined(secret, 2000, rand() < 0.5 ? ' ' : ''), settings: i % 2 ? {} : ALL_ON, secret: true });
  const s = joined(secret, 2400, ' ');
  const len = 50 + Math.floor(rand() * 351);
  items.push({ text: s.slice(Math.floor(rand() * 2000), undefined).slice(0, len), settings: {}, secret: true });
}

// Strings over the characters the normaliser treats specially (nikhahit, sara e, tones before vowels, repeated
// marks and letters, capitals, Thai digits, combining marks, invisibles, surrogates): its fast path must agree.
const TRICKY = [
  'ก',
  'ข',
  'ํ',
  'า',
  'ำ',
  'เ',
  'แ',
  '่',
  '้',
  'ี',
  'ุ',
  'ั',
  'ะ',
  'ๆ',
  'a',
  'A',
  's',
  'S',
  'e',
  '1',
  '๑',
  ' ',
  '-',
  '\u0301',
  '\u200b',
  '😡',
  '\ud83d',
  'ß',
  'Ａ',
  '.',
  'ฯ',
  'ๅ',
];
for (let i = 0; i < 20000; i++) {
  let t = '';
  const len = 1 + Math.floor(rand() * 12);
  for (let k = 0; k < len; k++) t += TRICKY[Math.floor(rand() * TRICKY.length)]!;
  items.push({ text: t, settings: {}, secret: false });
}

const normKey = (v: NormalisedText) => `${v.text}\u0000${v.starts.join(',')}\u0000${v.ends.join(',')}`;
let normDifferences = 0;
for (const item of items) if (normKey(oldNormalise(item.text)) !== normKey(normaliseText(item.text))) normDifferences++;

const key = (r: ScreeningResult) =>
  JSON.stringify([r.verdict, r.findings.map((f) => [f.kind, f.type, f.start, f.end, f.text, f.severity, f.rule])]);

let differences = 0;
let secretDifferences = 0;
const shown: string[] = [];
for (const item of items) {
  const a = key(oldScreen(item.text, item.settings));
  const b = key(screenText(item.text, item.settings));
  if (a === b) continue;
  differences++;
  if (item.secret) secretDifferences++;
  else if (shown.length < 10) shown.push(`${JSON.stringify(item.text)} ${JSON.stringify(item.settings)}\n  old ${a}\n  new ${b}`);
}
for (const s of shown) console.log(s);
console.log(
  `${items.length} texts, ${differences} differences (hand-labelled: ${secret.length} posts, ${secretDifferences} differences); normalised views: ${normDifferences} differences`,
);
if (differences > 0 || normDifferences > 0) process.exitCode = 1;
