// The public Q&A feed and single public posts of a site.
import type { CaseKind, CaseStatus } from '../domain/case.js';
import { findCaseById, listAnswers, listFeed } from '../storage/case.repository.js';
import { countSupporters } from '../storage/community.repository.js';
import { listCategories, listDepartments, type Site } from '../storage/site.repository.js';
import type { UseCaseDeps } from './deps.js';
import { UseCaseError } from './errors.js';
import { lookupsFrom, presentPublicPost, type PublicPost } from './public-post.presenter.js';
import { publicPhotosOf } from './photos/read-photos.js';

export interface FeedFilters {
  kind?: CaseKind | undefined;
  category?: string | undefined;
  status?: CaseStatus | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

export function encodeCursor(publishedAt: string, id: number): string {
  return Buffer.from(JSON.stringify([publishedAt, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { publishedAt: string; id: number } | null {
  try {
    const [publishedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof publishedAt === 'string' && Number.isInteger(id)) return { publishedAt, id: id as number };
  } catch {
    // fall through
  }
  return null;
}

export async function readFeed(
  deps: UseCaseDeps,
  site: Site,
  filters: FeedFilters,
): Promise<{ items: PublicPost[]; nextCursor: string | null }> {
  const db = deps.db.kysely;
  const [categories, departments] = await Promise.all([listCategories(db, site.id), listDepartments(db, site.id)]);
  let categoryId: number | undefined;
  if (filters.category) {
    const category = categories.find((c) => c.code === filters.category);
    // An unknown category simply has no posts; it is not an error for a reader.
    categoryId = category ? category.id : -1;
  }
  const after = filters.cursor ? decodeCursor(filters.cursor) : undefined;
  if (after === null)
    throw new UseCaseError('invalid', 'The cursor is not one this service issued.', [
      { path: 'cursor', message: 'Invalid cursor' },
    ]);
  const rows = await listFeed(db, deps.db.dialect, {
    siteId: site.id,
    kind: filters.kind,
    categoryId,
    status: filters.status,
    q: filters.q?.trim() || undefined,
    after,
    limit: filters.limit + 1,
  });
  const page = rows.slice(0, filters.limit);
  const ids = page.map((r) => r.id);
  const [answers, supporters, photos] = await Promise.all([
    listAnswers(db, ids, true),
    countSupporters(db, ids),
    publicPhotosOf(db, site.slug, ids),
  ]);
  const lookups = lookupsFrom(categories, departments);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => presentPublicPost(row, answers, lookups, supporters.get(row.id) ?? 0, photos.get(row.id) ?? [])),
    nextCursor: rows.length > filters.limit && last?.published_at ? encodeCursor(last.published_at, last.id) : null,
  };
}

export async function readPublicPost(deps: UseCaseDeps, site: Site, id: number): Promise<PublicPost> {
  const db = deps.db.kysely;
  const row = await findCaseById(db, id);
  if (!row || row.site_id !== site.id || row.moderation_state !== 'published' || row.visibility !== 'public') {
    throw new UseCaseError('not_found', 'No published post with this id on this site.');
  }
  const [categories, departments, answers, supporters, photos] = await Promise.all([
    listCategories(db, site.id),
    listDepartments(db, site.id),
    listAnswers(db, [row.id], true),
    countSupporters(db, [row.id]),
    publicPhotosOf(db, site.slug, [row.id]),
  ]);
  return presentPublicPost(
    row,
    answers,
    lookupsFrom(categories, departments),
    supporters.get(row.id) ?? 0,
    photos.get(row.id) ?? [],
  );
}
