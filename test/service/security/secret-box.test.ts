// Stored credentials are sealed (security/secret-box.ts): what a copied database holds, what opens it, what refuses.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../service/src/config.js';
import { createSecretBox, parseSecretsKey, SecretUnavailable } from '../../../service/src/security/secret-box.js';
import { openDatabase } from '../../../service/src/storage/database.js';
import { loadLineCredentials } from '../../../service/src/storage/line.repository.js';
import { seedDemoSite } from '../../../service/src/storage/seed/seed-demo.js';
import { dropSchema } from '../../support/service.js';

const PURPOSE = 'line_channels.channel_secret';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-secrets-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the secret box', () => {
  const box = createSecretBox({ key: randomBytes(32) });

  it('seals to a value that holds nothing of the secret, differs each time, and opens to the secret', () => {
    const secret = '8c1f0e5b2d7a4f6e9b3c0d1a2e4f6b8d';
    const a = box.seal(secret, PURPOSE);
    const b = box.seal(secret, PURPOSE);
    expect(a).not.toContain(secret);
    expect(a).not.toBe(b);
    expect(box.isSealed(a)).toBe(true);
    expect(box.open(a, PURPOSE)).toBe(secret);
    expect(box.open(b, PURPOSE)).toBe(secret);
  });

  it('round-trips odd text: Thai, emoji, NUL, an empty string, 100 KB', () => {
    for (const secret of ['ความลับ🔑', 'a\u0000b', '', 'x'.repeat(100_000), '\uFEFF\u200B']) {
      expect(box.open(box.seal(secret, PURPOSE), PURPOSE)).toBe(secret);
    }
  });

  it('refuses a value moved to another column, a tampered value, another key, and malformed sealed text', () => {
    const sealed = box.seal('secret-value-123', PURPOSE);
    expect(() => box.open(sealed, 'line_channels.channel_access_token')).toThrow(SecretUnavailable);
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    expect(() => box.open(`${sealed.slice(0, -2)}${last}${sealed.at(-1)}`, PURPOSE)).toThrow(SecretUnavailable);
    expect(() => createSecretBox({ key: randomBytes(32) }).open(sealed, PURPOSE)).toThrow(SecretUnavailable);
    for (const bad of ['cbs1.', 'cbs1..', 'cbs1.a.b', 'cbs1.AAAAAAAAAAAAAAAA.', `cbs1.${'A'.repeat(16)}.${'A'.repeat(10_000)}`]) {
      expect(() => box.open(bad, PURPOSE)).toThrow(SecretUnavailable);
    }
  });

  it('reads a value stored before sealing as it is, and without a key stores in clear but refuses a sealed value', () => {
    expect(box.open('plain-legacy-secret', PURPOSE)).toBe('plain-legacy-secret');
    const clear = createSecretBox();
    expect(clear.encrypting).toBe(false);
    expect(clear.seal('abc', PURPOSE)).toBe('abc');
    expect(() => clear.open(box.seal('abc', PURPOSE), PURPOSE)).toThrow(/no SECRETS_KEY/);
  });

  it('keeps a generated key in an owner-only file, created once and shared by every box that reads it', () => {
    const file = join(tempDir(), 'test.db.key');
    const boxes = [createSecretBox({ keyFile: file }), createSecretBox({ keyFile: file })];
    expect(boxes[0]!.encrypting).toBe(true);
    const sealed = boxes[0]!.seal('shared', PURPOSE);
    expect(boxes[1]!.open(sealed, PURPOSE)).toBe('shared');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(parseSecretsKey(readFileSync(file, 'utf8'))).toHaveLength(32);
    writeFileSync(file, 'not a key\n');
    expect(() => createSecretBox({ keyFile: file }).seal('x', PURPOSE)).toThrow(SecretUnavailable);
  });
});

describe('SECRETS_KEY', () => {
  it('takes 32 bytes as hexadecimal, base64 or base64url, and nothing else', () => {
    const key = randomBytes(32);
    for (const text of [key.toString('hex'), key.toString('base64'), key.toString('base64url'), ` ${key.toString('hex')}\n`]) {
      expect(parseSecretsKey(text)?.equals(key)).toBe(true);
    }
    for (const text of ['', 'short', key.toString('hex').slice(2), randomBytes(31).toString('base64'), 'ก'.repeat(64)]) {
      expect(parseSecretsKey(text)).toBeUndefined();
    }
  });

  it('refuses a bad key at start-up, naming the variable and never echoing it', () => {
    expect(() => loadConfig({ SECRETS_KEY: 'hunter2-not-a-key' })).toThrow(/SECRETS_KEY: must be 32 bytes/);
    try {
      loadConfig({ SECRETS_KEY: 'hunter2-not-a-key' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
    expect(loadConfig({ SECRETS_KEY: randomBytes(32).toString('base64') }).secretsKey).toHaveLength(32);
  });
});

/** A LINE channel stored in clear, as every database written before sealing holds it. */
async function storeClearChannel(db: Awaited<ReturnType<typeof openDatabase>>) {
  await seedDemoSite(db.kysely, new Date('2026-11-30T00:00:00Z'));
  const site = await db.kysely.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
  await db.kysely
    .insertInto('line_channels')
    .values({
      site_id: site.id,
      enabled: 1,
      channel_secret: 'legacy-secret-0123456789',
      channel_access_token: 'legacy-token/ABC+=',
      updated_by: null,
      updated_at: '2026-11-30T00:00:00Z',
    })
    .execute();
  await db.kysely
    .insertInto('notification_channels')
    .values({
      site_id: site.id,
      department_id: null,
      channel: 'webhook',
      target: 'https://hooks.example.go.th/x',
      secret: 'legacy-webhook-secret-xyz',
      kinds: '[]',
      active: 1,
      created_at: '2026-11-30T00:00:00Z',
    })
    .execute();
  return site.id;
}

async function expectSealedOnReopen(open: () => ReturnType<typeof openDatabase>) {
  const first = await open();
  const siteId = await storeClearChannel(first);
  await first.close();
  const db = await open();
  try {
    const raw = JSON.stringify([
      await db.kysely.selectFrom('line_channels').selectAll().execute(),
      await db.kysely.selectFrom('notification_channels').selectAll().execute(),
    ]);
    expect(raw).not.toContain('legacy-secret');
    expect(raw).not.toContain('legacy-token');
    expect(raw).not.toContain('legacy-webhook-secret');
    expect(await loadLineCredentials(db.kysely, db.secrets, siteId)).toEqual({
      enabled: true,
      channelSecret: 'legacy-secret-0123456789',
      channelAccessToken: 'legacy-token/ABC+=',
    });
    const hook = await db.kysely.selectFrom('notification_channels').select('secret').executeTakeFirstOrThrow();
    expect(db.secrets.open(hook.secret!, 'notification_channels.secret')).toBe('legacy-webhook-secret-xyz');
  } finally {
    await db.close();
  }
}

describe('credentials stored before sealing', () => {
  it('are sealed when a SQLite database is opened, with a key file kept beside it', async () => {
    const file = join(tempDir(), 'complaint-box.db');
    await expectSealedOnReopen(() => openDatabase(file));
    expect(statSync(`${file}.key`).mode & 0o777).toBe(0o600);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('are sealed when a PostgreSQL database is opened with SECRETS_KEY', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `t_seal_${randomBytes(5).toString('hex')}`;
    const secretsKey = randomBytes(32);
    try {
      await expectSealedOnReopen(() => openDatabase(url, { schema, secretsKey }));
    } finally {
      await dropSchema(url, schema);
    }
  });
});
