// How a QR landing page tags a case with its asset: a marker in the preset location text. Pure.

/** Asset codes: upper-case letters, digits and dashes, e.g. `LS-07`. */
export const ASSET_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,15}$/;

const MARKER = /\[QR ([A-Z0-9][A-Z0-9-]{0,15})\]/;

/** The location text the landing page presets: the asset's name and place, then its marker. */
export function presetLocation(asset: { name: string; locationText: string; code: string }): string {
  const place = asset.locationText && asset.locationText !== asset.name ? `${asset.name} — ${asset.locationText}` : asset.name;
  return `${place} [QR ${asset.code}]`;
}

/** The asset code a case's location text carries, if the citizen kept the marker. */
export function assetCodeIn(locationText: string | null): string | null {
  return locationText ? (MARKER.exec(locationText)?.[1] ?? null) : null;
}
