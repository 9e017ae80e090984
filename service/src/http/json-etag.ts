// JSON answers with a weak ETag, 304 when the client has it, and compression done once per body, not per request.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { ReadCache } from '../storage/read-cache.js';

/** Below this, compression costs more than the bytes it saves. */
export const COMPRESS_THRESHOLD = 1024;

/** A serialised answer and the encodings made of it so far (each made at most once). */
export interface JsonBody {
  json: string;
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

export function jsonBodyOf(data: unknown): JsonBody {
  const json = JSON.stringify(data);
  // Node's synchronous SHA-1: hono's etag() clones the response and digests it through WebCrypto.
  return { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"` };
}

type Encoding = 'br' | 'gzip';

function wantedEncoding(c: Context): Encoding | null {
  const accepted = c.req.header('accept-encoding');
  if (!accepted) return null;
  if (/\bbr\b(?!;q=0(\.0*)?\b)/.test(accepted)) return 'br';
  if (/\bgzip\b(?!;q=0(\.0*)?\b)/.test(accepted)) return 'gzip';
  return null;
}

/** The body in the client's encoding, compressing it (fast settings) the first time that encoding is asked for. */
function encoded(body: JsonBody, encoding: Encoding): Buffer {
  if (encoding === 'br') {
    body.br ??= brotliCompressSync(body.json, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
    });
    return body.br;
  }
  body.gzip ??= gzipSync(body.json, { level: 6 });
  return body.gzip;
}

/** Answers with `body`: 304 if the client's ETag matches, compressed when large and the client accepts it. */
export function sendJsonBody(c: Context, body: JsonBody, status: 200 = 200): Response {
  c.header('ETag', body.etag);
  c.header('Vary', 'Accept-Encoding', { append: true });
  const wanted = c.req.header('if-none-match');
  if (wanted && wanted.split(',').some((t) => t.trim() === body.etag || t.trim() === body.etag.slice(2))) {
    return c.body(null, 304);
  }
  const encoding = body.json.length >= COMPRESS_THRESHOLD ? wantedEncoding(c) : null;
  if (!encoding) return c.body(body.json, status, { 'Content-Type': 'application/json; charset=utf-8' });
  const bytes = encoded(body, encoding);
  return c.body(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Encoding': encoding,
  });
}

/**
 * A public JSON answer served from the read cache: built, serialised, hashed and compressed once per data
 * version, then served from memory until a write changes what it was built from.
 */
export async function cachedJson(c: Context, cache: ReadCache, key: string, build: () => Promise<unknown>): Promise<Response> {
  const body = await cache.through(key, async () => jsonBodyOf(await build()));
  return sendJsonBody(c, body);
}
