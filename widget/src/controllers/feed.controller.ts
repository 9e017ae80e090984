// Pages through the public feed with the service's keyset cursor; a new query drops stale pages.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type ApiClient } from '../api/api-client.js';
import type { FeedItem, FeedQuery } from '../api/api.types.js';

export type FeedStatus = 'idle' | 'loading' | 'more' | 'ready' | 'failed';

export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  items: FeedItem[] = [];
  nextCursor: string | null = null;
  error: ApiError | null = null;
  query: FeedQuery = {};
  private inflight: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pageSize = 10,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.inflight?.abort();
  }

  /** Starts over with a new query (filters or search). */
  load(api: ApiClient, query: FeedQuery): Promise<number> {
    this.query = query;
    this.items = [];
    this.nextCursor = null;
    return this.fetch(api, 'loading');
  }

  /** Appends the next page; resolves to how many items arrived. */
  more(api: ApiClient): Promise<number> {
    return this.nextCursor ? this.fetch(api, 'more') : Promise.resolve(0);
  }

  private async fetch(api: ApiClient, status: FeedStatus): Promise<number> {
    this.inflight?.abort();
    const inflight = (this.inflight = new AbortController());
    this.status = status;
    this.error = null;
    this.host.requestUpdate();
    try {
      const cursor = status === 'more' ? (this.nextCursor ?? undefined) : undefined;
      const page = await api.listPosts({ ...this.query, cursor, limit: this.pageSize }, inflight.signal);
      if (inflight.signal.aborted) return 0;
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
      return page.items.length;
    } catch (error) {
      if (inflight.signal.aborted) return 0;
      this.error = error instanceof ApiError ? error : new ApiError(0, null);
      this.status = 'failed';
      return 0;
    } finally {
      this.host.requestUpdate();
    }
  }
}
