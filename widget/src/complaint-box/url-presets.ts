// Reads what the host page's URL asks of the widget: QR presets in the query, a tracking link in the fragment.

export interface UrlPresets {
  category?: string;
  location?: string;
  asset?: string;
  trackingCode?: string;
  accessKey?: string;
}

export function readUrlPresets(url: URL = new URL(location.href)): UrlPresets {
  const query = url.searchParams;
  // The key travels in the fragment so it never reaches a web server's access log.
  const fragment = new URLSearchParams(url.hash.slice(1));
  const pick = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;
  return {
    category: pick(query, 'cb-category'),
    location: pick(query, 'cb-location'),
    asset: pick(query, 'cb-asset'),
    trackingCode: pick(fragment, 'cb-track') ?? pick(query, 'cb-track'),
    // Only from the fragment: a key in the query string would already have reached the host's server logs,
    // and accepting it there would invite links that leak it.
    accessKey: pick(fragment, 'cb-key'),
  };
}
