// Records which fixed asset a case came from, by the QR marker its landing page put in the location text.
import { assetCodeIn } from '../../domain/asset-marker.js';
import { findAssetByCode, linkCaseToAsset, listUnlinkedMarkedCases, type Asset } from '../../storage/asset.repository.js';
import { updateCase } from '../../storage/case.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';

/**
 * The widget is not told about assets, so linking happens here, idempotently, before anything reads
 * asset figures (reports, the asset list). A marked case that came in through the widget is recorded as
 * channel `qr`; a case staff typed in from the phone keeps its channel.
 */
export async function linkAssetCases(deps: UseCaseDeps, site: Site): Promise<number> {
  const db = deps.db.kysely;
  const candidates = await listUnlinkedMarkedCases(db, site.id);
  const assets = new Map<string, Asset | undefined>();
  const at = deps.clock.now().toISOString();
  let linked = 0;
  for (const row of candidates) {
    const code = assetCodeIn(row.location_text);
    if (!code) continue;
    if (!assets.has(code)) assets.set(code, await findAssetByCode(db, site.id, code));
    const asset = assets.get(code);
    if (!asset || row.created_at < asset.createdAt) continue;
    await db.transaction().execute(async (trx) => {
      await linkCaseToAsset(trx, row.id, asset.id, at);
      if (row.channel === 'web') await updateCase(trx, row.id, { channel: 'qr' });
    });
    linked++;
  }
  return linked;
}
