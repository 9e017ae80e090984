// The columns whose values are sealed with the secret box (security/secret-box.ts), and the one-time sealing of values
// stored before sealing existed.
import type { Kysely } from 'kysely';
import type { SecretBox } from '../security/secret-box.js';
import type { Database } from './database.js';

/** Purposes bound to each sealed value: a value copied into another column does not open. */
export const SEALED = {
  lineChannelSecret: 'line_channels.channel_secret',
  lineAccessToken: 'line_channels.channel_access_token',
  webhookSecret: 'notification_channels.secret',
} as const;

/** Seals the credentials still stored in clear (written before sealing, or while no key was set); returns how many. */
export async function sealStoredSecrets(db: Kysely<Database>, box: SecretBox): Promise<number> {
  if (!box.encrypting) return 0;
  let sealed = 0;
  const lines = await db.selectFrom('line_channels').select(['site_id', 'channel_secret', 'channel_access_token']).execute();
  for (const row of lines.filter((r) => !box.isSealed(r.channel_secret) || !box.isSealed(r.channel_access_token))) {
    await db
      .updateTable('line_channels')
      .set({
        channel_secret: box.isSealed(row.channel_secret)
          ? row.channel_secret
          : box.seal(row.channel_secret, SEALED.lineChannelSecret),
        channel_access_token: box.isSealed(row.channel_access_token)
          ? row.channel_access_token
          : box.seal(row.channel_access_token, SEALED.lineAccessToken),
      })
      .where('site_id', '=', row.site_id)
      .execute();
    sealed++;
  }
  const hooks = await db.selectFrom('notification_channels').select(['id', 'secret']).where('secret', 'is not', null).execute();
  for (const row of hooks.filter((r) => !box.isSealed(r.secret!))) {
    await db
      .updateTable('notification_channels')
      .set({ secret: box.seal(row.secret!, SEALED.webhookSecret) })
      .where('id', '=', row.id)
      .execute();
    sealed++;
  }
  return sealed;
}
