// One same-origin JSON call of the console API, as the main client and the reports views make it: the session
// cookie, X-CSRF-Token on changes, a JSON body when there is one; the answer's JSON (problem+json included), if any.

export interface JsonAnswer {
  /** 0 when the network failed before any answer. */
  status: number;
  ok: boolean;
  payload: unknown;
}

/** `csrfToken` is sent on every call but GET when given. */
export async function sendJson(method: string, path: string, body: unknown, csrfToken: string | undefined): Promise<JsonAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== undefined) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { status: 0, ok: false, payload: null };
  }
  const payload: unknown = /json/.test(response.headers.get('Content-Type') ?? '')
    ? await response.json().catch(() => null)
    : null;
  return { status: response.status, ok: response.ok, payload };
}
