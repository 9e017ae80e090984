// The sites screen's API client: /api/v1/admin/sites with the session cookie and CSRF header; a refusal keeps every field error.

export interface ConsoleSite {
  slug: string;
  name: string;
  nameEn: string;
  trackingPrefix: string;
  allowedOrigins: string[];
  hotline: string | null;
  archived: boolean;
  archivedAt: string | null;
}

export interface NewSite {
  slug: string;
  name: string;
  nameEn: string;
  trackingPrefix: string;
  allowedOrigins: string[];
  hotline?: string;
}

export type SiteChanges = Partial<Pick<ConsoleSite, 'name' | 'nameEn' | 'allowedOrigins' | 'archived'>> & {
  hotline?: string | null;
};

export class SitesApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** Field path (`allowedOrigins.1`) → message. */
    readonly fields: Record<string, string>,
  ) {
    super(message);
  }
}

export class SitesApi {
  constructor(
    private readonly csrfToken: () => string,
    private readonly base = '/api/v1/admin/sites',
  ) {}

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': this.csrfToken() }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const fields: Record<string, string> = {};
      for (const e of (data?.errors ?? []) as { path: string; message: string }[]) fields[e.path] ??= e.message;
      throw new SitesApiError(data?.detail ?? `HTTP ${response.status}`, response.status, fields);
    }
    return data as T;
  }

  list = () => this.request<{ items: ConsoleSite[] }>('GET', '');
  create = (site: NewSite) => this.request<ConsoleSite>('POST', '', site);
  update = (slug: string, changes: SiteChanges) => this.request<ConsoleSite>('PATCH', `/${encodeURIComponent(slug)}`, changes);
}
