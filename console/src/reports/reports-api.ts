// The reports views' client: same-origin cookie, X-CSRF-Token on changes, problem+json errors.
import { sendJson } from '../api/send-json.js';
import type { Asset, Report, ReportsProblem, SiteOption } from './reports.types.js';

export class ReportsApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ReportsProblem | null,
  ) {
    super(problem?.detail ?? (status === 0 ? 'network error' : `HTTP ${status}`));
    this.name = 'ReportsApiError';
  }
}

export type Period = { kind: 'month'; month: string } | { kind: 'year'; year: string };

const periodQuery = (site: string, period: Period) =>
  new URLSearchParams(period.kind === 'month' ? { site, month: period.month } : { site, year: period.year }).toString();

export function createReportsApi(csrfToken: () => string) {
  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, ok, payload } = await sendJson(method, path, body, method === 'GET' ? undefined : csrfToken());
    if (!ok) throw new ReportsApiError(status, payload as ReportsProblem | null);
    return payload as T;
  }

  return {
    sites: async (): Promise<SiteOption[]> => (await request<{ sites: SiteOption[] }>('GET', '/mod/meta')).sites,
    report: (site: string, period: Period) =>
      request<Report>('GET', `/mod/reports/${period.kind === 'month' ? 'monthly' : 'annual'}?${periodQuery(site, period)}`),
    csvUrl: (site: string, period: Period) =>
      `/api/v1/mod/reports/${period.kind === 'month' ? 'monthly' : 'annual'}.csv?${periodQuery(site, period)}`,
    assets: async (site: string) =>
      (await request<{ items: Asset[] }>('GET', `/mod/assets?${new URLSearchParams({ site })}`)).items,
    createAsset: (input: { site: string; code?: string; name: string; category?: string; locationText?: string }) =>
      request<Asset>('POST', '/mod/assets', input),
    setAssetActive: (site: string, code: string, active: boolean) =>
      request<{ code: string; active: boolean }>('POST', `/mod/assets/${encodeURIComponent(code)}/active`, { site, active }),
    qrUrl: (site: string, code: string, format: 'svg' | 'png') =>
      `/api/v1/mod/assets/${encodeURIComponent(code)}/qr.${format}?${new URLSearchParams({ site })}`,
  };
}

export type ReportsApi = ReturnType<typeof createReportsApi>;
