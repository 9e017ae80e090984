// The monthly or annual report of a site: figures from the domain, names for every code, the audit sample.
import { auditSample } from '../../domain/audit-sample.js';
import { computeCaseReport, type CaseReport } from '../../domain/case-report.js';
import { siteCalendar, siteDeadlineRules } from '../../domain/site-calendar.js';
import type { ReportPeriod } from '../../domain/report-period.js';
import { countCasesByAsset } from '../../storage/asset.repository.js';
import { listMostSupported, type SupportedCase } from '../../storage/community.repository.js';
import { listResolvedIn, loadCaseFacts, type ResolvedCase } from '../../storage/report.repository.js';
import { listCategories, listDepartments, type Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { reportLabels, type ReportLabels } from './report-labels.js';

export interface SiteReport extends CaseReport {
  site: { slug: string; name: string; nameEn: string };
  byAsset: { code: string; name: string; count: number }[];
  /** Cases of the period with the most "me too", most first (at most 10). */
  mostSupported: SupportedCase[];
  audit: { seed: string; population: number; sample: ResolvedCase[] };
  labels: ReportLabels;
}

export async function buildReport(deps: UseCaseDeps, site: Site, period: ReportPeriod): Promise<SiteReport> {
  const db = deps.db.kysely;
  const [facts, resolved, byAsset, categories, departments, mostSupported] = await Promise.all([
    loadCaseFacts(db, site.id, period.from, period.to),
    listResolvedIn(db, site.id, period.from, period.to),
    countCasesByAsset(db, site.id, period.from, period.to),
    listCategories(db, site.id),
    listDepartments(db, site.id),
    listMostSupported(db, site.id, period.from, period.to, 10),
  ]);
  const rules = siteDeadlineRules(site.settings);
  const report = computeCaseReport(period, facts, {
    rules,
    calendar: siteCalendar(site.settings),
    asOf: deps.clock.now(),
  });
  const seed = `${site.slug}:${period.label}`;
  const picked = new Set(
    auditSample(
      resolved.map((r) => r.id),
      seed,
    ),
  );
  return {
    ...report,
    site: { slug: site.slug, name: site.name, nameEn: site.nameEn },
    byAsset,
    mostSupported,
    audit: { seed, population: resolved.length, sample: resolved.filter((r) => picked.has(r.id)) },
    labels: reportLabels(categories, departments, rules),
  };
}
