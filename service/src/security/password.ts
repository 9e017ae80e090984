// Password hashing with scrypt (memory-hard, in Node's crypto) and a minimum strength rule.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/** scrypt's cost parameters; a stored hash carries its own, so verifyPassword reads any. */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

// N=2^15, r=8 uses 32 MiB per hash: slow enough to resist guessing, fast enough for a login.
const PARAMS: ScryptCost = { N: 1 << 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

/**
 * Every stored password is hashed at PARAMS. The cost parameter exists for the test suite alone, which seeds its users
 * at a far lower cost (test/support/service.ts): each test database has an admin, and at PARAMS its hash and every
 * sign-in cost ~140 ms of CPU. Verification is the same code either way.
 */
export async function hashPassword(password: string, cost: ScryptCost = PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, { ...cost, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Returns why a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string): string | null {
  if (password.length < 10) return 'at least 10 characters';
  if (new Set(password).size < 5) return 'at least 5 different characters';
  return null;
}

export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}
