// Round 28: insults disguised or spelled by hand, in four vocabularies by four writers who never saw the engine
// (round28/insults-a.json: disguises of every habit; insults-b.json: regional insults as chat types them; insults-c.json:
// as typed in comments; insults-d.json: regional, in dialect spellings), each with frames that report or aim them and
// clean posts that use insult-like words literally. Each insult meets two frames of its language. a and b led to rules
// (measured first on the engine before round 28 and after its rules from round 27's vocabularies); c and d were written
// after the round's rules and only measure them. The figures are in service/src/screening/README.md ("Round 28").
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
  return ['a', 'b', 'c', 'd'].flatMap((name) => insultFamilies(seed, name));
}
