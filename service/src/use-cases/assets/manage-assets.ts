// Staff create and list a site's fixed assets (a loudspeaker pole, a bus shelter) that carry QR codes.
import { ASSET_CODE_PATTERN, presetLocation } from '../../domain/asset-code.js';
import { findAssetByCode, insertAsset, listAssets, setAssetActive, type Asset } from '../../storage/asset.repository.js';
import { findCategoryByCode, listCategories, type Site } from '../../storage/site.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { screenFields } from '../screen-fields.js';

export interface NewAssetInput {
  code?: string | undefined;
  name: string;
  category?: string | undefined;
  locationText?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
}

export interface AssetView {
  id: number;
  code: string;
  name: string;
  category: string | null;
  locationText: string;
  lat: number | null;
  lng: number | null;
  active: boolean;
  createdAt: string;
  /** What the landing page presets in the widget's location field. */
  presetLocation: string;
  caseCount: number;
}

function view(asset: Asset, categoryCode: string | null, caseCount: number): AssetView {
  return {
    id: asset.id,
    code: asset.code,
    name: asset.name,
    category: categoryCode,
    locationText: asset.locationText,
    lat: asset.lat,
    lng: asset.lng,
    active: asset.active,
    createdAt: asset.createdAt,
    presetLocation: presetLocation(asset),
    caseCount,
  };
}

async function nextCode(deps: UseCaseDeps, site: Site): Promise<string> {
  const count = (await listAssets(deps.db.kysely, site.id)).length;
  for (let n = count + 1; ; n++) {
    const code = `A-${String(n).padStart(3, '0')}`;
    if (!(await findAssetByCode(deps.db.kysely, site.id, code))) return code;
  }
}

/**
 * The preset location is screened like a citizen's text: a house number or a person's name in it would
 * hold every post from the QR code, so such an asset is refused with the findings.
 */
export async function createAsset(
  deps: UseCaseDeps,
  site: Site,
  input: NewAssetInput,
  userId: number | null,
): Promise<AssetView> {
  const db = deps.db.kysely;
  const code = input.code?.trim().toUpperCase() || (await nextCode(deps, site));
  if (!ASSET_CODE_PATTERN.test(code)) {
    throw new UseCaseError('invalid', 'An asset code is 1-16 letters, digits or dashes.', [
      { path: 'code', message: 'Use A-Z, 0-9 and -.' },
    ]);
  }
  if (await findAssetByCode(db, site.id, code)) {
    throw new UseCaseError('conflict', `The code ${code} is already used on this site.`, [
      { path: 'code', message: 'Already used.' },
    ]);
  }
  const category = input.category ? await findCategoryByCode(db, site.id, input.category) : undefined;
  if (input.category && !category) {
    throw new UseCaseError('invalid', 'Unknown category.', [
      { path: 'category', message: `No category "${input.category}" on this site.` },
    ]);
  }
  const locationText = input.locationText?.trim() ?? '';
  const preset = presetLocation({ name: input.name, locationText });
  const { findings, hold } = screenFields(site.settings, { location: preset });
  if (hold) {
    throw new UseCaseError(
      'invalid',
      'The asset name or place would be held by screening, so every post from this QR code would wait for a moderator.',
      findings.map((f) => ({ path: 'locationText', message: `${f.kind}/${f.type}: "${f.text}"` })),
    );
  }
  const asset = await insertAsset(db, {
    site_id: site.id,
    code,
    name: input.name.trim(),
    category_id: category?.id ?? null,
    location_text: locationText,
    location_lat: input.lat ?? null,
    location_lng: input.lng ?? null,
    created_by: userId,
    created_at: deps.clock.now().toISOString(),
  });
  await audit(db, {
    userId,
    action: 'asset_created',
    targetType: 'asset',
    targetId: asset.id,
    after: { site: site.slug, code, name: asset.name },
    at: asset.createdAt,
  });
  return view(asset, category?.code ?? null, 0);
}

export async function listSiteAssets(deps: UseCaseDeps, site: Site): Promise<AssetView[]> {
  const [assets, categories] = await Promise.all([listAssets(deps.db.kysely, site.id), listCategories(deps.db.kysely, site.id)]);
  const codes = new Map(categories.map((c) => [c.id, c.code]));
  return assets.map((a) => view(a, a.categoryId === null ? null : (codes.get(a.categoryId) ?? null), a.caseCount));
}

/** One asset by code, without linking cases first: the QR images of a printed sheet ask for many at once. */
export async function findSiteAsset(deps: UseCaseDeps, site: Site, code: string): Promise<Asset> {
  const asset = await findAssetByCode(deps.db.kysely, site.id, code.toUpperCase());
  if (!asset) throw new UseCaseError('not_found', `No asset ${code} on this site.`);
  return asset;
}

/** A pole taken down keeps its cases and its code (never reused); its QR page then says the code is out of use. */
export async function setAssetActivity(
  deps: UseCaseDeps,
  site: Site,
  code: string,
  active: boolean,
  userId: number,
): Promise<Asset> {
  const asset = await findSiteAsset(deps, site, code);
  await setAssetActive(deps.db.kysely, asset.id, active);
  const at = deps.clock.now().toISOString();
  await audit(deps.db.kysely, {
    userId,
    action: active ? 'asset_activated' : 'asset_deactivated',
    targetType: 'asset',
    targetId: asset.id,
    before: { active: asset.active },
    after: { active },
    at,
  });
  return { ...asset, active };
}
