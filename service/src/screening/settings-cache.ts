// Caches what is compiled from a site's settings (word tries, public-number sets) by the settings' content.
// The service builds a fresh settings object, with fresh arrays parsed from the database, for every request,
// so a cache keyed by object identity missed every time: each post rebuilt its tries, and the WeakMap entries
// kept each request's arrays alive through minor GCs. A site's lists change rarely, so a small map keyed by the
// words themselves hits on every post after the first.

const SEPARATOR = '\u0000';

export class SettingsCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit = 64) {}

  /** The key for one or more word lists (undefined lists count as empty). */
  static keyOf(...lists: (readonly string[] | undefined)[]): string {
    let key = '';
    for (const list of lists) key += (list?.join(SEPARATOR) ?? '') + '\u0001';
    return key;
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    // Many distinct sites in one process: start over rather than grow without bound.
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
  }
}
