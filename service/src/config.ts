// The service's configuration: read from the environment once, validated, frozen.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseSecretsKey } from './security/secret-box.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const portSchema = z.coerce.number().int().min(0).max(65535);

const configSchema = z.object({
  PORT: portSchema.default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('./data/complaint-box.db'),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  /** Seed the demo municipality and months of its history into a fresh database; unset: on unless NODE_ENV=production. */
  DEMO_DATA: z.enum(['true', 'false', '1', '0']).optional(),
  NODE_ENV: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  // Per client address. Thai mobile networks put many subscribers behind one address (carrier-grade NAT),
  // so the budgets stop floods rather than people: a school or a market on one address must still get through.
  RATE_LIMIT_SUBMIT_PER_HOUR: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_SCREEN_PER_MINUTE: z.coerce.number().int().positive().default(1200),
  RATE_LIMIT_TRACK_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Shared counters for several instances (redis://host:6379); unset, each process counts alone. */
  RATE_LIMIT_REDIS_URL: z.url().optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  // The folder holding dist/ and demo/: the package root, whether this file runs from service/src or dist/service.
  STATIC_ROOT: z.string().min(1).default(PACKAGE_ROOT),
  // Notifications (notify/README.md). Unset SMTP_URL: emails are logged (kind and case only), not sent.
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(1).default('complaint-box <no-reply@localhost>'),
  WEBHOOK_URL: z.url().optional(),
  WEBHOOK_SECRET: z.string().min(16).optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(2000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  OUTBOX_BASE_DELAY_MS: z.coerce.number().int().positive().default(30_000),
  OUTBOX_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Local (Bangkok) time after which the daily follow-up runs, HH:MM. */
  FOLLOW_UP_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('08:30'),
  WORKFLOW_JOBS: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  /** Seals stored credentials (LINE, webhook secrets): 32 bytes as 64 hex digits or base64 (`openssl rand -base64 32`). */
  SECRETS_KEY: z
    .string()
    .optional()
    .refine((value) => value === undefined || parseSecretsKey(value) !== undefined, {
      message: 'must be 32 bytes written as 64 hexadecimal digits or as base64 (openssl rand -base64 32)',
    }),
  /** LINE Messaging API; tests point it at a local stand-in. */
  LINE_API_BASE: z.url().default('https://api.line.me'),
  // Photos (use-cases/photos): where the re-encoded images live and how large an upload may be.
  PHOTO_STORE: z.enum(['fs', 's3']).default('fs'),
  PHOTO_DIR: z.string().min(1).optional(),
  PHOTO_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  PHOTO_S3_ENDPOINT: z.url().optional(),
  PHOTO_S3_BUCKET: z.string().min(1).optional(),
  PHOTO_S3_REGION: z.string().min(1).default('us-east-1'),
  PHOTO_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  PHOTO_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

/** Where photos are stored: a folder (the default), or an S3-compatible bucket for several instances. */
export interface PhotoConfig {
  readonly store: 'fs' | 's3';
  /** The filesystem store's folder: PHOTO_DIR, else `photos/` beside the SQLite file, else ./data/photos. */
  readonly dir: string;
  readonly maxBytes: number;
  readonly s3?: {
    readonly endpoint: string;
    readonly bucket: string;
    readonly region: string;
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
  };
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly adminPassword: string | undefined;
  /** Whether a fresh database gets the demo site `demo` and its history (DEMO_DATA). */
  readonly demoData: boolean;
  readonly publicUrl: string | undefined;
  readonly trustProxy: boolean;
  readonly logLevel: 'silent' | 'error' | 'info' | 'debug';
  readonly rateLimits: {
    readonly submitPerHour: number;
    readonly screenPerMinute: number;
    readonly trackPerMinute: number;
    readonly redisUrl?: string | undefined;
  };
  readonly bodyLimitBytes: number;
  /** Folder holding `dist/` and `demo/`; the repository root by default. */
  readonly staticRoot: string;
  readonly notify: {
    readonly smtpUrl: string | undefined;
    readonly mailFrom: string;
    readonly webhookUrl: string | undefined;
    readonly webhookSecret: string | undefined;
    readonly pollMs: number;
    readonly maxAttempts: number;
    readonly baseDelayMs: number;
    readonly timeoutMs: number;
  };
  /** The daily follow-up's local start time (HH:MM) and whether this instance runs the workflow jobs at all. */
  readonly followUpAt: string;
  readonly workflowJobs: boolean;
  /** LINE Messaging API base and its data (content) API base, derived the way the SDK names its hosts. */
  readonly line: { readonly apiBase: string; readonly dataApiBase: string };
  readonly photos: PhotoConfig;
  /** SECRETS_KEY; unset, see storage/database.ts OpenOptions.secretsKey. */
  readonly secretsKey: Buffer | undefined;
}

function photoConfig(e: z.infer<typeof configSchema>): PhotoConfig {
  const sqlite = e.DATABASE_URL.replace(/^(sqlite|file):(\/\/)?/, '');
  const beside = /^postgres(ql)?:\/\//.test(e.DATABASE_URL) || sqlite === ':memory:' ? './data' : dirname(sqlite);
  const base = { store: e.PHOTO_STORE, dir: e.PHOTO_DIR ?? join(beside, 'photos'), maxBytes: e.PHOTO_MAX_BYTES };
  if (e.PHOTO_STORE !== 's3') return base;
  const missing = (
    ['PHOTO_S3_ENDPOINT', 'PHOTO_S3_BUCKET', 'PHOTO_S3_ACCESS_KEY_ID', 'PHOTO_S3_SECRET_ACCESS_KEY'] as const
  ).filter((name) => !e[name]);
  if (missing.length > 0) {
    throw new Error(`Invalid configuration:\n${missing.map((name) => `  ${name}: required when PHOTO_STORE=s3`).join('\n')}`);
  }
  return {
    ...base,
    s3: {
      endpoint: e.PHOTO_S3_ENDPOINT!.replace(/\/$/, ''),
      bucket: e.PHOTO_S3_BUCKET!,
      region: e.PHOTO_S3_REGION,
      accessKeyId: e.PHOTO_S3_ACCESS_KEY_ID!,
      secretAccessKey: e.PHOTO_S3_SECRET_ACCESS_KEY!,
    },
  };
}

/** `https://api.line.me` → `https://api-data.line.me`; any other host (a stand-in) serves both. */
export function lineDataApiBase(apiBase: string): string {
  const url = new URL(apiBase);
  if (url.hostname.startsWith('api.')) url.hostname = `api-data.${url.hostname.slice(4)}`;
  return url.toString().replace(/\/$/, '');
}

/** Parses the environment; throws one readable error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.ADMIN_PASSWORD,
    // `npm start` with nothing set is the one-command demo; a production install says NODE_ENV=production or DEMO_DATA=false.
    demoData: e.DEMO_DATA === undefined ? e.NODE_ENV !== 'production' : e.DEMO_DATA === 'true' || e.DEMO_DATA === '1',
    publicUrl: e.PUBLIC_URL,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    rateLimits: Object.freeze({
      submitPerHour: e.RATE_LIMIT_SUBMIT_PER_HOUR,
      screenPerMinute: e.RATE_LIMIT_SCREEN_PER_MINUTE,
      trackPerMinute: e.RATE_LIMIT_TRACK_PER_MINUTE,
      redisUrl: e.RATE_LIMIT_REDIS_URL,
    }),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    staticRoot: e.STATIC_ROOT,
    notify: Object.freeze({
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      webhookUrl: e.WEBHOOK_URL,
      webhookSecret: e.WEBHOOK_SECRET,
      pollMs: e.OUTBOX_POLL_MS,
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      baseDelayMs: e.OUTBOX_BASE_DELAY_MS,
      timeoutMs: e.OUTBOX_TIMEOUT_MS,
    }),
    followUpAt: e.FOLLOW_UP_AT,
    workflowJobs: e.WORKFLOW_JOBS,
    line: Object.freeze({
      apiBase: e.LINE_API_BASE.replace(/\/$/, ''),
      dataApiBase: lineDataApiBase(e.LINE_API_BASE),
    }),
    photos: Object.freeze(photoConfig(e)),
    secretsKey: e.SECRETS_KEY === undefined ? undefined : parseSecretsKey(e.SECRETS_KEY),
  });
}

/** A configuration for tests and tools: defaults, then the given overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return Object.freeze({ ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides });
}
