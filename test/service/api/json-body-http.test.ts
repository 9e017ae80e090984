// JSON bodies over real HTTP: a body with a declared length is read straight from Node's request, a chunked one
// through the web Request; both must read the same, and odd bytes must give the same answers as before.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPost, startTestService } from '../../support/service.js';

type Service = Awaited<ReturnType<typeof startTestService>>;

interface Answer {
  status: number;
  body: any;
}

/** POSTs raw bytes; `chunked` sends them without a Content-Length, in two pieces. */
function post(
  service: Service,
  path: string,
  bytes: Buffer,
  options: { chunked?: boolean; type?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, service.url);
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': options.type ?? 'application/json',
          ...(options.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(bytes.length) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
        });
      },
    );
    req.on('error', reject);
    if (options.chunked) {
      const half = Math.floor(bytes.length / 2);
      req.write(bytes.subarray(0, half));
      setTimeout(() => req.end(bytes.subarray(half)), 20);
    } else req.end(bytes);
  });
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

describe('JSON bodies over real HTTP', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.close());

  it('reads a body with a length and a chunked one alike', async () => {
    const text = { text: 'โทร 081-234-5678 ได้ตลอด' };
    const sized = await post(service, '/api/v1/screen', json(text));
    const chunked = await post(service, '/api/v1/screen', json(text), { chunked: true });
    expect(sized.status).toBe(200);
    expect(chunked).toEqual(sized);
    expect(sized.body.verdict).toBe('hold');
  });

  it('takes a post whose body arrives in many small packets, Thai intact', async () => {
    const bytes = json(aPost({ title: 'ไฟถนนดับทั้งซอย', body: 'ไฟถนนซอยวัดดับมาสามคืนแล้ว '.repeat(40) }));
    const answer = await post(service, '/api/v1/sites/demo/posts', bytes, { chunked: true });
    expect(answer.status).toBe(201);
    const sized = await post(service, '/api/v1/sites/demo/posts', bytes);
    expect(sized.status).toBe(201);
  });

  it('drops a byte-order mark as a text decoder would, and turns invalid UTF-8 into U+FFFD, not a 5xx', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json({ text: 'สวัสดี' })]);
    expect((await post(service, '/api/v1/screen', bom)).status).toBe(200);
    // A lone continuation byte inside the string: valid JSON once decoded, with U+FFFD where the byte was.
    const broken = Buffer.concat([Buffer.from('{"text":"ab'), Buffer.from([0x80]), Buffer.from('cd"}')]);
    const answer = await post(service, '/api/v1/screen', broken);
    expect(answer.status).toBe(200);
    expect(answer.body.verdict).toBe('clean');
  });

  it('answers malformed, truncated, empty and mistyped bodies with the same problems as before', async () => {
    const malformed = await post(service, '/api/v1/screen', Buffer.from('{"text": "ab'));
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ path: '', message: 'Malformed JSON' }]);
    expect((await post(service, '/api/v1/screen', Buffer.alloc(0))).status).toBe(400);
    expect((await post(service, '/api/v1/screen', json({ text: 'x' }), { type: 'text/plain' })).status).toBe(415);
    const missing = await post(service, '/api/v1/screen', json({}));
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('text');
  });

  it('refuses a chunked body over the limit with 413 and a sized one too', async () => {
    const big = json({ text: 'ก'.repeat(70_000) });
    expect((await post(service, '/api/v1/screen', big)).status).toBe(413);
    expect((await post(service, '/api/v1/screen', big, { chunked: true })).status).toBe(413);
  });
});
