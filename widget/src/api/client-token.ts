// The browser's random citizen token for "me too" and reports, and which posts this browser already supported.
// Only lazily loaded views import this; the token says nothing about who the citizen is.
const TOKEN_KEY = 'complaint-box:client-token';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;
let memoryToken: string | undefined;
const memorySupported = new Map<string, Set<number>>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked storage (privacy mode, sandboxed iframe): the token lives as long as the page
  }
}

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The same token on every visit from this browser, so "me too" counts a citizen once. */
export function clientToken(): string {
  if (memoryToken) return memoryToken;
  const store = storage();
  let token: string | null = null;
  try {
    token = store?.getItem(TOKEN_KEY) ?? null;
  } catch {
    token = null;
  }
  if (!token || !TOKEN_SHAPE.test(token)) {
    token = newToken();
    try {
      store?.setItem(TOKEN_KEY, token);
    } catch {
      // quota or blocked storage: keep it in memory
    }
  }
  return (memoryToken = token);
}

function supportedKey(site: string): string {
  return `complaint-box:supported:${site}`;
}

/** Posts of `site` this browser said "me too" to, so the button shows it pressed after a reload. */
export function supportedPosts(site: string): Set<number> {
  let set = memorySupported.get(site);
  if (set) return set;
  set = new Set();
  try {
    const raw = JSON.parse(storage()?.getItem(supportedKey(site)) ?? '[]') as unknown;
    if (Array.isArray(raw)) for (const id of raw) if (Number.isSafeInteger(id)) set.add(id as number);
  } catch {
    // unreadable: start afresh
  }
  memorySupported.set(site, set);
  return set;
}

export function markSupported(site: string, id: number, supported: boolean): void {
  const set = supportedPosts(site);
  if (supported) set.add(id);
  else set.delete(id);
  try {
    // The newest 500 are plenty for a feed; the service remembers the rest anyway.
    storage()?.setItem(supportedKey(site), JSON.stringify([...set].slice(-500)));
  } catch {
    // blocked storage: the in-memory set still serves this page
  }
}
