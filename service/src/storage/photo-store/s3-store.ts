// An S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …) for several instances: path-style URLs, every request signed
// with AWS Signature V4 by aws4fetch, and the payload's SHA-256 signed too (no UNSIGNED-PAYLOAD).
import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { assertObjectName, type PhotoStore } from './photo-store.js';

export interface S3Options {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Per request; a stuck bucket must not hold an upload forever. */
  timeoutMs?: number;
}

const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

export function s3PhotoStore(options: S3Options): PhotoStore {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: 's3',
    region: options.region,
    retries: 2,
  });
  const base = `${options.endpoint.replace(/\/$/, '')}/${encodeURIComponent(options.bucket)}`;
  const urlOf = (name: string) => {
    assertObjectName(name);
    return `${base}/${name}`;
  };
  const send = (url: string, init: RequestInit & { headers: Record<string, string> }) =>
    client.fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
  const fail = async (what: string, res: Response) => {
    const text = (await res.text().catch(() => '')).slice(0, 200);
    const code = /<Code>([^<]{1,64})<\/Code>/.exec(text)?.[1];
    return new Error(`Photo store: ${what} answered ${res.status}${code ? ` ${code}` : ''}`);
  };
  return {
    description: `s3:${options.endpoint}/${options.bucket}`,
    async put(name, body, contentType) {
      const res = await send(urlOf(name), {
        method: 'PUT',
        body: body as Uint8Array<ArrayBuffer>,
        headers: {
          'Content-Type': contentType,
          'X-Amz-Content-Sha256': createHash('sha256').update(body).digest('hex'),
        },
      });
      if (!res.ok) throw await fail('PUT', res);
      await res.arrayBuffer();
    },
    async get(name) {
      const res = await send(urlOf(name), { method: 'GET', headers: { 'X-Amz-Content-Sha256': EMPTY_SHA256 } });
      if (res.status === 404) {
        await res.arrayBuffer();
        return null;
      }
      if (!res.ok) throw await fail('GET', res);
      return new Uint8Array(await res.arrayBuffer());
    },
    async delete(name) {
      const res = await send(urlOf(name), { method: 'DELETE', headers: { 'X-Amz-Content-Sha256': EMPTY_SHA256 } });
      if (!res.ok && res.status !== 404) throw await fail('DELETE', res);
      await res.arrayBuffer();
    },
  };
}
