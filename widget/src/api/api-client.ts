// The one typed client for the public API: no cookies, problem+json errors, idempotent retries.
import type {
  CaseView,
  Feedback,
  FeedPage,
  FeedQuery,
  NewPost,
  Problem,
  Receipt,
  ScreeningResult,
  SimilarCase,
  SimilarQuery,
  SiteConfig,
  Support,
  FlagReason,
  NewPrivacyRequest,
  PrivacyRequest,
} from './api.types.js';

/** Why a call failed, in the terms the UI needs: offline, throttled, refused or broken. */
export class ApiError extends Error {
  constructor(
    /** HTTP status, or 0 when the network failed before any answer. */
    readonly status: number,
    readonly problem: Problem | null,
    /** Seconds to wait, from a 429's Retry-After. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? (status === 0 ? 'network error' : `HTTP ${status}`));
    this.name = 'ApiError';
  }

  /** True when trying again later may succeed (network down, service busy or restarting). */
  get transient(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

export interface ApiClientOptions {
  endpoint: string;
  site: string;
  /** Waits between automatic retries of a submission, in milliseconds. */
  retryDelays?: readonly number[];
}

export type ApiClient = ReturnType<typeof createApiClient>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createApiClient({ endpoint, site, retryDelays = [800, 2000] }: ApiClientOptions) {
  const base = new URL('/api/v1/', endpoint);
  const siteUrl = (path = '') => new URL(`sites/${encodeURIComponent(site)}${path}`, base);

  async function request<T>(url: URL, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json, application/problem+json');
    if (init.body) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      // Credentials are omitted on purpose: the public API needs no cookies and must not set any.
      response = await fetch(url, { ...init, headers, credentials: 'omit', mode: 'cors' });
    } catch {
      throw new ApiError(0, null);
    }
    const isJson = /json/.test(response.headers.get('Content-Type') ?? '');
    const payload: unknown = isJson ? await response.json().catch(() => null) : null;
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('Retry-After'));
      throw new ApiError(
        response.status,
        (payload as Problem | null) ?? null,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      );
    }
    return payload as T;
  }

  const bearer = (accessKey: string) => ({ Authorization: `Bearer ${accessKey}` });
  const trackUrl = (code: string, path = '') => new URL(`track/${encodeURIComponent(code)}${path}`, base);

  return {
    endpoint,
    getSite(): Promise<SiteConfig> {
      return request(siteUrl());
    },

    screen(text: string, signal?: AbortSignal): Promise<ScreeningResult> {
      return request(new URL('screen', base), { method: 'POST', body: JSON.stringify({ text, site }), signal });
    },

    /** Sends a post; transient failures are retried with the same key so no second case appears. */
    async submitPost(post: NewPost, idempotencyKey: string): Promise<Receipt> {
      const init = { method: 'POST', body: JSON.stringify(post), headers: { 'Idempotency-Key': idempotencyKey } };
      for (let attempt = 0; ; attempt++) {
        try {
          return await request<Receipt>(siteUrl('/posts'), init);
        } catch (error) {
          const delay = retryDelays[attempt];
          if (!(error instanceof ApiError) || !error.transient || delay === undefined) throw error;
          await sleep(delay);
        }
      }
    },

    listPosts(query: FeedQuery, signal?: AbortSignal): Promise<FeedPage> {
      const url = siteUrl('/posts');
      for (const [name, value] of Object.entries(query)) {
        if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
      }
      // The service lets caches keep a page for a few seconds; revalidate so a post just sent shows up.
      return request(url, { signal, cache: 'no-cache' });
    },

    /** "Same problem?": open public cases like the text, nearest first when a point is given. */
    similar(query: SimilarQuery, signal?: AbortSignal): Promise<{ items: SimilarCase[] }> {
      const url = siteUrl('/posts/similar');
      for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
      return request(url, { signal });
    },

    /** "Me too" (or, with `withdraw`, take it back); `token` is the browser's own random citizen token. */
    support(id: number, token: string, contact?: NewPost['contact'], withdraw = false): Promise<Support> {
      return request(siteUrl(`/posts/${id}/support`), {
        method: withdraw ? 'DELETE' : 'POST',
        headers: { 'X-Client-Token': token },
        ...(contact ? { body: JSON.stringify({ contact }) } : {}),
      });
    },

    flag(id: number, token: string, reason: FlagReason, note?: string): Promise<unknown> {
      return request(siteUrl(`/posts/${id}/flags`), {
        method: 'POST',
        headers: { 'X-Client-Token': token },
        body: JSON.stringify(note ? { reason, note } : { reason }),
      });
    },

    track(code: string, accessKey: string): Promise<CaseView> {
      return request(trackUrl(code), { headers: bearer(accessKey) });
    },

    addMessage(code: string, accessKey: string, body: string): Promise<unknown> {
      return request(trackUrl(code, '/messages'), {
        method: 'POST',
        headers: bearer(accessKey),
        body: JSON.stringify({ body }),
      });
    },

    /** Everything held about the citizen of this case (PDPA access), as the service's JSON. */
    privacyData(code: string, accessKey: string): Promise<Record<string, unknown>> {
      return request(trackUrl(code, '/data'), { headers: bearer(accessKey) });
    },

    requestPrivacy(
      code: string,
      accessKey: string,
      input: NewPrivacyRequest,
    ): Promise<Pick<PrivacyRequest, 'id' | 'type' | 'status' | 'dueBy'>> {
      return request(trackUrl(code, '/privacy-requests'), {
        method: 'POST',
        headers: bearer(accessKey),
        body: JSON.stringify(input),
      });
    },

    sendFeedback(code: string, accessKey: string, feedback: Feedback): Promise<unknown> {
      return request(trackUrl(code, '/feedback'), {
        method: 'POST',
        headers: bearer(accessKey),
        body: JSON.stringify(feedback),
      });
    },
  };
}

/** A fresh key for one submission attempt (and all of its retries). */
export function newIdempotencyKey(): string {
  // getRandomValues, unlike randomUUID, also works on the plain-http pages many municipal sites still are.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
