// Suggested redaction for a finding: the exact span and the placeholder the public text shows instead.
import type { Finding } from './types.js';

export interface SuggestedRedaction {
  start: number;
  end: number;
  placeholder: string;
}

const PLACEHOLDERS: Record<string, string> = {
  profanity: '[คำไม่สุภาพ]',
  pii: '[ข้อมูลส่วนบุคคล]',
  link: '[ลิงก์]',
};

/** Every finding's span is the whole value (all digits of a number, the whole obfuscated run), so redacting it leaks nothing. */
export function redactionFor(finding: Finding): SuggestedRedaction {
  const placeholder = finding.type === 'sensitive' ? '[ข้อมูลอ่อนไหว]' : (PLACEHOLDERS[finding.kind] ?? '[ซ่อน]');
  return { start: finding.start, end: finding.end, placeholder };
}
