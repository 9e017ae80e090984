// Pure ranking for "same problem?": character trigrams (Thai has no spaces between words) and great-circle distance.

/** Lower case, NFC, Thai digits as ASCII, every run of non-letters and non-digits one space. */
export function normaliseForSimilarity(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** Distinct trigrams inside each word (never across a space); words of one or two characters count whole. */
export function trigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normaliseForSimilarity(text).split(' ')) {
    const chars = [...word];
    if (chars.length === 0) continue;
    if (chars.length < 3) {
      grams.add(word);
      continue;
    }
    for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return grams;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const g of small) if (large.has(g)) n++;
  return n;
}

/** Sørensen–Dice coefficient: 2|A∩B| / (|A|+|B|), 0 for two empty sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size + b.size === 0 ? 0 : (2 * intersectionSize(a, b)) / (a.size + b.size);
}

/** Share of the query's trigrams found in the document: a short query inside a long body scores high. */
export function containment(query: ReadonlySet<string>, doc: ReadonlySet<string>): number {
  return query.size === 0 ? 0 : intersectionSize(query, doc) / query.size;
}

/**
 * How alike a citizen's text is to a published case, 0…1: the better of title-to-title likeness and the mean of
 * likeness and containment against the whole case (a short new text against a long body).
 */
export function textSimilarity(query: ReadonlySet<string>, title: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  return Math.max(dice(query, title), (dice(query, whole) + containment(query, whole)) / 2);
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Haversine distance in metres. */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude box that contains the circle of `radius` metres around `point`. */
export function boundingBox(point: { lat: number; lng: number }, radius: number) {
  const dLat = (radius / EARTH_RADIUS_M) * (180 / Math.PI);
  const cos = Math.max(0.01, Math.cos((point.lat * Math.PI) / 180));
  const dLng = dLat / cos;
  return { minLat: point.lat - dLat, maxLat: point.lat + dLat, minLng: point.lng - dLng, maxLng: point.lng + dLng };
}

export interface SimilarityInput {
  query: ReadonlySet<string>;
  title: string;
  body: string;
  /** Metres from the citizen's point, or null when either side has no coordinates. */
  distance: number | null;
  radius: number;
  sameCategory: boolean;
}

/** Text likeness below this shows nothing, unless the case is nearby and of the same category. */
export const MIN_TEXT = 0.2;
export const MIN_SCORE = 0.25;

/**
 * The rank of one candidate, or null when it should not be shown. A case farther than the radius is another
 * place's problem; a nearby case of the same category is shown even when worded differently.
 */
export function similarityScore(input: SimilarityInput): number | null {
  if (input.distance !== null && input.distance > input.radius) return null;
  const text = textSimilarity(input.query, trigramsOf(input.title), trigramsOf(`${input.title} ${input.body}`));
  const near = input.distance === null ? 0 : 1 - input.distance / input.radius;
  if (text < MIN_TEXT && !(input.distance !== null && input.sameCategory)) return null;
  const score = (input.distance === null ? text : 0.6 * text + 0.4 * near) + (input.sameCategory ? 0.1 : 0);
  return score >= MIN_SCORE ? score : null;
}
