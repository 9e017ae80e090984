// Screens each free-text field of a post with the site's settings and tags findings with their field.
import type { SiteSettings } from '../domain/site.js';
import { type Finding, screenText, type ScreeningLimits, type ScreeningSettings } from '../screening/index.js';

export type PostField = 'title' | 'body' | 'location';
export type FieldFinding = Finding & { field: PostField };

export function screeningSettingsOf(settings: SiteSettings): ScreeningSettings {
  return {
    publicNumbers: settings.publicNumbers,
    blockedWords: settings.blockedWords,
    allowedWords: settings.allowedWords,
    holdLinks: settings.holdLinks,
    holdConversations: settings.holdConversations ?? false,
  };
}

export interface FieldScreening {
  findings: FieldFinding[];
  /** True when any field's verdict is `hold`. */
  hold: boolean;
}

/** `limits` only for work that serves no request (the demo's seeded history): see submit-post.ts `SubmitOptions`. */
export function screenFields(
  settings: SiteSettings,
  fields: Partial<Record<PostField, string | undefined>>,
  limits?: ScreeningLimits,
): FieldScreening {
  const screening = screeningSettingsOf(settings);
  const findings: FieldFinding[] = [];
  let hold = false;
  for (const field of ['title', 'body', 'location'] as const) {
    const text = fields[field];
    if (!text) continue;
    const result = screenText(text, screening, limits);
    hold ||= result.verdict === 'hold';
    for (const finding of result.findings) findings.push({ ...finding, field });
  }
  return { findings, hold };
}
