// "Same problem?": up to five open public cases like the one a citizen is about to send, ranked by text and distance.
import type { CaseStatus } from '../../domain/case.js';
import { DEFAULT_SIMILAR_RADIUS_METRES } from '../../domain/site.js';
import { countSupporters, listSimilarCandidates } from '../../storage/community.repository.js';
import { listCategories, type Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { boundingBox, distanceMetres, similarityScore, trigramsOf } from './similarity.js';

export interface SimilarQuery {
  text: string;
  category?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
}

export interface SimilarCase {
  id: number;
  trackingCode: string;
  title: string;
  category: { code: string; name: string; nameEn: string } | null;
  status: CaseStatus;
  location: string | null;
  /** Rounded to 10 m, and only when both the citizen and the case gave a point. */
  distanceMetres: number | null;
  supporters: number;
  publishedAt: string | null;
}

const MAX_RESULTS = 5;
const MAX_CANDIDATES = 300;
/** Trigrams sent to the database; the ranking uses them all. */
const MAX_QUERY_TRIGRAMS = 48;

/** An even spread of the trigrams, so a long text still asks about all its parts. */
function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]!);
}

export async function findSimilar(deps: UseCaseDeps, site: Site, query: SimilarQuery): Promise<{ items: SimilarCase[] }> {
  const db = deps.db.kysely;
  const radius = site.settings.similarRadiusMetres ?? DEFAULT_SIMILAR_RADIUS_METRES;
  const point = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : null;
  const grams = trigramsOf(query.text);
  // One- and two-letter words are kept whole for ranking but would match nearly everything in the index.
  const indexGrams = spread(
    [...grams].filter((g) => [...g].length === 3),
    MAX_QUERY_TRIGRAMS,
  );
  const [categories, candidates] = await Promise.all([
    listCategories(db, site.id),
    listSimilarCandidates(db, deps.db.dialect, {
      siteId: site.id,
      trigrams: indexGrams,
      box: point ? boundingBox(point, radius) : undefined,
      limit: MAX_CANDIDATES,
    }),
  ]);
  const category = query.category ? categories.find((c) => c.code === query.category) : undefined;
  const ranked = candidates
    .map((row) => {
      const distance =
        point && row.location_lat !== null && row.location_lng !== null
          ? distanceMetres(point, { lat: row.location_lat, lng: row.location_lng })
          : null;
      const score = similarityScore({
        query: grams,
        title: row.public_title ?? '',
        body: row.public_body ?? '',
        distance,
        radius,
        sameCategory: category !== undefined && row.category_id === category.id,
      });
      return { row, distance, score };
    })
    .filter((r): r is typeof r & { score: number } => r.score !== null)
    .sort((a, b) => b.score - a.score || b.row.id - a.row.id)
    .slice(0, MAX_RESULTS);
  const supporters = await countSupporters(
    db,
    ranked.map((r) => r.row.id),
  );
  const byId = new Map(categories.map((c) => [c.id, c]));
  return {
    items: ranked.map(({ row, distance }) => {
      const cat = row.category_id === null ? undefined : byId.get(row.category_id);
      return {
        id: row.id,
        trackingCode: row.tracking_code,
        title: row.public_title ?? '',
        category: cat ? { code: cat.code, name: cat.name, nameEn: cat.nameEn } : null,
        status: row.status,
        location: row.public_location_text,
        distanceMetres: distance === null ? null : Math.round(distance / 10) * 10,
        supporters: supporters.get(row.id) ?? 0,
        publishedAt: row.published_at,
      };
    }),
  };
}
