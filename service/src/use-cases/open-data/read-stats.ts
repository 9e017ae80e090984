// Public statistics of a site: counts by kind, status, category and channel, the last 12 months, timings.
import { statusGroup } from '../../domain/status-group.js';
import { bangkokMonthOf } from '../../domain/report-period.js';
import { mean, percentile, round } from '../../domain/statistics.js';
import { countCasesBy, countPublished, listCaseTimes } from '../../storage/stats.repository.js';
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
  const [byKind, byStatus, byChannel, byCategoryId, published, categories, times] = await Promise.all([
    countCasesBy(db, site.id, 'kind'),
    countCasesBy(db, site.id, 'status'),
    countCasesBy(db, site.id, 'channel'),
    countCasesBy(db, site.id, 'category_id'),
    countPublished(db, site.id),
    listCategories(db, site.id),
    listCaseTimes(db, site.id, since),
  ]);
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const plain = (rows: typeof byKind) => sorted(rows.map((r) => ({ key: String(r.key), count: r.count })));
  const statuses = plain(byStatus);
  const hours = times.filter((t) => t.resolved_at).map((t) => (Date.parse(t.resolved_at!) - Date.parse(t.created_at)) / 3600_000);
  // One pass: a large site has tens of thousands of cases a year.
  const perMonth = new Map<string, { received: number; resolved: number }>();
  for (const t of times) {
    const month = bangkokMonthOf(t.created_at);
    const entry = perMonth.get(month) ?? { received: 0, resolved: 0 };
    entry.received++;
    if (t.resolved_at) entry.resolved++;
    perMonth.set(month, entry);
  }
  const ratings = times.map((t) => t.satisfaction_rating).filter((r): r is number => r !== null);
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
      time_to_resolve_hours: { count: hours.length, median: round(percentile(hours, 50)), p90: round(percentile(hours, 90)) },
      satisfaction: { count: ratings.length, mean: round(mean(ratings)) },
    },
  };
}
