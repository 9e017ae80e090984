// Request shapes of the LINE channel's admin route.
import { z } from 'zod';
import { blankToUndefined } from './schema-parts.js';

/** Secrets are printable ASCII without spaces (LINE's are hex and base64-like); the message never repeats the value. */
const secret = (what: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .min(8, `${what} is at least 8 characters.`)
      .max(1000, `${what} is at most 1000 characters.`)
      .regex(/^[\x21-\x7e]+$/, `${what} has only letters, digits and symbols, no spaces.`)
      .optional(),
  );

export const lineSettingsSchema = z.strictObject({
  enabled: z.boolean({ error: 'enabled (true or false) is required.' }),
  channelSecret: secret('The channel secret'),
  channelAccessToken: secret('The channel access token'),
});

/** LINE sends a few events per call; far below this. It is outside /api, so the API body limit does not cover it. */
export const LINE_WEBHOOK_MAX_BYTES = 1024 * 1024;
