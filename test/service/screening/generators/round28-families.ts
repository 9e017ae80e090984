// Round 28: insults disguised or spelled by hand, in two vocabularies written by two writers who never saw the engine
// (round28/insults-a.json: disguises of every habit; round28/insults-b.json: regional insults as chat types them), each
// with frames that report or aim them and clean posts that use insult-like words literally. Each insult meets two
// frames of its language. Their first score, on the engine before round 28 and after round 28's earlier rules (which
// came from round 27's vocabularies, so these measure whether those rules generalise), is in
// service/src/screening/README.md ("Round 28").
import { readFileSync } from 'node:fs';
import { cleanFamily, family, insult, type Family, type Post } from './hold-families.js';
import { streamFor } from './random.js';
import { sample, type Item } from './round27-families.js';

interface Vocabulary {
  insults: Item[];
  frames: Item[];
  literal: Item[];
}

const load = (name: string): Vocabulary =>
  JSON.parse(readFileSync(new URL(`./round28/${name}.json`, import.meta.url), 'utf8')) as Vocabulary;

function insultFamilies(seed: number, name: string): Family[] {
  const vocab = load(`insults-${name}`);
  const random = streamFor(seed, `r28.insult.${name}`);
  const posts: Post[] = [];
  for (const item of vocab.insults)
    for (const frame of sample(random, vocab.frames, item, 2))
      posts.push([frame.text.replace('{I}', item.text), [insult(item.text)]]);
  return [
    family(`r28.insult.${name}`, posts),
    cleanFamily(
      `r28.clean.insult-literal-${name}`,
      vocab.literal.map((l) => l.text),
    ),
  ];
}

export function round28Families(seed: number): Family[] {
  return [...insultFamilies(seed, 'a'), ...insultFamilies(seed, 'b')];
}
