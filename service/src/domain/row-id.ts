// Row ids as the databases store them: positive 32-bit integers (PostgreSQL's integer and serial).

/** A larger id would be a database error, not a "not found". */
export const MAX_ROW_ID = 2_147_483_647;

/** True for a string that names a row id: digits only, no sign, exponent or hex, within MAX_ROW_ID. */
export function isRowId(value: string | undefined): boolean {
  if (!value || !/^[0-9]{1,10}$/.test(value)) return false;
  const id = Number(value);
  return id > 0 && id <= MAX_ROW_ID;
}
