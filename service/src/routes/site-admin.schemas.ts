// zod schemas of the site administration API (create, edit, archive sites), shared with the `site` command.
import { z } from 'zod';
import { RETENTION_CLAIM } from '../use-cases/privacy/privacy-notice.js';

/** Path segments and words the service or a host page already uses: a site named so would shadow or confuse them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'admin',
  'api',
  'assets',
  'auth',
  'console',
  'healthz',
  'line',
  'login',
  'logout',
  'mod',
  'new',
  'open311',
  'qr',
  'screen',
  'sites',
  'static',
  'track',
  'widget',
  'www',
]);

const SLUG = /^[a-z][a-z0-9-]{1,40}$/;
const PREFIX = /^[A-Z]{2,5}$/;
/** Letters of scripts that look like Latin ones: mixed into a Latin hostname label they are a homoglyph. */
const CONFUSABLE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;
const LATIN = /[a-z]/i;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain ASCII letters in the other case are the same name; anything else stays as sent and fails the pattern. */
const asciiLower = (value: unknown) => (typeof value === 'string' && /^[\x20-\x7e]*$/.test(value) ? value.toLowerCase() : value);
const asciiUpper = (value: unknown) => (typeof value === 'string' && /^[\x20-\x7e]*$/.test(value) ? value.toUpperCase() : value);

export const slugSchema = z.preprocess(
  (value) => (typeof value === 'string' ? asciiLower(value.trim()) : value),
  z
    .string()
    .regex(SLUG, 'A slug is 2-41 Latin lower-case letters, digits and "-", starting with a letter (e.g. pakkret).')
    .refine((slug) => !RESERVED_SLUGS.has(slug), 'This word is reserved by the service; choose another slug.')
    .refine((slug) => !slug.endsWith('-') && !slug.includes('--'), 'A slug does not end in "-" or repeat it.'),
);

export const trackingPrefixSchema = z.preprocess(
  (value) => (typeof value === 'string' ? asciiUpper(value.trim()) : value),
  z.string().regex(PREFIX, 'A tracking prefix is 2 to 5 Latin letters (e.g. PKK); it starts every tracking number.'),
);

/** One line, trimmed, 1-200 characters; a name is shown in headings and page titles. */
const siteName = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(200, 'At most 200 characters.')
  .refine((name) => !/[\n\t\u2028\u2029]/.test(name), 'One line, without line breaks or tabs.');

/**
 * An embedding page's origin: https, or http for the local machine only, without path, query or user; Unicode
 * hostnames are stored in their ASCII (punycode) form, which is what browsers send, and a label mixing Latin with
 * look-alike letters (Cyrillic а in pаkkret) is refused as the homoglyph it almost always is.
 */
export const originSchema = z
  .string()
  .trim()
  .max(300, 'At most 300 characters.')
  .transform((raw, ctx) => {
    const wildcard = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\*$/i.exec(raw);
    if (wildcard) return `http://${wildcard[1]!.toLowerCase()}:*`;
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return fail('An origin such as https://www.example.go.th (no path).');
    }
    const bare = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@]+\/?$/i.test(raw);
    if (!bare || url.username || url.password) return fail('Only scheme, host and port: no path, query, fragment or user.');
    const local = LOCAL_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
      return fail('Use https (http only for localhost while testing).');
    const unicodeHost = raw.replace(/^[a-z]+:\/\//i, '').replace(/:\d+\/?$|\/$/, '');
    for (const label of unicodeHost.split('.')) {
      if (LATIN.test(label) && CONFUSABLE_SCRIPT.test(label))
        return fail('The host mixes Latin with look-alike Cyrillic or Greek letters; type it again in one script.');
    }
    if (!local && !/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(url.hostname))
      return fail('A public host name with a domain, such as www.example.go.th.');
    return url.origin;
  });

export const originsSchema = z
  .array(originSchema)
  .max(20, 'At most 20 origins.')
  .transform((origins) => [...new Set(origins)]);

const hotlineSchema = z
  .string()
  .trim()
  .regex(/^[0-9+\-\s]{3,20}$/, 'A published phone number: digits, spaces, + and - (3 to 20).');

/** Office hours as published; not a retention period (the privacy notice states that from the setting). */
const hoursText = siteName.refine((text) => !RETENTION_CLAIM.test(text), 'Office hours, not a number of years.');
const officeHoursSchema = z.object({ th: hoursText, en: hoursText }).strict();

export const siteCreateSchema = z
  .object({
    slug: slugSchema,
    name: siteName,
    nameEn: siteName,
    trackingPrefix: trackingPrefixSchema,
    allowedOrigins: originsSchema.default([]),
    hotline: hotlineSchema.optional(),
    officeHours: officeHoursSchema.optional(),
  })
  .strict();

/** Slugs never change (embed snippets, QR codes and LINE webhooks name them); everything else may. */
export const siteUpdateSchema = z
  .object({
    slug: z
      .never({ error: 'A slug never changes: embed snippets, QR codes and LINE webhooks name it. Create a new site instead.' })
      .optional(),
    name: siteName.optional(),
    nameEn: siteName.optional(),
    trackingPrefix: trackingPrefixSchema.optional(),
    allowedOrigins: originsSchema.optional(),
    hotline: hotlineSchema.nullable().optional(),
    officeHours: officeHoursSchema.nullable().optional(),
    archived: z.boolean().optional(),
  })
  .strict();

export type SiteCreateBody = z.infer<typeof siteCreateSchema>;
export type SiteUpdateBody = z.infer<typeof siteUpdateSchema>;
