// An in-process cache of reads that only a write can make stale: every entry remembers the data version it was
// read at, and any write to a table the public reads (seen by the change tracker, or announced by another
// instance through PostgreSQL NOTIFY) moves the version on. A short time-to-live bounds what a race can leave.
import type { Kysely } from 'kysely';

interface Entry {
  /** The data version the value was read at. */
  readAt: number;
  expires: number;
  value: unknown;
}

/**
 * What a site's configuration is read from. Entries for these reads (the keys below) stay valid across writes to
 * anything else, so a burst of submissions does not make every one of them read its site again.
 */
const CONFIGURATION_TABLES = new Set(['sites', 'departments', 'categories']);
const CONFIGURATION_KEY = /^(site:|sites$|departments:|categories:|config:)/;

export interface ReadCacheOptions {
  /** Longest an entry is served, even when no write was seen (default 5 s). */
  ttlMs?: number;
  /** Entries kept before the oldest are dropped (default 2,000). */
  maxEntries?: number;
}

export class ReadCache {
  #version = 0;
  /** The version of the last write to anything public, and of the last write to a site's configuration. */
  #contentChangedAt = 0;
  #configurationChangedAt = 0;
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor(options: ReadCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 5000;
    this.#maxEntries = options.maxEntries ?? 2000;
  }

  /** The current data version; a response built from reads started at version v is valid while no write follows. */
  get version(): number {
    return this.#version;
  }

  /**
   * Something public may have changed: every entry read before now is stale, except, when the written `tables` are
   * named and none of them is a configuration table, the configuration entries. Without names (a raw statement,
   * another instance's notice), everything.
   */
  bump(tables?: readonly string[]): void {
    this.#version++;
    this.#contentChangedAt = this.#version;
    if (!tables || tables.some((t) => CONFIGURATION_TABLES.has(t) || t === '*')) {
      this.#configurationChangedAt = this.#version;
      this.#entries.clear();
    }
    // Otherwise the stale content entries go when next asked for, or as the oldest when the map is full.
  }

  #changedAt(key: string): number {
    return CONFIGURATION_KEY.test(key) ? this.#configurationChangedAt : this.#contentChangedAt;
  }

  get<T>(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.readAt < this.#changedAt(key) || entry.expires < Date.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value as T;
  }

  /** Stores `value` read at `version`; a value read before a write that landed meanwhile is not kept. */
  set(key: string, value: unknown, version: number): void {
    if (version < this.#changedAt(key)) return;
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { readAt: version, expires: Date.now() + this.#ttlMs, value });
  }

  /** The cached value for `key`, or `load()`'s, remembered unless a write happened while it loaded. */
  async through<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.get<T>(key);
    if (hit !== undefined) return hit;
    const version = this.#version;
    const value = await load();
    this.set(key, value, version);
    return value;
  }
}

const caches = new WeakMap<object, ReadCache>();

/** Ties a cache to the root Kysely instance; transactions are other objects and so always read afresh. */
export function attachReadCache(db: Kysely<any>, cache: ReadCache): void {
  caches.set(db, cache);
}

/** `load()` through the database's read cache when `db` is the root handle, directly inside a transaction. */
export function cachedRead<T>(db: object, key: string, load: () => Promise<T>): Promise<T> {
  const cache = caches.get(db);
  return cache ? cache.through(key, load) : load();
}
