// Fuzzes every route of the app with generated paths, queries, headers and bodies: never a 5xx, and nothing stored changes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { logInAs, type Staff } from '../moderation/staff.js';

/** Strings that have broken parsers, databases and offset arithmetic somewhere. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'abc\u0000',
  '\ud800',
  '\u202e0812345678',
  '\u001b[31m',
  "' OR 1=1 --",
  '" NEAR( * ^:',
  '%',
  '_',
  '\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'ไอ้เหี้ย',
  '๐๘๑๒๓๔๕๖๗๘',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e400',
  '9007199254740993',
  '2147483648',
  '99999999999',
  '0x10',
  'null',
  'true',
  '[]',
  '{}',
  'a'.repeat(5000),
  '0 '.repeat(400),
  'ก\u0e48'.repeat(300),
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 12 }),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 0.5, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A JSON value of any shape, with hostile leaves; depth bounded by fast-check's own limits. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom(
          'kind',
          'title',
          'body',
          'text',
          'reason',
          'status',
          'redactions',
          'site',
          'username',
          'password',
          '__proto__',
          'constructor',
        ),
        fc.string({ maxLength: 8 }),
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

/** Bodies that are valid-looking enough to reach deep into handlers, broken in one field. */
const nearlyValidPost = fc
  .record({
    field: fc.constantFrom('kind', 'title', 'body', 'category', 'location', 'contact', 'consent', 'asset', 'private'),
    value: hostileJson,
  })
  .map(({ field, value }) => ({ ...aPost({}), [field]: value }));

interface RawBody {
  contentType: string | null;
  body: string | null;
}

const rawBody: fc.Arbitrary<RawBody> = fc.oneof(
  hostileJson.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) ?? 'null' })),
  nearlyValidPost.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })),
  fc.constantFrom<RawBody>(
    { contentType: 'application/json', body: '{' },
    { contentType: 'application/json', body: '' },
    { contentType: 'application/json', body: '\u0000' },
    { contentType: 'application/json', body: '['.repeat(5000) },
    { contentType: 'application/json', body: `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}` },
    { contentType: 'application/json; charset=latin1', body: '{"text":"\u00ff"}' },
    { contentType: 'application/x-www-form-urlencoded', body: 'a=1&b=%00&c=%E0%B8' },
    { contentType: 'multipart/form-data; boundary=xyz', body: '--xyz\r\ngarbage' },
    { contentType: 'text/plain', body: 'hello' },
    { contentType: null, body: null },
  ),
);

const hostileHeaders = fc.record(
  {
    authorization: fc.oneof(
      fc.constantFrom('Bearer', 'Bearer ', 'Basic YTpi', 'Bearer \u0000'),
      hostileString.map((s) => `Bearer ${s}`),
    ),
    'idempotency-key': hostileString,
    'x-forwarded-for': fc.constantFrom('1.2.3.4, 5.6.7.8', 'garbage', '::1', ''),
    'x-client-token': hostileString,
    'accept-encoding': fc.constantFrom('gzip', 'br', 'identity;q=0', '*', 'gzip;q=abc'),
    'if-none-match': fc.constantFrom('*', '"x"', 'W/"', ''),
    cookie: fc.constantFrom('cb_session=x', 'cb_device=' + 'a'.repeat(50), '__Host-cb_session=;', 'a'.repeat(3000)),
  },
  { requiredKeys: [] },
);

const QUERY_NAMES = [
  'site',
  'q',
  'kind',
  'status',
  'category',
  'cursor',
  'limit',
  'month',
  'year',
  'before',
  'text',
  'lat',
  'lng',
  'locale',
  'jurisdiction_id',
  'start_date',
];
const hostileQuery = fc.dictionary(fc.constantFrom(...QUERY_NAMES), hostileString, { maxKeys: 4 });

/** Header values must be ByteStrings for fetch; anything else is what no HTTP client can send. */
function sendable(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (/^[\x20-\x7e]*$/.test(v)) out[k] = v;
  return out;
}

/** Percent-encodes like encodeURIComponent, sending a lone surrogate as the ill-formed UTF-8 an attacker would. */
function encodeAnything(value: string): string {
  return Array.from(value, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return '%ED%A0%80';
    }
  }).join('');
}

function fill(path: string, params: Record<string, string>): string {
  return path.replace(/:([a-z]+)(\{[^}]*\})?/gi, (_m, name: string) => encodeAnything(params[name] ?? 'x'));
}

for (const dialect of DIALECTS) {
  describe(`fuzzing every route (${dialect})`, () => {
    let service: TestService;
    let admin: Staff;
    let snapshot: string;
    let stored: { id: number; trackingCode: string; accessKey: string }[];
    /** The stored cases and everything hanging off them; rows created by the fuzzing itself are not compared. */
    const snapshotOf = async () => {
      const db = service.db.kysely;
      const ids = stored.map((s) => s.id);
      return JSON.stringify([
        await db.selectFrom('cases').selectAll().where('id', 'in', ids).orderBy('id').execute(),
        await db.selectFrom('contacts').selectAll().where('case_id', 'in', ids).orderBy('case_id').execute(),
        await db.selectFrom('answers').selectAll().where('case_id', 'in', ids).orderBy('id').execute(),
        await db.selectFrom('findings').selectAll().where('case_id', 'in', ids).orderBy('id').execute(),
        await db.selectFrom('redactions').selectAll().where('case_id', 'in', ids).orderBy('id').execute(),
      ]);
    };

    beforeAll(async () => {
      service = await buildTestService({ dialect });
      stored = [];
      for (const body of ['ถนนหน้าตลาดเป็นหลุมลึก รถล้มทุกวัน', 'โทรหาผมที่ 0812345678 ไฟดับทั้งซอย']) {
        const res = await service.app.request(
          '/api/v1/sites/demo/posts',
          jsonRequest('POST', aPost({ body, contact: { email: 'citizen@example.com' } })),
        );
        stored.push(await res.json());
      }
      admin = await logInAs(service, 'admin', ADMIN_PASSWORD);
      snapshot = await snapshotOf();
    });
    afterAll(async () => service.close());

    const routes = () => {
      const seen = new Set<string>();
      return service.app.routes
        .filter((r) => r.method !== 'ALL')
        .filter((r) => {
          const key = `${r.method} ${r.path}`;
          return !seen.has(key) && seen.add(key);
        });
    };

    it('answers every generated request below 500, anonymous or as the platform admin, and changes no stored case', async () => {
      const failures: string[] = [];
      const list = routes();
      expect(list.length).toBeGreaterThan(60);
      let sent = 0;
      const tally = new Map<number, number>();
      for (const [index, route] of list.entries()) {
        const samples = fc.sample(
          fc.record({ body: rawBody, headers: hostileHeaders, query: hostileQuery, param: hostileString, asAdmin: fc.boolean() }),
          { seed: 2569 + index, numRuns: 12 },
        );
        for (const sample of samples) {
          // Staff requests never name a stored case (they could legitimately change it); anonymous ones do.
          const real = stored[sample.param.length % stored.length]!;
          const params = sample.asAdmin
            ? {
                site: sample.param.length % 2 ? 'demo' : sample.param,
                id: sample.param || '999999',
                code: sample.param,
                reporter: sample.param,
                token: sample.param,
              }
            : { site: 'demo', id: String(real.id), code: real.trackingCode, reporter: sample.param, token: sample.param };
          if (sample.asAdmin && route.path === '/api/v1/auth/logout') continue;
          const url = new URL(`http://localhost${fill(route.path, params)}`);
          for (const [k, v] of Object.entries(sample.query)) url.searchParams.set(k, v);
          const headers = sendable({ ...sample.headers, 'x-test-client': `fuzz-${index}` });
          // A foreign origin is refused at the door (403), so only one request in five sends one.
          if (sample.param.length % 5 === 4) headers.origin = ['https://evil.example', 'null', 'http://localhost:1'][index % 3]!;
          if (sample.body.contentType) headers['content-type'] = sample.body.contentType;
          if (sample.asAdmin) Object.assign(headers, { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken });
          else if (sample.param.length % 3 === 0) headers.authorization = `Bearer ${real.accessKey}`;
          const init: RequestInit = { method: route.method, headers };
          if (!['GET', 'HEAD'].includes(route.method) && sample.body.body !== null) init.body = sample.body.body;
          const res = await service.app.request(url.pathname + url.search, init);
          sent++;
          tally.set(res.status, (tally.get(res.status) ?? 0) + 1);
          if (res.status >= 500)
            failures.push(
              `${route.method} ${url.pathname}${url.search} → ${res.status} ${(await res.text()).slice(0, 200)} body=${String(init.body).slice(0, 120)}`,
            );
          else await res.arrayBuffer();
        }
      }
      expect(failures).toEqual([]);
      expect(sent).toBeGreaterThan(800);
      // Generated requests reach the handlers, not only the door: many succeed, many are refused for their content.
      expect(tally.get(200) ?? 0).toBeGreaterThan(80);
      expect(tally.get(400) ?? 0).toBeGreaterThan(80);
      expect(await snapshotOf()).toBe(snapshot);
    }, 240_000);
  });
}
