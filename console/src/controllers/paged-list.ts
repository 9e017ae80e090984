// A filtered list paged by a keyset cursor (`before`: the last id shown), as the case list and the audit log read it:
// the filters given, "more" appends the next page, an error is kept for the view to show.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Page<T> {
  items: T[];
  nextBefore: number | null;
}

export class PagedList<T> implements ReactiveController {
  items: T[] = [];
  nextBefore: number | null = null;
  /** Empty values are not sent. */
  filters: Record<string, string> = {};
  error: unknown = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: (query: Record<string, string>) => Promise<Page<T>>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The first page under new filters. */
  apply(filters: Record<string, string>): Promise<void> {
    this.filters = filters;
    return this.load(false);
  }

  /** The first page again (`more`: the next one, appended). */
  async load(more: boolean): Promise<void> {
    try {
      const query = Object.fromEntries(Object.entries(this.filters).filter(([, v]) => v));
      const page = await this.fetchPage(more && this.nextBefore ? { ...query, before: String(this.nextBefore) } : query);
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.nextBefore = page.nextBefore;
      this.error = null;
    } catch (error) {
      this.error = error;
    }
    this.host.requestUpdate();
  }
}
