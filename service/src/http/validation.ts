// Request validation at the edge: @hono/zod-validator with one hook, so every failure is a 400 problem naming each bad
// field by its dotted path, and every string is in canonical form (domain/canonical-text.ts) before it is validated,
// screened or stored. Routes declare what they read (`jsonBody(schema)`, `queryParams(schema)`) and handlers take
// the result typed from the schema with `c.req.valid('json' | 'query')`.
import { zValidator } from '@hono/zod-validator';
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { canonicalStrings, TooDeepError } from '../domain/canonical-text.js';
import { fieldErrorsFrom, Problem } from './problem.js';

/** JSON as Hono's validator recognises it: the media type alone, parameters (charset) aside. */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const isJson = (c: Context) => JSON_MEDIA_TYPE.test((c.req.header('content-type') ?? '').split(';')[0]!.trim());

const DETAILS: Record<string, string> = {
  json: 'The request body is invalid.',
  query: 'The query parameters are invalid.',
};

/** The one hook: a failed parse becomes today's problem+json, field paths dotted (`location.lat`). */
function problemHook(result: { success: boolean; error?: unknown; target: string }): void {
  if (!result.success) {
    throw new Problem(400, DETAILS[result.target] ?? 'The request is invalid.', fieldErrorsFrom(result.error as z.ZodError));
  }
}

/**
 * Synchronous parsing: none of our schemas is asynchronous, and safeParseAsync costs a promise per field. (Typed
 * loosely: the validator's option type depends on the schema's type parameter, which a shared constant cannot name.)
 */
const syncParse: any = { validationFunction: (schema: z.ZodType, value: unknown) => schema.safeParse(value) };

/** Every string in canonical form; JSON deeper than the canonicaliser allows is a 400. */
function canonicalInput(raw: unknown): unknown {
  try {
    return canonicalStrings(raw);
  } catch (error) {
    if (error instanceof TooDeepError) throw new Problem(400, error.message, [{ path: '', message: error.message }]);
    throw error;
  }
}

function hasNoBody(c: Context): boolean {
  const length = c.req.header('content-length');
  return !c.req.header('content-type') && (length === undefined || length === '0');
}

/**
 * What Hono's validator will read: it asks `c.req.json()`, which for this request answers the canonical value already
 * parsed, instead of serialising it and parsing it again (a tenth of a screening request in the profile).
 */
function answerJsonWith(c: Context, json: unknown): void {
  const answer = Promise.resolve(json);
  c.req.json = (() => answer) as Context['req']['json'];
}

/**
 * The body as text. Under @hono/node-server a body with a declared length (already held to the limit by the app's
 * body-limit middleware) is read straight from Node's request: asking the web Request for it builds a web stream
 * for a few hundred bytes. A chunked body, or a request made in-process (tests), goes through the web Request.
 */
function bodyText(c: Context): Promise<string> {
  return requestBodyText(
    c.env,
    (name) => c.req.header(name),
    () => c.req.text(),
  );
}

/**
 * `bodyText` from a request's parts, for answers made without a Hono context (http/screen-edge.ts): `env` is what
 * @hono/node-server hands the app, `header` reads a request header, `viaRequest` reads the web Request's body.
 */
export async function requestBodyText(
  env: unknown,
  header: (name: string) => string | undefined,
  viaRequest: () => Promise<string>,
): Promise<string> {
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (
    !incoming ||
    incoming.readableDidRead ||
    header('content-length') === undefined ||
    header('transfer-encoding') !== undefined
  ) {
    return viaRequest();
  }
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    incoming.once('error', reject);
  });
  // As TextDecoder (and so c.req.text()) would: invalid sequences become U+FFFD, a byte-order mark is dropped.
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A body read as text, as JSON in canonical form: 415 unless declared JSON (`contentType`), 400 unless JSON. */
export function canonicalJsonOf(text: string, contentType: string | undefined): unknown {
  if (!JSON_MEDIA_TYPE.test((contentType ?? '').split(';')[0]!.trim())) {
    throw new Problem(415, 'Send the body as application/json.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Problem(400, 'The body is not valid JSON.', [{ path: '', message: 'Malformed JSON' }]);
  }
  return canonicalInput(raw);
}

/** A canonical JSON body checked against `schema` as `jsonBody` checks it: the same 400 naming each bad field. */
export function validJson<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Problem(400, DETAILS.json!, fieldErrorsFrom(parsed.error));
  return parsed.data;
}

/**
 * Reads the body once and hands it, as JSON in canonical form, to the validator that follows. 415 unless the body
 * is declared JSON; 400 when it is not JSON. With `optional`, a request without any body (or with an empty one,
 * whatever its declared type) is read as `{}`: "approve as it is", "me too" without contact.
 */
async function readCanonicalJson(c: Context, optional: boolean): Promise<void> {
  const text = optional && hasNoBody(c) ? '' : await bodyText(c);
  if (optional && text.trim() === '') {
    answerJsonWith(c, {});
    return;
  }
  answerJsonWith(c, canonicalJsonOf(text, c.req.header('content-type')));
}

/** Validates the JSON body against `schema`; the handler reads it with `c.req.valid('json')`. */
export function jsonBody<T extends z.ZodType>(schema: T, options: { optional?: boolean } = {}) {
  const validate = zValidator('json', schema, problemHook, syncParse);
  const optional = options.optional ?? false;
  const middleware: MiddlewareHandler = async (c, next) => {
    await readCanonicalJson(c, optional);
    // Hono's validator parses only bodies declared JSON; an optional empty body has none, so it is given one.
    if (optional && !isJson(c)) {
      const parsed = schema.safeParse({});
      if (!parsed.success) throw new Problem(400, DETAILS.json!, fieldErrorsFrom(parsed.error));
      c.req.addValidatedData('json', parsed.data as object);
      await next();
      return;
    }
    return validate(c, next);
  };
  return middleware as typeof validate;
}

/** Repeated parameters count once (the first), as URLSearchParams.get would; every value canonical. */
function canonicalQuery(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const single: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) single[key] = Array.isArray(entry) ? entry[0] : entry;
  return canonicalInput(single);
}

/** Validates the query string against `schema`; the handler reads it with `c.req.valid('query')`. */
export function queryParams<T extends z.ZodType>(schema: T) {
  const canonical = z.preprocess(canonicalQuery, schema) as unknown as T;
  return zValidator('query', canonical, problemHook, syncParse);
}

/** A value outside a body or query (a header, a path segment) checked against a schema, with the same problem. */
export function parseWith<T extends z.ZodType>(schema: T, raw: unknown, detail: string): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Problem(400, detail, fieldErrorsFrom(parsed.error));
  return parsed.data;
}
