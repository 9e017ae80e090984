// The screening preview: what would be hidden or held, with the spans marked in the citizen's own text.
import { html, nothing } from 'lit';
import type { Finding } from '../api/api.types.js';
import type { ScreeningState } from '../controllers/screening.controller.js';
import type { Lang } from '../i18n/index.js';
import { viewStrings } from '../i18n/views.js';
import { contentLang } from '../render/content-lang.js';

/** The text with each finding's span wrapped in <mark>; offsets are UTF-16 as the service sends them. */
function marked(text: string, findings: Finding[], offset: number) {
  const spans = findings
    .map((f) => ({ start: Math.max(0, f.start - offset), end: Math.min(text.length, f.end - offset) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const parts: unknown[] = [];
  let last = 0;
  for (const { start, end } of spans) {
    if (start < last) continue;
    parts.push(text.slice(last, start), html`<mark part="screening-mark">${text.slice(start, end)}</mark>`);
    last = end;
  }
  parts.push(text.slice(last));
  return parts;
}

/** What screening found, one reason per kind of finding, worded for the citizen. */
function reasonsOf(lang: Lang, result: { findings: Finding[] }): string[] {
  const t = viewStrings(lang).screening;
  return [...new Set(result.findings.map((f) => t.types[f.type] ?? t.other))];
}

/**
 * The verdict in one sentence for the form's live region; null while checking, so the last verdict stands
 * and a screen reader hears only a change, never the whole preview again at every pause in typing.
 */
export function screeningVerdict(lang: Lang, state: ScreeningState): string | null {
  const t = viewStrings(lang).screening;
  if (state.status === 'checking') return null;
  if (state.status !== 'done') return '';
  return state.result.verdict === 'clean' || !state.result.findings.length
    ? t.clean
    : `${t.hold} ${reasonsOf(lang, state.result).join('; ')}`;
}

export function screeningTemplate(lang: Lang, state: ScreeningState, title: string, labels: [string, string]) {
  const t = viewStrings(lang);
  if (state.status === 'idle' || state.status === 'unavailable') return nothing;
  if (state.status === 'checking') return html`<p class="muted screening-status">${t.screening.checking}</p>`;
  const { result, text } = state;
  if (result.verdict === 'clean' || !result.findings.length) {
    return html`<p class="screening-status clean">${t.screening.clean}</p>`;
  }
  // The screened text is "title\n\nbody": split the findings back onto their fields.
  const bodyStart = title.length + 2;
  const reasons = reasonsOf(lang, result);
  const inTitle = result.findings.filter((f) => f.start < title.length);
  const inBody = result.findings.filter((f) => f.end > bodyStart);
  const body = text.slice(bodyStart);
  return html`<div class="notice warning" part="screening">
    <p><strong>${t.screening.hold}</strong></p>
    <ul>
      ${reasons.map((reason) => html`<li>${reason}</li>`)}
    </ul>
    ${
      inTitle.length
        ? html`<p class="preview">
            <span class="muted">${labels[0]}:</span> <span lang=${contentLang(title)}>${marked(title, inTitle, 0)}</span>
          </p>`
        : nothing
    }
    ${
      inBody.length
        ? // Only the body keeps its line breaks (pre-wrap): on the paragraph it kept the template's indentation too.
          html`<p class="preview">
            <span class="muted">${labels[1]}:</span>
            <span class="pre" lang=${contentLang(body)}>${marked(body, inBody, bodyStart)}</span>
          </p>`
        : nothing
    }
    <p>${t.screening.fix}</p>
  </div>`;
}
