// JSON answers with a weak ETag, 304 when the client has it, and compression done once per body, not per request.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { ReadCache } from '../storage/read-cache.js';

/** Below this, compression costs more than the bytes it saves. */
export const COMPRESS_THRESHOLD = 1024;

export type Encoding = 'br' | 'gzip';

/** A serialised answer and the encodings made of it so far (each made at most once). */
export interface JsonBody {
  json: string;
  etag: string;
  br?: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export function jsonBodyOf(data: unknown): JsonBody {
  const json = JSON.stringify(data);
  // Node's synchronous SHA-1: hono's etag() clones the response and digests it through WebCrypto.
  return { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"` };
}

/** The encoding to answer a request's Accept-Encoding with, brotli first; null for none. */
export function wantedEncoding(accepted: string | null | undefined): Encoding | null {
  if (!accepted) return null;
  if (/\bbr\b(?!;q=0(\.0*)?\b)/.test(accepted)) return 'br';
  if (/\bgzip\b(?!;q=0(\.0*)?\b)/.test(accepted)) return 'gzip';
  return null;
}

/** The encoding `body` is sent in for this Accept-Encoding: none below the threshold. */
export function encodingFor(body: JsonBody, accepted: string | null | undefined): Encoding | null {
  return body.json.length >= COMPRESS_THRESHOLD ? wantedEncoding(accepted) : null;
}

/** True when an If-None-Match header names `etag` (weakly: with or without its W/ prefix). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  return Boolean(ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === etag.slice(2)));
}

/** The body in the client's encoding, compressing it (fast settings) the first time that encoding is asked for. */
export function encoded(body: JsonBody, encoding: Encoding): Uint8Array<ArrayBuffer> {
  const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
  if (encoding === 'br') {
    body.br ??= bytes(
      brotliCompressSync(body.json, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
      }),
    );
    return body.br;
  }
  body.gzip ??= bytes(gzipSync(body.json, { level: 6 }));
  return body.gzip;
}

/** Answers with `body`: 304 if the client's ETag matches, compressed when large and the client accepts it. */
export function sendJsonBody(c: Context, body: JsonBody, status: 200 = 200): Response {
  c.header('ETag', body.etag);
  c.header('Vary', 'Accept-Encoding', { append: true });
  if (etagMatches(c.req.header('if-none-match'), body.etag)) return c.body(null, 304);
  const encoding = encodingFor(body, c.req.header('accept-encoding'));
  if (!encoding) return c.body(body.json, status, { 'Content-Type': JSON_TYPE });
  return c.body(encoded(body, encoding), status, { 'Content-Type': JSON_TYPE, 'Content-Encoding': encoding });
}

/**
 * A public JSON answer served from the read cache: built, serialised, hashed and compressed once per data
 * version, then served from memory until a write changes what it was built from.
 */
export async function cachedJson(c: Context, cache: ReadCache, key: string, build: () => Promise<unknown>): Promise<Response> {
  const body = await cache.through(key, async () => jsonBodyOf(await build()));
  return sendJsonBody(c, body);
}
