// Writes RFC 4180 CSV (CRLF, quoted when needed) that spreadsheets open safely. Pure.

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Citizens write the public text, so a cell could begin with `=`, `+`, `-` or `@` and run as a
 * spreadsheet formula on a clerk's computer; such text cells get a leading apostrophe (OWASP advice).
 * Numbers are written as numbers.
 */
function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvCell[]): string {
  return `${values.map(cell).join(',')}\r\n`;
}

/** A whole document; the UTF-8 byte-order mark makes Excel read Thai correctly. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], withBom = true): string {
  return (withBom ? '\uFEFF' : '') + csvLine(header) + rows.map(csvLine).join('');
}
