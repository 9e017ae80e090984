// A local stand-in for an S3-compatible object store: path-style PUT, GET and DELETE of objects, each request's
// AWS Signature V4 checked the way S3 checks it (canonical request, scope, signing key, payload hash), and
// S3's XML errors. Written here from the protocol, independently of the client library the service uses.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface S3StandIn {
  url: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  objects: Map<string, { body: Buffer; contentType: string }>;
  /** Every request as `METHOD key status`, in order. */
  log: string[];
  /** Answer the next N requests with 503, as a bucket under maintenance does. */
  failNext(count: number): void;
  close(): Promise<void>;
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** RFC 3986 encoding as SigV4 wants it for query strings. */
const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function xmlError(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

interface Verdict {
  ok: boolean;
  code?: string;
  message?: string;
}

function verifySignature(
  req: IncomingMessage,
  body: Buffer,
  options: { region: string; accessKeyId: string; secretAccessKey: string },
): Verdict {
  const auth = req.headers.authorization ?? '';
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!match) return { ok: false, code: 'AccessDenied', message: 'Missing or malformed AWS4-HMAC-SHA256 Authorization header' };
  const [, keyId, day, region, service, signedHeaderList, signature] = match;
  if (keyId !== options.accessKeyId) return { ok: false, code: 'InvalidAccessKeyId', message: 'Unknown access key' };
  if (region !== options.region || service !== 's3')
    return { ok: false, code: 'AuthorizationHeaderMalformed', message: 'Wrong scope' };
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  if (!/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== day)
    return { ok: false, code: 'AccessDenied', message: 'Bad X-Amz-Date' };
  const at = Date.UTC(
    +amzDate.slice(0, 4),
    +amzDate.slice(4, 6) - 1,
    +amzDate.slice(6, 8),
    +amzDate.slice(9, 11),
    +amzDate.slice(11, 13),
    +amzDate.slice(13, 15),
  );
  if (Math.abs(Date.now() - at) > 15 * 60_000) return { ok: false, code: 'RequestTimeTooSkewed', message: 'Clock skew' };
  const signedHeaders = signedHeaderList!.split(';');
  for (const required of ['host', 'x-amz-date', 'x-amz-content-sha256']) {
    if (!signedHeaders.includes(required)) return { ok: false, code: 'AccessDenied', message: `${required} must be signed` };
  }
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) {
    return { ok: false, code: 'XAmzContentSHA256Mismatch', message: 'The payload does not match its signed hash' };
  }
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headerLines = signedHeaders.map((name) => {
    const value = req.headers[name];
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`;
  });
  const canonical = [req.method, url.pathname, query, headerLines.join(''), signedHeaderList, payloadHash].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${options.secretAccessKey}`, day!), region!), 's3'), 'aws4_request');
  const expected = hmac(key, stringToSign);
  const given = Buffer.from(signature!, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match' };
  }
  return { ok: true };
}

export async function startS3StandIn(
  options: Partial<Pick<S3StandIn, 'bucket' | 'region' | 'accessKeyId' | 'secretAccessKey'>> = {},
): Promise<S3StandIn> {
  const bucket = options.bucket ?? 'complaint-photos';
  const region = options.region ?? 'ap-southeast-1';
  const accessKeyId = options.accessKeyId ?? 'AKIASTANDIN000000001';
  const secretAccessKey = options.secretAccessKey ?? 'stand-in-secret-key/with+odd=chars';
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const log: string[] = [];
  let failures = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
      const [, bucketName, ...rest] = path.split('/');
      const key = decodeURIComponent(rest.join('/'));
      const answer = (status: number, send: () => void) => {
        log.push(`${req.method} ${key} ${status}`);
        send();
      };
      if (failures > 0) {
        failures -= 1;
        return answer(503, () => xmlError(res, 503, 'SlowDown', 'Please reduce your request rate'));
      }
      const verdict = verifySignature(req, body, { region, accessKeyId, secretAccessKey });
      if (!verdict.ok)
        return answer(403, () =>
          xmlError(res, verdict.code === 'XAmzContentSHA256Mismatch' ? 400 : 403, verdict.code!, verdict.message!),
        );
      if (bucketName !== bucket)
        return answer(404, () => xmlError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist'));
      if (!key) return answer(400, () => xmlError(res, 400, 'InvalidRequest', 'No key'));
      if (req.method === 'PUT') {
        objects.set(key, { body, contentType: String(req.headers['content-type'] ?? 'application/octet-stream') });
        return answer(200, () => {
          res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
          res.end();
        });
      }
      if (req.method === 'GET') {
        const object = objects.get(key);
        if (!object) return answer(404, () => xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.'));
        return answer(200, () => {
          res.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length });
          res.end(object.body);
        });
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return answer(204, () => {
          res.writeHead(204);
          res.end();
        });
      }
      return answer(405, () => xmlError(res, 405, 'MethodNotAllowed', 'Not supported by the stand-in'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    objects,
    log,
    failNext: (count) => {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
