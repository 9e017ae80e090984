// The console's one typed client: same-origin cookies, the CSRF header on every change, problem+json errors.
import type {
  AuditEntry,
  CaseDetail,
  Category,
  Department,
  ManagedUser,
  Me,
  Meta,
  Problem,
  Queue,
  Redaction,
  SiteSettings,
  CaseListPage,
} from './console.types.js';
import { sendJson } from './send-json.js';

/** A refused or failed call; `status` 0 means the network failed before any answer. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? (status === 0 ? 'network error' : `HTTP ${status}`));
    this.name = 'ConsoleApiError';
  }
}

export class ConsoleApi {
  /** Set after sign-in (or /auth/me); sent as X-CSRF-Token on every state-changing call. */
  csrfToken = '';
  /** Called when the server says the session is gone, so the shell can show the sign-in form. */
  onSignedOut: () => void = () => {};

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, ok, payload } = await sendJson(method, path, body, this.csrfToken || undefined);
    if (!ok) {
      if (status === 401 && path !== '/auth/login' && path !== '/auth/me') this.onSignedOut();
      throw new ConsoleApiError(status, payload as Problem | null);
    }
    return payload as T;
  }

  me = () => this.request<Me>('GET', '/auth/me');
  logIn = (username: string, password: string) =>
    this.request<{ user: { username: string; role: string }; csrfToken: string }>('POST', '/auth/login', { username, password });
  logOut = () => this.request<null>('POST', '/auth/logout');
  changePassword = (currentPassword: string, newPassword: string) =>
    this.request<{ otherSessionsEnded: number }>('POST', '/auth/password', { currentPassword, newPassword });

  meta = () => this.request<Meta>('GET', '/mod/meta');
  queue = (filters: Record<string, string>) => this.request<Queue>('GET', `/mod/queue?${new URLSearchParams(filters)}`);
  /** Citizens' reports were unfounded: back in the feed exactly as it was. */
  restoreReported = (id: number) => this.request<unknown>('POST', `/mod/posts/${id}/community/restore`);
  /** From now on this client's reports do not count on the site. */
  ignoreReporter = (site: string, reporter: string) =>
    this.request<unknown>('POST', `/mod/community/reporters/${encodeURIComponent(reporter)}/ignore`, { site });
  posts = (filters: Record<string, string>) => this.request<CaseListPage>('GET', `/mod/posts?${new URLSearchParams(filters)}`);
  post = (id: number) => this.request<CaseDetail>('GET', `/mod/posts/${id}`);
  approve = (id: number, redactions: Redaction[], visibility?: string) =>
    this.request<unknown>('POST', `/mod/posts/${id}/approve`, { redactions, ...(visibility ? { visibility } : {}) });
  reject = (id: number, reason: string, note?: string) =>
    this.request<unknown>('POST', `/mod/posts/${id}/reject`, { reason, ...(note ? { note } : {}) });
  unpublish = (id: number, reason: string) => this.request<unknown>('POST', `/mod/posts/${id}/unpublish`, { reason });
  setVisibility = (id: number, visibility: string, reason?: string) =>
    this.request<unknown>('POST', `/mod/posts/${id}/visibility`, { visibility, ...(reason ? { reason } : {}) });
  answer = (id: number, body: string, isPublic: boolean, department?: string | null) =>
    this.request<unknown>('POST', `/mod/posts/${id}/answers`, {
      body,
      public: isPublic,
      ...(department !== undefined ? { department } : {}),
    });
  editAnswer = (answerId: number, changes: { body?: string; public?: boolean }) =>
    this.request<unknown>('PATCH', `/mod/answers/${answerId}`, changes);
  enterCase = (input: Record<string, unknown>) =>
    this.request<{ id: number; trackingCode: string; accessKey: string; state: string }>('POST', '/mod/cases', input);

  audit = (filters: Record<string, string>) =>
    this.request<{ items: AuditEntry[]; nextBefore: number | null }>('GET', `/admin/audit?${new URLSearchParams(filters)}`);
  users = () => this.request<{ items: ManagedUser[] }>('GET', '/admin/users');
  createUser = (input: Record<string, unknown>) => this.request<ManagedUser>('POST', '/admin/users', input);
  updateUser = (id: number, input: Record<string, unknown>) => this.request<ManagedUser>('PATCH', `/admin/users/${id}`, input);
  organisation = (site: string) =>
    this.request<{ departments: Department[]; categories: Category[] }>(
      'GET',
      `/admin/sites/${encodeURIComponent(site)}/organisation`,
    );
  saveDepartment = (site: string, id: number | null, input: Record<string, unknown>) =>
    id === null
      ? this.request<Department>('POST', `/admin/sites/${encodeURIComponent(site)}/departments`, input)
      : this.request<Department>('PUT', `/admin/departments/${id}`, input);
  saveCategory = (site: string, id: number | null, input: Record<string, unknown>) =>
    id === null
      ? this.request<Category>('POST', `/admin/sites/${encodeURIComponent(site)}/categories`, input)
      : this.request<Category>('PUT', `/admin/categories/${id}`, input);
  settings = (site: string) => this.request<SiteSettings>('GET', `/admin/sites/${encodeURIComponent(site)}/settings`);
  saveSettings = (site: string, input: Record<string, unknown>) =>
    this.request<SiteSettings>('PATCH', `/admin/sites/${encodeURIComponent(site)}/settings`, input);
  lineSettings = (site: string) => this.request<LineSettings>('GET', `/admin/sites/${encodeURIComponent(site)}/line`);
  saveLineSettings = (site: string, input: { enabled: boolean; channelSecret?: string; channelAccessToken?: string }) =>
    this.request<LineSettings>('PUT', `/admin/sites/${encodeURIComponent(site)}/line`, input);
}

/** A site's LINE channel as the service shows it: never the secrets. */
export interface LineSettings {
  enabled: boolean;
  configured: boolean;
  webhookUrl: string;
}
