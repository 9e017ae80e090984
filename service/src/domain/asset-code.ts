// Fixed assets (a loudspeaker pole, a bus shelter) as a QR landing page presents them. Pure.

/** Asset codes: upper-case letters, digits and dashes, e.g. `LS-07`. */
export const ASSET_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,15}$/;

/** The location text the landing page presets: the asset's name, then its place when that adds anything. */
export function presetLocation(asset: { name: string; locationText: string }): string {
  return asset.locationText && asset.locationText !== asset.name ? `${asset.name} — ${asset.locationText}` : asset.name;
}
