// Renders a field's original text with findings highlighted and chosen redactions struck through; every run is
// a <span data-start> holding one text node, so a selection maps back to UTF-16 offsets exactly.
import { html, nothing } from 'lit';
import type { Finding, Redaction } from '../api/console.types.js';

export interface NumberedFinding extends Finding {
  /** 1-based number shown after the mark and in the findings list. */
  ref: number;
}

export function markedText(text: string, findings: readonly NumberedFinding[], redactions: readonly Redaction[]) {
  const cuts = new Set([0, text.length]);
  for (const span of [...findings, ...redactions]) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    const finding = findings.find((f) => f.start <= start && end <= f.end);
    const redacted = redactions.some((r) => r.start <= start && end <= r.end);
    const run = html`<span data-start=${start} class=${redacted ? 'redacted' : ''}>${piece}</span>`;
    const endsHere = findings.filter((f) => f.end === end);
    parts.push(
      finding ? html`<mark class="finding ${finding.kind}" title=${finding.explanation.th}>${run}</mark>` : run,
      endsHere.length > 0 ? html`<sup class="ref" aria-hidden="true">${endsHere.map((f) => f.ref).join(',')}</sup>` : nothing,
    );
  }
  return parts;
}

/** The UTF-16 offset in the field text of a point in the DOM rendered by `markedText`, or null. */
export function offsetOf(node: Node | null, offset: number): number | null {
  if (!node) return null;
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest<HTMLElement>('[data-start]');
  if (!run) return null;
  const start = Number(run.dataset.start);
  return node.nodeType === Node.TEXT_NODE ? start + offset : start + (offset > 0 ? (run.textContent?.length ?? 0) : 0);
}

const PLACEHOLDER = /\[(?:ข้อมูลส่วนบุคคล|ถ้อยคำไม่สุภาพ|ข้อความถูกตัดออก)\]/g;

/** Public text with the placeholders shown as dark chips, so the moderator sees exactly what readers get. */
export function previewText(text: string) {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, match.index), html`<span class="placeholder">${match[0]}</span>`);
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(text.slice(last));
  return html`<span class="pre">${parts}</span>`;
}
