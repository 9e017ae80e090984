// The sites screen's API client: /api/v1/admin/sites with the session cookie and CSRF header; a refusal keeps every
// field error (ModApiError.fields) so the form can mark each input.
import { ModClient } from '../api/mod-client.js';
import type { ManagedSite, NewSite, SiteChanges } from '../../../service/src/contract/staff-api.js';

export { ModApiError as SitesApiError } from '../api/mod-client.js';
export type { ManagedSite as ConsoleSite, NewSite, SiteChanges } from '../../../service/src/contract/staff-api.js';

export class SitesApi extends ModClient {
  constructor(csrfToken: () => string, base = '/api/v1/admin/sites') {
    super(csrfToken, base, { detailFirst: true });
  }

  list = () => this.request<{ items: ManagedSite[] }>('GET', '');
  create = (site: NewSite) => this.request<ManagedSite>('POST', '', site);
  update = (slug: string, changes: SiteChanges) => this.request<ManagedSite>('PATCH', `/${encodeURIComponent(slug)}`, changes);
}
