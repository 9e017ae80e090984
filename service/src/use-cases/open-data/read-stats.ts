// Public statistics of a site: counts by kind, status, category and channel, the last 12 months, timings.
import { statusGroup } from '../../domain/status-group.js';
import { bangkokMonthOf } from '../../domain/report-period.js';
import { round } from '../../domain/statistics.js';
import { countByMonth, countCasesBy, countPublished, resolutionPercentiles } from '../../storage/stats.repository.js';
import { listCategories, type Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';

export const STATS_SCHEMA = 'complaint-box/open-data/stats/v1';

/** The twelve `YYYY-MM` labels ending with the current Bangkok month. */
function lastTwelveMonths(now: Date): string[] {
  const [year, month] = bangkokMonthOf(now).split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 12 + i, 1));
    return d.toISOString().slice(0, 7);
  });
}

const sorted = (rows: { key: string; count: number }[]) => rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

export async function readStats(deps: UseCaseDeps, site: Site) {
  const db = deps.db.kysely;
  const months = lastTwelveMonths(deps.clock.now());
  const since = new Date(
    Date.UTC(Number(months[0]!.slice(0, 4)), Number(months[0]!.slice(5, 7)) - 1, 1) - 7 * 3600_000,
  ).toISOString();
  const [byKind, byStatus, byChannel, byCategoryId, published, categories, months12, toResolve] = await Promise.all([
    countCasesBy(db, site.id, 'kind'),
    countCasesBy(db, site.id, 'status'),
    countCasesBy(db, site.id, 'channel'),
    countCasesBy(db, site.id, 'category_id'),
    countPublished(db, site.id),
    listCategories(db, site.id),
    // `since` is midnight in Bangkok on the first of months[0], so month counters from there hold the same cases.
    countByMonth(db, site.id, months[0]!),
    resolutionPercentiles(db, deps.db.dialect, site.id, months[0]!, since, [50, 90]),
  ]);
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const plain = (rows: typeof byKind) => sorted(rows.map((r) => ({ key: String(r.key), count: r.count })));
  const statuses = plain(byStatus);
  const perMonth = new Map(months12.map((m) => [m.month, m]));
  const ratingCount = months12.reduce((sum, m) => sum + m.ratingCount, 0);
  const ratingSum = months12.reduce((sum, m) => sum + m.ratingSum, 0);
  return {
    schema: STATS_SCHEMA,
    site: { slug: site.slug, name: site.name, name_en: site.nameEn },
    total: statuses.reduce((sum, s) => sum + s.count, 0),
    published_public: published,
    by_kind: plain(byKind),
    by_status: statuses,
    by_status_group: {
      open: statuses.filter((s) => statusGroup(s.key) === 'open').reduce((sum, s) => sum + s.count, 0),
      closed: statuses.filter((s) => statusGroup(s.key) === 'closed').reduce((sum, s) => sum + s.count, 0),
    },
    by_category: byCategoryId
      .map((r) => {
        const c = r.key === null ? undefined : categoryById.get(Number(r.key));
        return { key: c?.code ?? 'none', name: c?.name ?? null, name_en: c?.nameEn ?? null, count: r.count };
      })
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    by_channel: plain(byChannel),
    last_12_months: {
      by_month: months.map((month) => ({
        month,
        received: perMonth.get(month)?.received ?? 0,
        resolved: perMonth.get(month)?.resolved ?? 0,
      })),
      time_to_resolve_hours: {
        count: toResolve.count,
        median: round(toResolve.values[0] ?? null),
        p90: round(toResolve.values[1] ?? null),
      },
      satisfaction: { count: ratingCount, mean: ratingCount ? round(ratingSum / ratingCount) : null },
    },
  };
}
