// JSON answers with a weak ETag computed from the serialised body, and 304 when the client has it.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/**
 * Hashes the string once with Node's synchronous SHA-1: hono's etag() middleware clones the response
 * and digests it through WebCrypto, which cost ~0.2-0.3 ms per feed page here. Weak, because the
 * compress middleware may re-encode the bytes.
 */
export function jsonWithEtag(c: Context, data: unknown): Response {
  const body = JSON.stringify(data);
  const tag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  c.header('ETag', tag);
  const wanted = c.req.header('if-none-match');
  if (wanted && wanted.split(',').some((t) => t.trim() === tag || t.trim() === tag.slice(2))) return c.body(null, 304);
  return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
}
