// A site admin connects the site's LINE Official Account: switch, channel secret and access token (write-only), webhook URL to paste.
import type { SessionUser } from '../../domain/staff.js';
import { findLineChannelStatus, insertLineChannel, updateLineChannel } from '../../storage/line.repository.js';
import type { Site } from '../../storage/site.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { loadSiteFor } from '../moderation/staff-scope.js';

export interface LineSettingsChange {
  enabled: boolean;
  channelSecret?: string | undefined;
  channelAccessToken?: string | undefined;
}

export interface LineSettingsView {
  enabled: boolean;
  configured: boolean;
  webhookUrl: string;
}

export function lineWebhookUrl(publicBase: string, site: Pick<Site, 'slug'>): string {
  return `${publicBase.replace(/\/$/, '')}/line/webhook/${encodeURIComponent(site.slug)}`;
}

export async function readLineSettings(
  deps: UseCaseDeps,
  user: SessionUser,
  slug: string,
  publicBase: string,
): Promise<LineSettingsView> {
  const site = await loadSiteFor(deps, user, slug);
  const status = await findLineChannelStatus(deps.db.kysely, site.id);
  return { ...status, webhookUrl: lineWebhookUrl(publicBase, site) };
}

export async function changeLineSettings(
  deps: UseCaseDeps,
  user: SessionUser,
  slug: string,
  change: LineSettingsChange,
  publicBase: string,
): Promise<LineSettingsView> {
  const site = await loadSiteFor(deps, user, slug);
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await findLineChannelStatus(trx, site.id);
    if (!before.configured) {
      if (!change.channelSecret || !change.channelAccessToken) {
        throw new UseCaseError('invalid', 'The first time, give both the channel secret and the channel access token.', [
          ...(change.channelSecret ? [] : [{ path: 'channelSecret', message: 'Required the first time.' }]),
          ...(change.channelAccessToken ? [] : [{ path: 'channelAccessToken', message: 'Required the first time.' }]),
        ]);
      }
      await insertLineChannel(trx, deps.db.secrets, {
        siteId: site.id,
        enabled: change.enabled,
        channelSecret: change.channelSecret,
        channelAccessToken: change.channelAccessToken,
        userId: user.id,
        at,
      });
    } else {
      await updateLineChannel(trx, deps.db.secrets, site.id, { ...change, userId: user.id, at });
    }
    // The audit log records that a secret changed, never its value.
    await audit(trx, {
      userId: user.id,
      action: 'site.line',
      targetType: 'site',
      targetId: site.slug,
      before,
      after: {
        enabled: change.enabled,
        configured: true,
        channelSecretChanged: Boolean(change.channelSecret),
        channelAccessTokenChanged: Boolean(change.channelAccessToken),
      },
      at,
    });
  });
  deps.logger.info('line channel saved', { site: site.slug, enabled: change.enabled });
  return readLineSettings(deps, user, slug, publicBase);
}
