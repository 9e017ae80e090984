// Credentials the service must read back (a site's LINE channel secret and access token, a webhook channel's signing
// secret) are sealed with AES-256-GCM before they reach the database, so a copied database or backup does not carry
// working credentials. The key lives outside the database: SECRETS_KEY, or a key file beside a SQLite database.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

/** Marks a sealed value; anything without it is a value stored before sealing existed, read as it is. */
const PREFIX = 'cbs1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBox {
  /** Whether `seal` encrypts (a key is configured or can be kept beside the database). */
  readonly encrypting: boolean;
  /** `purpose` (e.g. `line_channels.channel_secret`) is bound to the ciphertext: a value moved to another column fails. */
  seal(plain: string, purpose: string): string;
  open(stored: string, purpose: string): string;
  isSealed(stored: string): boolean;
}

export class SecretUnavailable extends Error {}

/** A 32-byte key written as 64 hexadecimal digits or as base64; undefined for anything else. */
export function parseSecretsKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return undefined;
  const key = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
  return key.length === 32 ? key : undefined;
}

/** Reads the key file, or creates it (owner-only) the first time; two processes racing read the same key. */
function keyFromFile(path: string): Buffer {
  try {
    writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  chmodSync(path, 0o600);
  const key = parseSecretsKey(readFileSync(path, 'utf8'));
  if (!key) throw new SecretUnavailable(`The secrets key file ${path} does not hold a 32-byte key.`);
  return key;
}

export interface SecretBoxOptions {
  /** SECRETS_KEY, already parsed. */
  key?: Buffer | undefined;
  /** Where to keep a generated key when none is given (beside a SQLite database); read only when first needed. */
  keyFile?: string | undefined;
}

export function createSecretBox(options: SecretBoxOptions = {}): SecretBox {
  let key = options.key;
  const keyOf = (): Buffer | undefined => (key ??= options.keyFile ? keyFromFile(options.keyFile) : undefined);
  return {
    encrypting: Boolean(options.key ?? options.keyFile),
    isSealed: (stored) => stored.startsWith(PREFIX),
    seal(plain, purpose) {
      const k = keyOf();
      if (!k) return plain;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', k, iv).setAAD(Buffer.from(purpose));
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${PREFIX}${iv.toString('base64url')}.${sealed.toString('base64url')}`;
    },
    open(stored, purpose) {
      if (!stored.startsWith(PREFIX)) return stored;
      const k = keyOf();
      if (!k) throw new SecretUnavailable(`A sealed ${purpose} was found, but no SECRETS_KEY is set.`);
      const [iv, body] = stored.slice(PREFIX.length).split('.');
      const bytes = Buffer.from(body ?? '', 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(iv ?? '', 'base64url'))
          .setAAD(Buffer.from(purpose))
          .setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretUnavailable(`The sealed ${purpose} does not open with this SECRETS_KEY.`);
      }
    },
  };
}
