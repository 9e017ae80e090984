// Public text with the service's redaction placeholders shown as marked chips, never as HTML.
import { html } from 'lit';

// Placeholders the service writes where a moderator removed text (service/src/domain/redaction.ts).
const PLACEHOLDER = /\[(?:ข้อมูลส่วนบุคคล|ถ้อยคำไม่สุภาพ|ข้อความถูกตัดออก|personal data|offensive language|removed)\]/gu;

export function redactedText(text: string, label: string) {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    parts.push(text.slice(last, start));
    parts.push(html`<span class="redacted" part="redaction" title=${label}>${match[0]}</span>`);
    last = start + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
