// Tracking numbers citizens quote on the phone: PREFIX-<Buddhist-era year>-<6-digit sequence>.

const BUDDHIST_ERA_OFFSET = 543;

/** The Buddhist-era year of an instant, in Thailand's time zone (UTC+7, no daylight saving). */
export function buddhistYear(at: Date): number {
  const bangkok = new Date(at.getTime() + 7 * 3600_000);
  return bangkok.getUTCFullYear() + BUDDHIST_ERA_OFFSET;
}

export function formatTrackingCode(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

export interface ParsedTrackingCode {
  prefix: string;
  year: number;
  sequence: number;
}

export function parseTrackingCode(code: string): ParsedTrackingCode | null {
  const match = /^([A-Z][A-Z0-9]{1,15})-(\d{4})-(\d{6,})$/.exec(code.trim().toUpperCase());
  if (!match) return null;
  return { prefix: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}
